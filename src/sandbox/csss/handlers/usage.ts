import { bytesToFlow } from '../../../upstream/csss/units.js';
import { DAY_MS, dayStart, monthRange, parseDay } from '../calendar.js';
import { CsssFailure } from '../failure.js';
import { usageItem } from '../records.js';
import type { CsssState } from '../state.js';
import { itemError, itemOk, pageOf, paging, text, type CsssHandler } from './context.js';

function currentUsage(state: CsssState, iccid: string): Record<string, unknown> {
  const order = state.orders.inUse(iccid);
  return usageItem(
    iccid,
    order,
    order ? state.usage.orderUsed(order) : 0,
    order ? state.usage.orderRemaining(order) : 0,
  );
}

export const getUsage: CsssHandler = (body, { state }) =>
  currentUsage(state, state.requireSim(text(body, 'device_id')).iccid);

export const getUsageBatch: CsssHandler = (body, { state, language }) => ({
  device_flow_list: (body.deviceList as string[]).map((iccid) =>
    state.sim(iccid) ? itemOk(currentUsage(state, iccid)) : itemError(iccid, '2001', language),
  ),
});

/** `date` is `yyyyMMdd` on the CSSS clock (+08:00); a day still running is counted up to now. */
export const getDailyUsage: CsssHandler = (body, { state }) => {
  const sim = state.requireSim(text(body, 'device_id'));
  const day = parseDay(text(body, 'date'));
  if (day === null) throw new CsssFailure('1004', 'date must be yyyyMMdd');
  const used = state.usage.simUsedBetween(sim.iccid, dayStart(day), dayStart(day) + DAY_MS);
  return { device_id: sim.iccid, date: text(body, 'date'), flow: bytesToFlow(used) };
};

/**
 * §3.4 in the shape of the 2020 sample (`device_flow`, `devide_flow_list_num` spelt so, `flow` a number), which
 * names no month. Every SIM of the account, or those of `deviceList`; ICCIDs not in the account are left out.
 */
export const listMonthlyUsage: CsssHandler = (body, { state, pageSizeLimit }) => {
  const month = text(body, 'month');
  const range = monthRange(month);
  if (range === null) throw new CsssFailure('1004', 'month must be yyyyMM');
  const { page, size } = paging(body, pageSizeLimit);
  const filter = body.deviceList as string[] | undefined;
  const iccids = filter ? filter.filter((iccid) => state.sim(iccid)) : state.sims.map((sim) => sim.iccid);
  const slice = pageOf(iccids, page, size);
  const deviceFlow = slice.items.map((iccid) => ({
    device_id: iccid,
    flow: Number(bytesToFlow(state.usage.simUsedBetween(iccid, range[0], range[1]))),
  }));
  return { device_flow: deviceFlow, devide_flow_list_num: deviceFlow.length, page: slice.page };
};
