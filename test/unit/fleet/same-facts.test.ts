import { expect, it } from 'vitest';
import { sameFacts, withUsage, type FleetSim } from '../../../src/fleet/sim.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import type { UsageRecord } from '../../../src/upstream/csss/model.js';

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
