import { OrderKind, OrderStatus, PaymentMethod, PaymentState, SimLifecycle } from '../../upstream/csss/enums.js';
import { hashString, type Random } from '../prng.js';
import { DAY_MS, dayIndex, dayStart, endOfDay } from './calendar.js';
import type { SimState } from './fleet.js';
import type { OrderBook, OrderState } from './orders.js';
import { PERIOD_DAYS, type PlanState } from './plans.js';

/**
 * The order history each SIM starts with, from the same seed as the fleet. Dates are placed relative to the day
 * the sandbox starts, so the picture is always current:
 * - ACTIVE: 0–3 ended orders back to back, then (85 %, always for the first SIM) one order IN_USE that expires
 *   tomorrow or later (4 % of them PAUSED); sometimes a NOT_ENABLED or a CANCELLED order on top;
 * - PRE_ACTIVATION: never enabled; half of them have a NOT_ENABLED order waiting;
 * - PRE_DEACTIVATION: its last order ended in the past month; DEACTIVATED: months ago.
 * A SIM's `activatedAt` is the start of its first order. No notifications are sent for the history.
 */
const HOUR_MS = 3_600_000;

interface Span {
  plan: PlanState;
  periods: number;
  periodDays: number;
}

export function seedHistory(
  sims: readonly SimState[],
  plans: readonly PlanState[],
  book: OrderBook,
  random: Random,
  now: number,
): void {
  const today = dayIndex(now);
  const regular = plans.filter((plan) => !plan.ota);
  const ota = plans.filter((plan) => plan.ota);

  const span = (sim: SimState): Span => {
    const plan = sim.ota && random.chance(0.5) ? random.pick(ota) : random.pick(regular);
    const periodDays = plan.ota ? plan.periodDays : PERIOD_DAYS[plan.type];
    // Daily plans are bought for several days, so an order in use never expires on the day the sandbox starts.
    const periods = periodDays === 1 ? random.int(3, 30) : random.int(1, 3);
    return { plan, periods, periodDays };
  };

  const build = (
    sim: SimState,
    { plan, periods, periodDays }: Span,
    kind: OrderKind,
    status: OrderStatus,
    start: number | null,
  ): OrderState => {
    const id = book.nextId();
    const expiresAt = start === null ? null : endOfDay(dayIndex(start) + periods * periodDays - 1);
    const paid = random.chance(0.9);
    return {
      id,
      iccid: sim.iccid,
      planCode: plan.code,
      planName: plan.name,
      planType: plan.type,
      kind: plan.ota ? OrderKind.OTA : kind,
      status,
      periods,
      periodDays,
      flowMb: plan.flowMb * periods,
      orderedAt: (start ?? now) - random.int(1, 72) * HOUR_MS,
      startsAt: start,
      expiresAt,
      endedAt: status === OrderStatus.ENDED ? expiresAt : null,
      intervals: start === null ? [] : [[start, status === OrderStatus.ENDED ? expiresAt : null]],
      paymentState: paid ? PaymentState.PAID : PaymentState.UNPAID,
      paymentMethod: paid ? random.pick([PaymentMethod.IPAY88, PaymentMethod.WECHAT_PAY, PaymentMethod.ALIPAY]) : null,
      amount: (Number(plan.price) * periods).toFixed(2),
      hostNumber: false,
      testFlowMb: 0,
      queued: false,
      seed: hashString(id),
    };
  };

  /** Ended orders back to back, the last one expiring at the end of `lastDay`; returned oldest first. */
  const endedChain = (sim: SimState, count: number, lastDay: number): OrderState[] => {
    const chain: OrderState[] = [];
    let expiryDay = lastDay;
    for (let i = 0; i < count; i++) {
      const s = span(sim);
      const startDay = expiryDay - s.periods * s.periodDays + 1;
      chain.unshift(
        build(sim, s, OrderKind.RENEWAL, OrderStatus.ENDED, dayStart(startDay) + random.int(0, 12) * HOUR_MS),
      );
      expiryDay = startDay - 1;
    }
    return chain;
  };

  for (const [index, sim] of sims.entries()) {
    const history: OrderState[] = [];
    switch (sim.lifecycle) {
      case SimLifecycle.ACTIVE: {
        if (index === 0 || random.chance(0.85)) {
          const s = span(sim);
          const elapsed = random.int(0, s.periods * s.periodDays - 2);
          const start = Math.min(dayStart(today - elapsed) + random.int(0, 12) * HOUR_MS, now - 60_000);
          const current = build(sim, s, OrderKind.RENEWAL, OrderStatus.IN_USE, start);
          if (index !== 0 && random.chance(0.04)) {
            current.status = OrderStatus.PAUSED;
            current.intervals = [[start, start + Math.floor((now - start) * random.next())]];
          }
          history.push(...endedChain(sim, random.int(index === 0 ? 1 : 0, 3), dayIndex(start) - 1), current);
        } else {
          history.push(...endedChain(sim, random.int(1, 3), today - random.int(1, 20)));
        }
        if (random.chance(0.1)) history.push(build(sim, span(sim), OrderKind.RENEWAL, OrderStatus.NOT_ENABLED, null));
        if (random.chance(0.05)) {
          const cancelled = build(sim, span(sim), OrderKind.RENEWAL, OrderStatus.CANCELLED, null);
          cancelled.endedAt = Math.min(cancelled.orderedAt + DAY_MS, now);
          history.push(cancelled);
        }
        break;
      }
      case SimLifecycle.PRE_ACTIVATION:
        if (random.chance(0.5)) history.push(build(sim, span(sim), OrderKind.NEW, OrderStatus.NOT_ENABLED, null));
        break;
      case SimLifecycle.PRE_DEACTIVATION:
        history.push(...endedChain(sim, random.int(1, 2), today - random.int(1, 30)));
        break;
      default:
        history.push(...endedChain(sim, random.int(1, 3), today - random.int(60, 300)));
    }
    if (history.length > 0 && history[0].kind === OrderKind.RENEWAL) history[0].kind = OrderKind.NEW;
    sim.activatedAt = history.find((order) => order.startsAt !== null)?.startsAt ?? null;
    sim.smsUsed = random.int(0, Math.floor(sim.smsQuota / 2));
    for (const order of history) book.restore(order);
  }
}
