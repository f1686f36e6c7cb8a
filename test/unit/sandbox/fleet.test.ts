import { describe, expect, it } from 'vitest';
import { OrderStatus, PlanType, SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { CsssState } from '../../../src/sandbox/csss/state.js';
import { RecordingSink } from './recording-sink.js';

const NOW = Date.parse('2026-03-15T04:00:00Z');

function state(seed: number | string = 7, sims = 1_000) {
  return new CsssState({ sims, seed, now: () => NOW, partnerCode: 'P000270', notify: new RecordingSink() });
}

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

describe('sandbox fleet', () => {
  it('is the same for the same seed and different for another', () => {
    const a = state(7);
    const b = state(7);
    expect(b.sims).toEqual(a.sims);
    expect([...b.orders.all()]).toEqual([...a.orders.all()]);
    const c = state(8);
    expect(c.sims.map((sim) => sim.iccid)).not.toEqual(a.sims.map((sim) => sim.iccid));
  });

  it('defaults to 1,000 SIMs with unique, well-formed identities', () => {
    const fleet = new CsssState({ partnerCode: 'P000270', notify: new RecordingSink(), now: () => NOW }).sims;
    expect(fleet).toHaveLength(1_000);
    expect(new Set(fleet.map((sim) => sim.iccid)).size).toBe(1_000);
    expect(new Set(fleet.map((sim) => sim.imsi)).size).toBe(1_000);
    for (const sim of fleet) {
      expect(sim.iccid).toMatch(/^8985\d{16}$/);
      expect(luhnValid(sim.iccid)).toBe(true);
      expect(sim.imsi).toMatch(/^\d{15}$/);
      expect(sim.msisdn).toMatch(/^\d{11}$/);
    }
  });

  it('is mostly active, with some SIMs in every other lifecycle state', () => {
    const fleet = state().sims;
    const count = (lifecycle: SimLifecycle) => fleet.filter((sim) => sim.lifecycle === lifecycle).length;
    expect(count(SimLifecycle.ACTIVE)).toBeGreaterThan(700);
    for (const lifecycle of [SimLifecycle.PRE_ACTIVATION, SimLifecycle.PRE_DEACTIVATION, SimLifecycle.DEACTIVATED])
      expect(count(lifecycle)).toBeGreaterThan(20);
    expect(fleet.some((sim) => sim.ota)).toBe(true);
  });

  it('gives most active SIMs exactly one order in use that has not expired, and the first SIM always', () => {
    const s = state();
    const active = s.sims.filter((sim) => sim.lifecycle === SimLifecycle.ACTIVE);
    const withOrder = active.filter((sim) => s.orders.inUse(sim.iccid));
    expect(withOrder.length / active.length).toBeGreaterThan(0.7);
    expect(s.orders.inUse(s.sims[0].iccid)).toBeDefined();
    for (const sim of s.sims) {
      const current = s.orders
        .forSim(sim.iccid)
        .filter((order) => order.status === OrderStatus.IN_USE || order.status === OrderStatus.PAUSED);
      expect(current.length).toBeLessThanOrEqual(1);
      for (const order of current) expect(order.expiresAt).toBeGreaterThan(NOW);
      if (sim.lifecycle !== SimLifecycle.ACTIVE) expect(current).toHaveLength(0);
    }
    const statuses = new Set([...s.orders.all()].map((order) => order.status));
    expect([...statuses].sort()).toEqual(
      Object.values(OrderStatus)
        .filter((status) => status !== OrderStatus.UNKNOWN)
        .sort(),
    );
  });

  it('dates each activation at the start of the first order, and never for SIMs not yet activated', () => {
    const s = state();
    for (const sim of s.sims) {
      const first = s.orders.forSim(sim.iccid).find((order) => order.startsAt !== null);
      expect(sim.activatedAt).toBe(first?.startsAt ?? null);
      if (sim.lifecycle === SimLifecycle.PRE_ACTIVATION) expect(sim.activatedAt).toBeNull();
    }
  });

  it('offers 10 to 20 plans covering every plan type, some of them OTA', () => {
    const { plans } = state(1, 5);
    expect(plans.length).toBeGreaterThanOrEqual(10);
    expect(plans.length).toBeLessThanOrEqual(20);
    expect(new Set(plans.map((plan) => plan.type))).toEqual(
      new Set(Object.values(PlanType).filter((type) => type !== PlanType.UNKNOWN)),
    );
    expect(plans.some((plan) => plan.ota)).toBe(true);
    expect(new Set(plans.map((plan) => plan.code)).size).toBe(plans.length);
  });
});
