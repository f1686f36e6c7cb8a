import { describe, expect, it } from 'vitest';
import { OrderStatus } from '../../../src/upstream/csss/enums.js';
import { DAY_MS, dayIndex, dayStart, monthRange } from '../../../src/sandbox/csss/calendar.js';
import { CsssState } from '../../../src/sandbox/csss/state.js';
import { RecordingSink } from './recording-sink.js';

const START = Date.parse('2026-03-15T04:00:00Z');

function fixture() {
  let clock = START;
  const s = new CsssState({
    sims: 100,
    seed: 11,
    now: () => clock,
    partnerCode: 'P000270',
    notify: new RecordingSink(),
  });
  return { s, advance: (ms: number) => (clock += ms), at: () => clock };
}

describe('sandbox usage', () => {
  it('grows as the clock moves and stays within the order data', () => {
    const { s, advance } = fixture();
    const order = s.orders.inUse(s.sims[0].iccid)!;
    const first = s.usage.orderUsed(order);
    expect(first).toBeGreaterThan(0);
    advance(3 * 3_600_000);
    const later = s.usage.orderUsed(order);
    expect(later).toBeGreaterThan(first);
    expect(later + s.usage.orderRemaining(order)).toBe(Math.round(order.flowMb * 1024 * 1024));
    for (const each of s.orders.all()) expect(s.usage.orderUsed(each)).toBeLessThanOrEqual(each.flowMb * 1024 * 1024);
  });

  it('sums the days of a month exactly to the month', () => {
    const { s } = fixture();
    const [from, to] = monthRange('202603')!;
    for (const sim of s.sims.slice(0, 20)) {
      let days = 0;
      for (let day = dayIndex(from); day < dayIndex(to); day++)
        days += s.usage.simUsedBetween(sim.iccid, dayStart(day), dayStart(day) + DAY_MS);
      expect(days).toBe(s.usage.simUsedBetween(sim.iccid, from, to));
    }
  });

  it('counts nothing in the future, nothing while paused, and keeps the past fixed', () => {
    const { s, advance, at } = fixture();
    const sim = s.sims[0];
    const today = dayIndex(at());
    expect(s.usage.simUsedBetween(sim.iccid, dayStart(today + 1), dayStart(today + 2))).toBe(0);
    const yesterday = s.usage.simUsedBetween(sim.iccid, dayStart(today - 1), dayStart(today));
    const order = s.orders.inUse(sim.iccid)!;
    s.orders.pause(order.id, at());
    const paused = s.usage.orderUsed(order);
    advance(5 * 3_600_000);
    expect(order.status).toBe(OrderStatus.PAUSED);
    expect(s.usage.orderUsed(order)).toBe(paused);
    expect(s.usage.simUsedBetween(sim.iccid, dayStart(today - 1), dayStart(today))).toBe(yesterday);
  });

  it('reports no usage for SIMs that were never activated', () => {
    const { s } = fixture();
    const [from, to] = monthRange('202603')!;
    for (const sim of s.sims.filter((each) => each.activatedAt === null))
      expect(s.usage.simUsedBetween(sim.iccid, from, to)).toBe(0);
  });
});
