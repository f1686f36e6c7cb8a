import { Authorized, Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { MallOrderDetail, OrderLookup, PlacedMallOrder } from '../../upstream/mall/model.js';
import type { GraphContext } from '../context.js';
import { badInput, checkIccid } from '../errors.js';
import { configuredMall } from './configured.js';
import { idempotencyKeyArg } from '../write.js';
import { checkoutOf } from './checkout.js';
import { checkMallId } from './ids.js';
import { mallWrite } from './mall-write.js';
import { MallOrder, MallOrderPlacement, MallPaidOrderInput, MallPurchaseInput } from './order.type.js';

/** §9.24's lookup keys in priority order: the first one given wins, as in the Mall. */
function lookupOf(purchaseOrderId: string | undefined, orderId: string | undefined, iccid: string | undefined): OrderLookup {
  if (purchaseOrderId != null) return { purchaseOrderId: checkMallId(purchaseOrderId, 'purchaseOrderId') };
  if (orderId != null) return { orderId: checkMallId(orderId, 'orderId') };
  if (iccid != null) return { iccid: checkIccid(iccid) };
  throw badInput('give purchaseOrderId, orderId or iccid');
}

@Resolver(() => MallOrderPlacement)
export class MallOrderResolver {
  @Authorized('mall:read')
  @Query(() => MallOrder, {
    nullable: true,
    description:
      "One Mall order with its payment (§9.24), by the partner's order number, else the Mall's order id, else the card's latest order. Only the partner's own orders are found; of several with one order number, the latest paid one.",
  })
  mallOrder(
    @Arg('purchaseOrderId', () => String, { nullable: true, description: "The partner's order number (`orderNumber` when it was created)." }) purchaseOrderId: string | undefined,
    @Arg('orderId', () => ID, { nullable: true, description: "The Mall's transaction order id." }) orderId: string | undefined,
    @Arg('iccid', () => ID, { nullable: true, description: 'The card (ICCID): its most recent order.' }) iccid: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<MallOrderDetail> {
    return configuredMall(context).call('getOrder', lookupOf(purchaseOrderId, orderId, iccid));
  }

  @Authorized('mall:write')
  @Mutation(() => MallOrderPlacement, {
    nullable: true,
    description:
      'Places a plan order the partner has been paid for (§9.7). The order number doubles as the Mall\'s request id, so the Mall itself never places one order number twice. Never retried by the gateway; pass an idempotency key to retry safely.',
  })
  async createMallOrder(
    @Arg('input', () => MallPurchaseInput, { description: 'What was bought and paid.' }) input: MallPurchaseInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<PlacedMallOrder> {
    const { checkout, plan } = await checkoutOf(context, input);
    const purchase = {
      ...checkout,
      paymentId: checkMallId(input.paymentId, 'input.paymentId'),
      autoRenew: input.autoRenew,
      servicePlanCode: plan.servicePlanCode,
      planName: plan.name,
      requestId: checkout.orderNumber,
    };
    return mallWrite(context, 'createMallOrder', idempotencyKey, input, 'createOrder', purchase);
  }

  @Authorized('mall:write')
  @Mutation(() => MallOrderPlacement, { nullable: true, description: 'Places a plan order paid through a third party (§9.12; the fields after `payUnit` are cut off in the docs and not sent).' })
  async createMallPaidOrder(
    @Arg('input', () => MallPaidOrderInput, { description: 'What was bought, and when it was paid.' }) input: MallPaidOrderInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<PlacedMallOrder> {
    const { checkout } = await checkoutOf(context, input);
    const purchase = {
      ...checkout,
      paymentId: checkMallId(input.paymentId, 'input.paymentId'),
      autoRenew: input.autoRenew,
      paidAt: input.paidAt,
      originalOrderId: input.originalOrderId == null ? undefined : checkMallId(input.originalOrderId, 'input.originalOrderId'),
    };
    return mallWrite(context, 'createMallPaidOrder', idempotencyKey, input, 'createPaidOrder', purchase);
  }

  @FieldResolver(() => MallOrder, { nullable: true, description: 'The order as the Mall now lists it.' })
  order(@Root() placement: PlacedMallOrder, @Ctx() context: GraphContext): Promise<MallOrderDetail> {
    return configuredMall(context).call('getOrder', { purchaseOrderId: placement.orderNumber });
  }
}
