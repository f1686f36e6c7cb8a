import { hash01 } from '../prng.js';
import { DAY_MS, dayIndex, dayStart } from './calendar.js';
import { dailyAllowanceBytes, type OrderBook, type OrderState } from './orders.js';

/**
 * Data use as a pure function of the clock. Each order uses, on each day it is in use, between 10 % and 90 % of
 * its daily allowance (a hash of the order and the day), spread evenly over the day. So:
 * - repeated reads grow as time passes, and never exceed the order's data;
 * - figures are additive: the days of a month sum exactly to the month, the windows of an order to its total
 *   (partial days are cut with the same floor, so the pieces telescope);
 * - a SIM uses data only while one of its orders is in use (paused or ended orders stop).
 */
export class UsageModel {
  constructor(
    private readonly orders: OrderBook,
    private readonly now: () => number,
  ) {}

  /** Bytes the order has used up to now. */
  orderUsed(order: OrderState): number {
    return this.orderUsedBetween(order, Number.NEGATIVE_INFINITY, this.now());
  }

  /** Bytes of high-speed data the order has left. */
  orderRemaining(order: OrderState): number {
    return Math.max(0, Math.round(order.flowMb * 1024 * 1024) - this.orderUsed(order));
  }

  /** Bytes the SIM used in [from, to), never past now. */
  simUsedBetween(iccid: string, from: number, to: number): number {
    let total = 0;
    for (const order of this.orders.forSim(iccid)) total += this.orderUsedBetween(order, from, to);
    return total;
  }

  private orderUsedBetween(order: OrderState, from: number, to: number): number {
    const until = Math.min(to, this.now());
    let total = 0;
    for (const [start, end] of order.intervals) {
      const a = Math.max(start, from);
      const b = Math.min(end ?? until, until);
      if (a < b) total += integral(order, a, b);
    }
    return total;
  }
}

function dailyBytes(order: OrderState, day: number): number {
  return Math.floor(dailyAllowanceBytes(order) * (0.1 + 0.8 * hash01(order.seed, day)));
}

/** Bytes used in [a, b): for each day touched, the floor-cut share of that day's figure. */
function integral(order: OrderState, a: number, b: number): number {
  let total = 0;
  for (let day = dayIndex(a); day <= dayIndex(b - 1); day++) {
    const start = dayStart(day);
    const figure = dailyBytes(order, day);
    const cut = (at: number) => Math.floor((figure * (Math.min(Math.max(at, start), start + DAY_MS) - start)) / DAY_MS);
    total += cut(b) - cut(a);
  }
  return total;
}
