import type { SimScope } from '../../access/caller.js';
import { orderKindCodes, orderStatusCodes } from '../../upstream/csss/enums.js';
import type { OrderRecord, Page } from '../../upstream/csss/model.js';
import { fanOutLoader } from '../batching.js';
import { pagedConnection, sliceConnection, wholeList, type Connection } from '../connection.js';
import type { GatewayServices } from '../context.js';
import { checkIccid, notFound } from '../errors.js';
import { simTag } from '../sim/sim.loaders.js';
import type { OrderFilter } from './order.type.js';

export const orderTag = (orderId: string) => `order:${orderId}`;
/** Every cached list of orders carries this tag: any order write makes them all stale. */
export const ORDER_LISTS_TAG = 'orders';

/**
 * Orders by id, through the `order_id` filter of `/package/queryOrder` (§4.5), which has no batch form, and
 * pages of orders. An order of a SIM outside the caller's scope is not found; lists hold only the caller's SIMs'.
 */
export function createOrderLoaders(services: GatewayServices, sims: SimScope | null, language?: string) {
  const { csss, cache, config } = services;
  const noSuchOrder = (orderId: string) => notFound(`no order with id ${orderId}`);
  const visible = (record: OrderRecord) => sims === null || (record.iccid !== null && sims.allows(record.iccid));
  const order = fanOutLoader<string, OrderRecord>({
    cache,
    kind: 'order',
    concurrency: config.graphql.fanOutConcurrency,
    keyOf: (orderId) => orderId,
    tagsOf: (orderId) => [orderTag(orderId)],
    fetchOne: async (orderId) => {
      const page = await csss.call('listOrders', { orderId, page: 1, pageSize: 1 }, { language });
      const found = page.items.find((item) => item.id === orderId);
      if (!found) throw noSuchOrder(orderId);
      return found;
    },
    visible: (record, orderId) => visible(record) || noSuchOrder(orderId),
  });

  /** One page of `/package/queryOrder`, cached and tagged so any order write makes it stale. */
  function listOrders(filter: OrderFilter, page: number, size: number): Promise<Page<OrderRecord>> {
    const input = {
      iccid: filter.iccid,
      status: filter.status ? orderStatusCodes.encode(filter.status) : undefined,
      kind: filter.kind ? orderKindCodes.encode(filter.kind) : undefined,
      page,
      pageSize: size,
    };
    const tags = filter.iccid ? [ORDER_LISTS_TAG, simTag(filter.iccid)] : [ORDER_LISTS_TAG];
    return cache.get('orders', JSON.stringify(input), tags, () => csss.call('listOrders', input, { language }));
  }

  return {
    order,
    /** A page of orders, of one SIM or of every SIM the caller may see. */
    async orders(
      filter: OrderFilter,
      first: number,
      after: string | null | undefined,
    ): Promise<Connection<OrderRecord>> {
      if (filter.iccid) checkIccid(filter.iccid, 'filter.iccid');
      const upstreamPageSize = csss.endpoints.listOrders.pageSizeLimit;
      const fetchPage = (page: number, size: number) =>
        listOrders(filter, page, size).then(({ items, totalCount }) => ({ items, totalCount }));
      if (sims === null) return pagedConnection(first, after, upstreamPageSize, fetchPage);
      if (filter.iccid && !sims.allows(filter.iccid)) throw notFound(`no SIM with ICCID ${filter.iccid}`);
      // One allowed SIM: the upstream filter already narrows the list to it.
      if (filter.iccid) return pagedConnection(first, after, upstreamPageSize, fetchPage);
      return sliceConnection((await wholeList(upstreamPageSize, fetchPage)).filter(visible), first, after);
    },
  };
}
