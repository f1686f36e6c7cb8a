import type { BeforeStoreHook } from '../../events/index.js';
import type { Fleet } from '../../fleet/fleet.js';
import type { ReadCache } from '../../upstream/cache.js';
import { ORDER_LISTS_TAG, orderTag } from '../order/order.loaders.js';
import { simTag } from '../sim/sim.loaders.js';

/**
 * Notifications that say cached data changed drop it, before the event reaches any subscriber: an order changed state (its order, its SIM's usage
 * and active order, every order list), or a usage alert about a plan about to end or ended. The fleet inventory
 * re-reads the SIMs they name.
 */
export function staleOnEvent(cache: ReadCache, fleet: Fleet): BeforeStoreHook {
  return async (event) => {
    if (event.kind === 'ORDER_STATUS_CHANGED') {
      await cache.invalidate([orderTag(event.payload.orderId), simTag(event.payload.iccid), ORDER_LISTS_TAG]);
    } else if (event.kind === 'USAGE_ALERT') {
      await cache.invalidate([...event.iccids.map(simTag), ORDER_LISTS_TAG]);
    } else return;
    // The fleet inventory re-reads those SIMs in the background: the webhook does not wait for it.
    void fleet.touch(event.iccids);
  };
}
