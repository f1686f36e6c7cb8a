import { Authorized, Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { PaymentState } from '../../upstream/csss/enums.js';
import type { PlanPurchase } from '../../upstream/csss/model.js';
import type { GraphContext } from '../context.js';
import { badInput, checkIccid, notFound } from '../errors.js';
import { idempotencyKeyArg, write } from '../write.js';
import { checkMoney } from '../money.js';
import {
  BulkOrderPlacement,
  BulkOrderPlanInput,
  OrderChange,
  OrderChangeInput,
  OrderOtaPlanInput,
  OrderPlacement,
  OrderPlanInput,
  PaymentInput,
  RenewOrderInput,
} from './order-write.type.js';
import { Order } from './order.type.js';

const MAX_PERIODS = 120;

/** What the plan code, periods and payment become upstream: the plan's name and type come from the catalogue. */
async function purchaseOf(
  context: GraphContext,
  input: { planCode: string; periods: number; enableNow?: boolean; payment?: PaymentInput; hostNumber?: boolean },
): Promise<PlanPurchase> {
  if (!Number.isInteger(input.periods) || input.periods < 1 || input.periods > MAX_PERIODS)
    throw badInput(`periods must be 1 to ${MAX_PERIODS}`, 'input.periods');
  const plan = await context.loaders.plan(input.planCode);
  if (!plan) throw notFound(`no plan with code ${input.planCode} in the catalogue`);
  const payment = input.payment ?? { state: PaymentState.UNPAID };
  const amount = payment.amount ? checkMoney(payment.amount, 'input.payment.amount', plan.currency).amount : '0';
  return {
    planCode: plan.code,
    planName: plan.name,
    planType: plan.type,
    periods: input.periods,
    enableNow: input.enableNow ?? false,
    paymentState: payment.state,
    paymentMethod: payment.method,
    amount,
    hostNumber: input.hostNumber ?? false,
  };
}

/** enable, cancel, end early, suspend, resume and renew: one order id in, the order's new dates out. */
async function changeOrder(
  context: GraphContext,
  operation: 'enableOrder' | 'cancelOrder' | 'endOrderEarly' | 'suspendOrder' | 'resumeOrder' | 'renewOrder',
  input: OrderChangeInput & { periods?: number },
  idempotencyKey: string | undefined,
): Promise<OrderChange> {
  const { csss } = context.services;
  const { orderId, periods } = input;
  // The order's SIM, so its cached usage and active order are dropped too; a failed look-up only narrows that.
  const before = await context.loaders.order.load(orderId).catch(() => null);
  const stale = { orderIds: [orderId], iccids: before?.iccid ? [before.iccid] : [] };
  const options = { language: context.language };
  return write(context, operation, idempotencyKey, { orderId, periods }, stale, () =>
    operation === 'renewOrder'
      ? csss.call('renewOrder', { orderId, periods: periods ?? 1 }, options)
      : csss.call(operation, { orderId }, options),
  );
}

const changeArg = { description: 'The order to change.' } as const;

@Resolver(() => OrderPlacement)
export class OrderMutations {
  @Authorized('orders:write')
  @Mutation(() => OrderPlacement, {
    nullable: true,
    description:
      'Orders a data plan for one SIM. Never retried by the gateway; pass an idempotency key to retry safely.',
  })
  async orderPlan(
    @Arg('input', () => OrderPlanInput, { description: 'What to order, for which SIM.' }) input: OrderPlanInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<OrderPlacement> {
    const iccid = checkIccid(input.iccid, 'input.iccid');
    const purchase = await purchaseOf(context, input);
    return write(context, 'orderPlan', idempotencyKey, input, { iccids: [iccid] }, async () => ({
      iccid,
      ...(await context.services.csss.call('orderPlan', { ...purchase, iccid }, { language: context.language })),
    }));
  }

  @Authorized('orders:write')
  @Mutation(() => BulkOrderPlacement, {
    nullable: true,
    description:
      'Orders one plan for many SIMs in one upstream call: if any SIM fails the preconditions, nothing is ordered.',
  })
  async bulkOrderPlan(
    @Arg('input', () => BulkOrderPlanInput, { description: 'What to order, for which SIMs.' })
    input: BulkOrderPlanInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<BulkOrderPlacement> {
    const { csss } = context.services;
    const limit = csss.endpoints.bulkOrderPlan.batch.limit;
    // Splitting would break the all-or-nothing promise, so a list over the limit is refused instead.
    if (input.iccids.length === 0 || input.iccids.length > limit)
      throw badInput(`iccids must hold 1 to ${limit} ICCIDs`, 'input.iccids');
    const iccids = [...new Set(input.iccids.map((iccid, index) => checkIccid(iccid, `input.iccids[${index}]`)))];
    const purchase = await purchaseOf(context, input);
    return write(context, 'bulkOrderPlan', idempotencyKey, input, { iccids }, async () => {
      const items = await csss.call('bulkOrderPlan', { ...purchase, iccids }, { language: context.language });
      const placements = items.map((item) => {
        if ('error' in item)
          throw badInput(
            `${item.iccid}: ${item.error.message} (upstream code ${item.error.upstreamCode})`,
            'input.iccids',
          );
        return item.value;
      });
      return { placements };
    });
  }

  @Authorized('orders:write')
  @Mutation(() => OrderPlacement, { nullable: true, description: 'Orders an OTA day plan for an OTA-capable SIM.' })
  async orderOtaPlan(
    @Arg('input', () => OrderOtaPlanInput, { description: 'What to order, for which SIM.' }) input: OrderOtaPlanInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<OrderPlacement> {
    const iccid = checkIccid(input.iccid, 'input.iccid');
    if (!input.payment.method) throw badInput('payment.method is required for OTA orders', 'input.payment.method');
    if (!Number.isInteger(input.days) || input.days < 1 || input.days > 3_660)
      throw badInput('days must be 1 to 3660', 'input.days');
    const purchase = await purchaseOf(context, input);
    const ota = { ...purchase, iccid, days: input.days, mcc: input.mcc };
    return write(context, 'orderOtaPlan', idempotencyKey, input, { iccids: [iccid] }, async () => ({
      iccid,
      ...(await context.services.csss.call('orderOtaPlan', ota, { language: context.language })),
    }));
  }

  @Authorized('orders:write')
  @Mutation(() => OrderChange, {
    nullable: true,
    description: 'Extends an order in use or not yet used by some periods.',
  })
  renewOrder(
    @Arg('input', () => RenewOrderInput, { description: 'The order, and the periods to add.' }) input: RenewOrderInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<OrderChange> {
    if (!Number.isInteger(input.periods) || input.periods < 1 || input.periods > MAX_PERIODS)
      throw badInput(`periods must be 1 to ${MAX_PERIODS}`, 'input.periods');
    return changeOrder(context, 'renewOrder', input, idempotencyKey);
  }

  @Authorized('orders:write')
  @Mutation(() => OrderChange, { nullable: true, description: 'Enables an order that is not yet enabled.' })
  enableOrder(
    @Arg('input', () => OrderChangeInput, changeArg) input: OrderChangeInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<OrderChange> {
    return changeOrder(context, 'enableOrder', input, idempotencyKey);
  }

  @Authorized('orders:write')
  @Mutation(() => OrderChange, { nullable: true, description: 'Cancels an order that was not enabled yet.' })
  cancelOrder(
    @Arg('input', () => OrderChangeInput, changeArg) input: OrderChangeInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<OrderChange> {
    return changeOrder(context, 'cancelOrder', input, idempotencyKey);
  }

  @Authorized('orders:write')
  @Mutation(() => OrderChange, { nullable: true, description: 'Ends an order before it expires.' })
  endOrderEarly(
    @Arg('input', () => OrderChangeInput, changeArg) input: OrderChangeInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<OrderChange> {
    return changeOrder(context, 'endOrderEarly', input, idempotencyKey);
  }

  @Authorized('orders:write')
  @Mutation(() => OrderChange, {
    nullable: true,
    description: 'Pauses an order in use.',
    deprecationReason: 'Linksfield marks suspending an order as not recommended.',
  })
  suspendOrder(
    @Arg('input', () => OrderChangeInput, changeArg) input: OrderChangeInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<OrderChange> {
    return changeOrder(context, 'suspendOrder', input, idempotencyKey);
  }

  @Authorized('orders:write')
  @Mutation(() => OrderChange, {
    nullable: true,
    description: 'Restarts a paused order.',
    deprecationReason: 'Linksfield marks resuming an order as not recommended.',
  })
  resumeOrder(
    @Arg('input', () => OrderChangeInput, changeArg) input: OrderChangeInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<OrderChange> {
    return changeOrder(context, 'resumeOrder', input, idempotencyKey);
  }

  @FieldResolver(() => Order, { nullable: true, description: 'The order as Linksfield now lists it.' })
  order(@Root() placement: OrderPlacement, @Ctx() { loaders }: GraphContext): Promise<Order> {
    return loaders.order.load(placement.orderId);
  }
}

@Resolver(() => OrderChange)
export class OrderChangeResolver {
  @FieldResolver(() => Order, { nullable: true, description: 'The order as Linksfield now lists it.' })
  order(@Root() change: OrderChange, @Ctx() { loaders }: GraphContext): Promise<Order> {
    return loaders.order.load(change.orderId);
  }
}
