import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { orderKindCodes, orderStatusCodes } from '../../upstream/csss/enums.js';
import type { OrderRecord, Page } from '../../upstream/csss/model.js';
import { connectionOf, PageArgs, pageSize, pagedConnection, type Connection } from '../connection.js';
import type { GraphContext } from '../context.js';
import { checkIccid } from '../errors.js';
import { Plan } from '../plan/plan.type.js';
import { simTag } from '../sim/sim.loaders.js';
import { Sim } from '../sim/sim.type.js';
import { ORDER_LISTS_TAG } from './order.loaders.js';
import { Order, OrderFilter } from './order.type.js';

@ObjectType({ description: 'A page of orders.' })
export class OrderConnection extends connectionOf(Order, 'Order', 'order') {}

/** One page of `/package/queryOrder`, cached and tagged so any order write makes it stale. */
function listOrders(context: GraphContext, filter: OrderFilter, page: number, size: number): Promise<Page<OrderRecord>> {
  const { csss, cache } = context.services;
  const input = {
    iccid: filter.iccid,
    status: filter.status ? orderStatusCodes.encode(filter.status) : undefined,
    kind: filter.kind ? orderKindCodes.encode(filter.kind) : undefined,
    page,
    pageSize: size,
  };
  const tags = filter.iccid ? [ORDER_LISTS_TAG, simTag(filter.iccid)] : [ORDER_LISTS_TAG];
  return cache.get('orders', JSON.stringify(input), tags, () => csss.call('listOrders', input, { language: context.language }));
}

function ordersConnection(context: GraphContext, filter: OrderFilter, { first, after }: PageArgs): Promise<Connection<Order>> {
  const { config, csss } = context.services;
  if (filter.iccid) checkIccid(filter.iccid, 'filter.iccid');
  return pagedConnection(pageSize(first, config.graphql.maxPageSize), after, csss.endpoints.listOrders.pageSizeLimit, (page, size) =>
    listOrders(context, filter, page, size).then(({ items, totalCount }) => ({ items, totalCount })),
  );
}

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => OrderConnection, { description: 'Plan orders of the account (§4.5), newest first as Linksfield lists them, a page at a time.' })
  orders(
    @Arg('filter', () => OrderFilter, { nullable: true, description: 'Narrow the list.' }) filter: OrderFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() context: GraphContext,
  ): Promise<Connection<Order>> {
    return ordersConnection(context, filter ?? {}, page);
  }

  @Query(() => Order, { nullable: true, description: 'One order by id. Fails with NOT_FOUND when there is no such order.' })
  order(@Arg('id', () => ID, { description: 'The order id.' }) id: string, @Ctx() { loaders }: GraphContext): Promise<Order> {
    return loaders.order.load(id);
  }

  @FieldResolver(() => Sim, { nullable: true, description: 'The SIM the order is for.' })
  async sim(@Root() order: Order, @Ctx() { loaders }: GraphContext): Promise<Sim | null> {
    return order.iccid ? loaders.sim.load(order.iccid) : null;
  }

  @FieldResolver(() => Plan, { nullable: true, description: 'The ordered plan, from the catalogue; null when it is no longer listed.' })
  async plan(@Root() order: Order, @Ctx() { loaders }: GraphContext): Promise<Plan | null> {
    return order.planCode ? loaders.plan(order.planCode) : null;
  }
}

@Resolver(() => Sim)
export class SimOrdersResolver {
  @FieldResolver(() => Order, { nullable: true, description: 'The order in use on this SIM; null when none is.' })
  async activeOrder(@Root() sim: Sim, @Ctx() { loaders }: GraphContext): Promise<Order | null> {
    return sim.activeOrderId ? loaders.order.load(sim.activeOrderId) : null;
  }

  @FieldResolver(() => OrderConnection, { description: "This SIM's order history, a page at a time." })
  orders(@Root() sim: Sim, @Args(() => PageArgs) page: PageArgs, @Ctx() context: GraphContext): Promise<Connection<Order>> {
    return ordersConnection(context, { iccid: sim.iccid }, page);
  }
}
