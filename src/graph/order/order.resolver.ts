import { Authorized, Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { connectionOf, PageArgs, pageSize, type Connection } from '../connection.js';
import type { GraphContext } from '../context.js';
import { Money, moneyOf } from '../money.js';
import { Plan } from '../plan/plan.type.js';
import { Sim } from '../sim/sim.type.js';
import { Order, OrderFilter } from './order.type.js';

@ObjectType({ description: 'A page of orders.' })
class OrderConnection extends connectionOf(Order, 'Order', 'order') {}

function ordersConnection(
  context: GraphContext,
  filter: OrderFilter,
  { first, after }: PageArgs,
): Promise<Connection<Order>> {
  return context.loaders.orders(filter, pageSize(first, context.services.config.graphql.maxPageSize), after);
}

@Resolver(() => Order)
export class OrderResolver {
  @Authorized('orders:read')
  @Query(() => OrderConnection, {
    nullable: true,
    description: 'Plan orders of the account, newest first as Linksfield lists them, a page at a time.',
  })
  orders(
    @Arg('filter', () => OrderFilter, { nullable: true, description: 'Narrow the list.' })
    filter: OrderFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphContext,
  ): Promise<Connection<Order>> {
    return ordersConnection(context, filter ?? {}, page);
  }

  @Authorized('orders:read')
  @Query(() => Order, {
    nullable: true,
    description: 'One order by id. Fails with NOT_FOUND when there is no such order.',
  })
  order(
    @Arg('id', () => ID, { description: 'The order id.' }) id: string,
    @Ctx() { loaders }: GraphContext,
  ): Promise<Order> {
    return loaders.order.load(id);
  }

  @Authorized('sims:read')
  @FieldResolver(() => Sim, { nullable: true, description: 'The SIM the order is for.' })
  async sim(@Root() order: Order, @Ctx() { loaders }: GraphContext): Promise<Sim | null> {
    return order.iccid ? loaders.sim.load(order.iccid) : null;
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description:
      "The amount paid, in the plan's currency; null when not reported, or when the plan is no longer listed with a price.",
  })
  async amount(@Root() order: Order, @Ctx() { loaders }: GraphContext): Promise<Money | null> {
    if (order.amount === null || !order.planCode) return null;
    return moneyOf(order.amount, (await loaders.plan(order.planCode))?.currency);
  }

  @FieldResolver(() => Plan, {
    nullable: true,
    description: 'The ordered plan, from the catalogue; null when it is no longer listed.',
  })
  async plan(@Root() order: Order, @Ctx() { loaders }: GraphContext): Promise<Plan | null> {
    return order.planCode ? loaders.plan(order.planCode) : null;
  }
}

@Resolver(() => Sim)
export class SimOrdersResolver {
  @Authorized('orders:read')
  @FieldResolver(() => Order, { nullable: true, description: 'The order in use on this SIM; null when none is.' })
  async activeOrder(@Root() sim: Sim, @Ctx() { loaders }: GraphContext): Promise<Order | null> {
    return sim.activeOrderId ? loaders.order.load(sim.activeOrderId) : null;
  }

  @Authorized('orders:read')
  @FieldResolver(() => OrderConnection, {
    nullable: true,
    description:
      "This SIM's order history, a page at a time. Null when Linksfield could not answer it in time; the error says why.",
  })
  orders(
    @Root() sim: Sim,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphContext,
  ): Promise<Connection<Order>> {
    return ordersConnection(context, { iccid: sim.iccid }, page);
  }
}
