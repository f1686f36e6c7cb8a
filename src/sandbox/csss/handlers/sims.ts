import { OrderStatus } from '../../../upstream/csss/enums.js';
import { assetItem, simItem } from '../records.js';
import { itemError, itemOk, pageOf, paging, text, type CsssContext, type CsssHandler } from './context.js';
import type { Body } from './context.js';

/** §2.1 (assumed): the SIMs of `deviceList`, or without it every SIM of the account, a page at a time. */
export const listSims: CsssHandler = (body: Body, { state, language, pageSizeLimit }: CsssContext) => {
  const named = body.deviceList as string[] | undefined;
  if (named !== undefined) {
    return {
      device_list: named.map((iccid) => {
        const sim = state.sim(iccid);
        return sim ? itemOk(simItem(sim, state.orders.inUse(iccid))) : itemError(iccid, '2001', language);
      }),
    };
  }
  const { page, size } = paging(body, pageSizeLimit);
  const slice = pageOf(state.sims, page, size);
  return {
    device_list: slice.items.map((sim) => itemOk(simItem(sim, state.orders.inUse(sim.iccid)))),
    page: slice.page,
  };
};

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
