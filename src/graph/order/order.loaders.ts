import type { OrderRecord } from '../../upstream/csss/model.js';
import { fanOutLoader } from '../batching.js';
import type { GatewayServices } from '../context.js';
import { notFound } from '../errors.js';

export const orderTag = (orderId: string) => `order:${orderId}`;
/** Every cached list of orders carries this tag: any order write makes them all stale. */
export const ORDER_LISTS_TAG = 'orders';

/** Orders by id, through the `order_id` filter of `/package/queryOrder` (§4.5), which has no batch form. */
export function createOrderLoaders(services: GatewayServices, language?: string) {
  const { csss, cache, config } = services;
  return {
    order: fanOutLoader<string, OrderRecord>({
      cache,
      kind: 'order',
      concurrency: config.graphql.fanOutConcurrency,
      keyOf: (orderId) => orderId,
      tagsOf: (orderId) => [orderTag(orderId)],
      fetchOne: async (orderId) => {
        const page = await csss.call('listOrders', { orderId, page: 1, pageSize: 1 }, { language });
        const order = page.items.find((item) => item.id === orderId);
        if (!order) throw notFound(`no order with id ${orderId}`);
        return order;
      },
    }),
  };
}
