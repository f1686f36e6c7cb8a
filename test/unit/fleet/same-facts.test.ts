import { expect, it } from 'vitest';
import { recordAgrees, sameFacts, withRecord, withUsage, type FleetSim } from '../../../src/fleet/sim.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import type { SimRecord, UsageRecord } from '../../../src/upstream/csss/model.js';

// Typed as a whole FleetSim: a field added to the type must be added here, and then it is compared below.
const sim: FleetSim = {
  iccid: '89852000000000000001',
  imsi: '454000000000001',
  msisdn: '85200000001',
  lifecycle: SimLifecycle.ACTIVE,
  activatedAt: 1_000,
  orderId: 'ORDER_1',
  planCode: 'A',
  planName: 'Plan A',
  expiresAt: 2_000,
  usedBytes: 300,
  remainingBytes: 700,
  seenAt: 5,
};

it('tells a SIM changed when any one fact differs, and not when only the reading time does', () => {
  expect(sameFacts(sim, { ...sim, seenAt: 6 })).toBe(true);
  expect(sameFacts(undefined, sim)).toBe(false);
  for (const fact of Object.keys(sim).filter((key) => key !== 'seenAt') as (keyof FleetSim)[]) {
    const other = { ...sim, [fact]: fact === 'lifecycle' ? SimLifecycle.DEACTIVATED : null };
    expect(sameFacts(sim, other), fact).toBe(false);
  }
});

it('keeps the SIM as it is for a usage reading that moved nothing, and a new one for one that did', () => {
  const usage: UsageRecord = { iccid: sim.iccid, orderId: 'ORDER_1', usedBytes: 300, remainingHighSpeedBytes: 700 };
  expect(withUsage(sim, usage, 9)).toBe(sim);
  expect(withUsage(sim, { ...usage, usedBytes: 310 }, 9)).toMatchObject({ usedBytes: 310, seenAt: 9 });
  expect(withUsage(sim, { ...usage, orderId: 'ORDER_2' }, 9)).toBeNull();
});

it('agrees with a record exactly when building its entry would change no fact', () => {
  let seed = 11;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  // Mostly the value the inventory holds, now and then another: both outcomes come up often.
  const mostly = <T>(held: T, ...others: T[]) => (random() < 0.8 ? held : others[Math.floor(random() * others.length)]);
  const outcomes = { agree: 0, differ: 0 };
  for (let round = 0; round < 2_000; round++) {
    const current: FleetSim = {
      ...sim,
      orderId: mostly<string | null>('ORDER_1', null),
      usedBytes: mostly<number | null>(0, 300, null),
      remainingBytes: mostly(0, 700),
    };
    const record: SimRecord = {
      iccid: sim.iccid,
      imsi: mostly(sim.imsi, null),
      msisdn: mostly(sim.msisdn, '85200000002'),
      lifecycle: mostly(sim.lifecycle, SimLifecycle.DEACTIVATED),
      activeOrderId: mostly(current.orderId, 'ORDER_2', null),
      activePlanCode: mostly(sim.planCode, 'B', null),
      activePlanName: mostly(sim.planName, null),
      activatedAt: mostly<Date | null>(new Date(sim.activatedAt!), new Date(3_000), null),
      activeOrderExpiresAt: mostly<Date | null>(new Date(sim.expiresAt!), null),
    };
    const agrees = recordAgrees(current, record);
    expect(agrees, JSON.stringify({ current, record })).toBe(sameFacts(current, withRecord(current, record, 9)));
    outcomes[agrees ? 'agree' : 'differ']++;
  }
  expect(Math.min(outcomes.agree, outcomes.differ)).toBeGreaterThan(100);
});
