import { OrderStatus } from '../../../upstream/csss/enums.js';
import { assetItem, simItem } from '../records.js';
import { itemError, itemOk, text, type CsssContext, type CsssHandler } from './context.js';
import type { Body } from './context.js';

export const listSims: CsssHandler = (body: Body, { state, language }: CsssContext) => ({
  device_list: (body.deviceList as string[]).map((iccid) => {
    const sim = state.sim(iccid);
    return sim ? itemOk(simItem(sim, state.orders.inUse(iccid))) : itemError(iccid, '2001', language);
  }),
});

export const getSim: CsssHandler = (body, { state }) => {
  const sim = state.requireSim(text(body, 'device_id'));
  return simItem(sim, state.orders.inUse(sim.iccid));
};

/** §2.3: every SIM with an order in use, whole fleet, no paging (none is documented). */
export const listSimsInUse: CsssHandler = (_body, { state }) => {
  const items: Record<string, unknown>[] = [];
  for (const order of state.orders.all()) {
    if (order.status === OrderStatus.IN_USE) items.push(assetItem(state.sim(order.iccid)!, order));
  }
  return items;
};
