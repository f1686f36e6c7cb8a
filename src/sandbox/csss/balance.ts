import type { SimState } from './fleet.js';
import type { Language } from './messages.js';
import type { OrderState } from './orders.js';

/**
 * §6.2 answer: the operator's view of what the in-use order has left: data in bytes, MO SMS as a count, voice in
 * seconds. One resource may be unreported for a SIM (`remainingQuantity` null with a `msg`), as the docs warn;
 * a few SIMs' data figure comes with a `msg` beside it (a remark, not a failure).
 */
export interface MnoResourceItem {
  type: 'data' | 'sms-out' | 'call-out';
  remainingQuantity: string | null;
  msg: string | null;
}

const REASONS = {
  unreported: { zh: '运营商不支持查询该资源', en: 'the operator does not report this resource' },
  noOrder: { zh: '当前没有使用中的套餐', en: 'no order is in use' },
  lagging: { zh: '运营商侧数据可能延迟24小时', en: "the operator's figure may lag by up to 24 hours" },
};

export function mnoBalance(
  sim: SimState,
  order: OrderState | undefined,
  remainingBytes: number,
  language: Language,
): MnoResourceItem[] {
  const remaining = {
    data: String(remainingBytes),
    'sms-out': String(Math.max(0, sim.smsQuota - sim.smsUsed)),
    'call-out': String(sim.voiceSeconds),
  };
  return (['data', 'sms-out', 'call-out'] as const).map((type) => {
    if (order === undefined) return { type, remainingQuantity: null, msg: REASONS.noOrder[language] };
    if (sim.unreported === type) return { type, remainingQuantity: null, msg: REASONS.unreported[language] };
    const remark = type === 'data' && sim.dataRemark ? REASONS.lagging[language] : null;
    return { type, remainingQuantity: remaining[type], msg: remark };
  });
}
