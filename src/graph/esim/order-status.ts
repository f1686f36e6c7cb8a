import type { EsimOrder } from './order.type.js';
import type { FmsUser } from './user.js';

/** One read of an order's status as its user (§8.7): behind the `esimOrder` query, payment reports and the poller. */
export async function orderStatus(user: FmsUser, orderId: string): Promise<EsimOrder> {
  return { orderId, ...(await user.call('getOrderStatus', { orderId })) };
}
