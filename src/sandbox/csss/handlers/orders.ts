import { orderKindCodes, orderStatusCodes, OrderKind, OrderStatus } from '../../../upstream/csss/enums.js';
import { CsssFailure } from '../failure.js';
import type { OrderState } from '../orders.js';
import { orderChange, orderItem } from '../records.js';
import { itemOk, optional, pageOf, paging, text, type CsssHandler } from './context.js';
import { orderFor, readPurchase, renewPeriods } from './purchase.js';

export const orderPlan: CsssHandler = (body, { state }) => {
  const sim = state.requireSim(text(body, 'device_id'));
  const purchase = readPurchase(body, state, false);
  if (!state.orderable(sim)) throw new CsssFailure('3002', `SIM ${sim.iccid} is ${sim.lifecycle}`);
  return orderChange(state.orders.create(orderFor(state, sim, purchase), state.now()));
};

/** §4.3: synchronous and atomic. Any SIM unknown, deactivated or listed twice → 3002 and nothing is ordered. */
export const bulkOrderPlan: CsssHandler = (body, { state }) => {
  const purchase = readPurchase(body, state, false);
  const iccids = body.deviceList as string[];
  const seen = new Set<string>();
  const sims = iccids.map((iccid) => {
    const sim = state.sim(iccid);
    if (!sim) throw new CsssFailure('3002', `${iccid} is not a SIM of this account`);
    if (!state.orderable(sim)) throw new CsssFailure('3002', `SIM ${iccid} is ${sim.lifecycle}`);
    if (seen.has(iccid)) throw new CsssFailure('3002', `${iccid} is listed twice`);
    seen.add(iccid);
    return sim;
  });
  const at = state.now();
  return {
    device_order: sims.map((sim) =>
      itemOk({ device_id: sim.iccid, ...orderChange(state.orders.create(orderFor(state, sim, purchase), at)) }),
    ),
  };
};

/** §6.1: like §4.2 with `days` as the period; the SIM must support OTA (3002 otherwise). */
export const orderOtaPlan: CsssHandler = (body, { state }) => {
  const sim = state.requireSim(text(body, 'device_id'));
  const purchase = readPurchase(body, state, true);
  if (!state.orderable(sim) || !sim.ota)
    throw new CsssFailure('3002', `SIM ${sim.iccid} ${sim.ota ? `is ${sim.lifecycle}` : 'does not support OTA'}`);
  return orderChange(state.orders.create(orderFor(state, sim, purchase), state.now()));
};

export const renewOrder: CsssHandler = (body, { state }) =>
  orderChange(state.orders.renew(text(body, 'order_id'), renewPeriods(body), state.now()));

export const enableOrder: CsssHandler = (body, { state }) =>
  orderChange(state.orders.enable(text(body, 'order_id'), state.now()));
export const cancelOrder: CsssHandler = (body, { state }) =>
  orderChange(state.orders.cancel(text(body, 'order_id'), state.now()));
export const endOrderEarly: CsssHandler = (body, { state }) =>
  orderChange(state.orders.endEarly(text(body, 'order_id'), state.now()));
export const suspendOrder: CsssHandler = (body, { state }) =>
  orderChange(state.orders.pause(text(body, 'order_id'), state.now()));
export const resumeOrder: CsssHandler = (body, { state }) =>
  orderChange(state.orders.restart(text(body, 'order_id'), state.now()));

/**
 * §4.5, newest first. Filters: `device_id` (2001 when not in the account), `order_id`, `order_status` (0 not
 * enabled, 1 in use, 2 paused, 3 ended, 4 cancelled) and `order_type` (`buyType`: 1 new, 2 re-purchase, 3 OTA).
 */
export const listOrders: CsssHandler = (body, { state, pageSizeLimit }) => {
  const { page, size } = paging(body, pageSizeLimit);
  const iccid = optional(body, 'device_id');
  const orderId = optional(body, 'order_id');
  const status = optional(body, 'order_status');
  const kind = optional(body, 'order_type');
  if (status !== undefined && orderStatusCodes.decode(status) === OrderStatus.UNKNOWN)
    throw new CsssFailure('1004', 'order_status must be "0" to "4"');
  if (kind !== undefined && orderKindCodes.decode(kind) === OrderKind.UNKNOWN)
    throw new CsssFailure('1004', 'order_type must be "1", "2" or "3"');
  if (iccid !== undefined) state.requireSim(iccid);
  const candidates: Iterable<OrderState> = iccid !== undefined ? state.orders.forSim(iccid) : state.orders.all();
  const matching = [...candidates]
    .filter(
      (order) =>
        (orderId === undefined || order.id === orderId) &&
        (status === undefined || orderStatusCodes.encode(order.status) === status) &&
        (kind === undefined || orderKindCodes.encode(order.kind) === kind),
    )
    .sort((a, b) => b.orderedAt - a.orderedAt || (a.id < b.id ? 1 : -1));
  const slice = pageOf(matching, page, size);
  return {
    package_order: slice.items.map((order) =>
      orderItem(order, state.usage.orderUsed(order), state.sim(order.iccid)!.imsi),
    ),
    package_order_num: slice.items.length,
    page: slice.page,
  };
};
