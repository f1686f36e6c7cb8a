import { Authorized, Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { MallOrderDetail, OrderLookup, PlacedMallOrder } from '../../upstream/mall/model.js';
import type { GraphContext } from '../context.js';
import { checkIccid } from '../errors.js';
import { Money, moneyOf } from '../money.js';
import { idempotencyKeyArg } from '../write.js';
import { checkoutOf } from './checkout.js';
import { checkMallId } from './ids.js';
import { mallWrite } from './mall-write.js';
import { MallOrder, MallOrderLookup, MallOrderPlacement, MallPaidOrderInput, MallPurchaseInput } from './order.type.js';

/** The one key a lookup gives, checked (`@oneOf` guarantees exactly one). */
function lookupOf({ purchaseOrderId, orderId, iccid }: MallOrderLookup): OrderLookup {
  if (purchaseOrderId != null) return { purchaseOrderId: checkMallId(purchaseOrderId, 'lookup.purchaseOrderId') };
  if (orderId != null) return { orderId: checkMallId(orderId, 'lookup.orderId') };
  return { iccid: checkIccid(iccid!, 'lookup.iccid') };
}

@Resolver(() => MallOrder)
export class MallOrderAmountResolver {
  @FieldResolver(() => Money, { nullable: true, description: 'Amount paid; null when the Mall does not say.' })
  amount(@Root() order: MallOrderDetail): Money | null {
    return moneyOf(order.amount, order.currency);
  }
}

@Resolver(() => MallOrderPlacement)
export class MallOrderResolver {
  @Authorized('mall:read')
  @Query(() => MallOrder, {
    nullable: true,
    description:
      "One Mall order with its payment, by the partner's order number, the Mall's order id, or the card's latest order. Only the partner's own orders are found; of several with one order number, the latest paid one. Null with NOT_FOUND when there is none.",
  })
  mallOrder(
    @Arg('lookup', () => MallOrderLookup, { description: 'Which order.' }) lookup: MallOrderLookup,
    @Ctx() context: GraphContext,
  ): Promise<MallOrderDetail> {
    return context.loaders.mallRead('getOrder', lookupOf(lookup));
  }

  @Authorized('mall:write')
  @Mutation(() => MallOrderPlacement, {
    nullable: true,
    description:
      'Places a plan order the partner has been paid for. The Mall itself never places one order number twice. Never retried by the gateway; pass an idempotency key to retry safely.',
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
  @Mutation(() => MallOrderPlacement, {
    nullable: true,
    description: 'Places a plan order paid through a third party.',
  })
  async createMallPaidOrder(
    @Arg('input', () => MallPaidOrderInput, { description: 'What was bought, and when it was paid.' })
    input: MallPaidOrderInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<PlacedMallOrder> {
    const { checkout } = await checkoutOf(context, input);
    const purchase = {
      ...checkout,
      paymentId: checkMallId(input.paymentId, 'input.paymentId'),
      autoRenew: input.autoRenew,
      paidAt: input.paidAt,
      originalOrderId:
        input.originalOrderId == null ? undefined : checkMallId(input.originalOrderId, 'input.originalOrderId'),
    };
    return mallWrite(context, 'createMallPaidOrder', idempotencyKey, input, 'createPaidOrder', purchase);
  }

  @FieldResolver(() => MallOrder, { nullable: true, description: 'The order as the Mall now lists it.' })
  order(@Root() placement: PlacedMallOrder, @Ctx() context: GraphContext): Promise<MallOrderDetail> {
    return context.loaders.mallRead('getOrder', { purchaseOrderId: placement.orderNumber });
  }
}
