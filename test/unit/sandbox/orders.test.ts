import { beforeEach, describe, expect, it } from 'vitest';
import { OrderKind, OrderStatus, PaymentState, SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { dayIndex } from '../../../src/sandbox/csss/calendar.js';
import { CsssFailure } from '../../../src/sandbox/csss/failure.js';
import type { SimState } from '../../../src/sandbox/csss/fleet.js';
import { MAX_ORDERS_PER_SIM, type OrderState } from '../../../src/sandbox/csss/orders.js';
import { CsssState } from '../../../src/sandbox/csss/state.js';
import { failureCode } from './failure-code.js';
import { RecordingSink } from './recording-sink.js';

let clock = Date.parse('2026-03-15T04:00:00Z');
const HOUR = 3_600_000;
let sink: RecordingSink;
let s: CsssState;

beforeEach(() => {
  clock = Date.parse('2026-03-15T04:00:00Z');
  sink = new RecordingSink();
  s = new CsssState({ sims: 200, seed: 3, now: () => clock, partnerCode: 'P000270', notify: sink });
});

const csssCode = (run: () => unknown) => failureCode(CsssFailure, run);

function place(sim: SimState, enableNow = false, planCode = 'DP20230101000004', periods = 1): OrderState {
  return s.orders.create(
    {
      sim,
      plan: s.requirePlan(planCode),
      kind: OrderKind.NEW,
      periods,
      periodDays: 30,
      enableNow,
      paymentState: PaymentState.PAID,
      paymentMethod: null,
      amount: '4.00',
      hostNumber: false,
      testFlowMb: 0,
    },
    clock,
  );
}

const freeSim = () => s.findSim((sim) => sim.lifecycle === SimLifecycle.ACTIVE && !s.orders.current(sim.iccid))!;
const busySim = () =>
  s.findSim((sim) => sim.lifecycle === SimLifecycle.ACTIVE && s.orders.inUse(sim.iccid) !== undefined)!;

describe('sandbox order state machine (§7.7 events)', () => {
  it('creates (1000), enables (1005), pauses (1003), restarts (1004), renews (1009) and ends early (1001)', () => {
    const sim = freeSim();
    const order = place(sim);
    expect(order.status).toBe(OrderStatus.NOT_ENABLED);
    s.orders.enable(order.id, clock);
    expect(order.status).toBe(OrderStatus.IN_USE);
    expect(order.startsAt).toBe(clock);
    expect(dayIndex(order.expiresAt!)).toBe(dayIndex(clock) + 29);
    s.orders.pause(order.id, clock);
    s.orders.restart(order.id, clock);
    const before = order.expiresAt!;
    s.orders.renew(order.id, 2, clock);
    expect(dayIndex(order.expiresAt!) - dayIndex(before)).toBe(60);
    expect(order.periods).toBe(3);
    s.orders.endEarly(order.id, clock);
    expect(order.status).toBe(OrderStatus.ENDED);
    expect(sink.events()).toEqual(['1000', '1005', '1003', '1004', '1009', '1001']);
    expect(sink.sent[0].body).toMatchObject({
      partner_code: 'P000270',
      sim_id: sim.iccid,
      imsi: sim.imsi,
      order_id: order.id,
      event_time: String(clock),
    });
  });

  it('sends 1007 when an OTA order is enabled', () => {
    const sim = freeSim();
    const order = s.orders.create(
      {
        ...place(sim),
        sim,
        plan: s.requirePlan('DP20230101000012'),
        kind: OrderKind.OTA,
        periods: 1,
        periodDays: 7,
        enableNow: true,
        paymentState: PaymentState.PAID,
        paymentMethod: null,
        amount: '6.00',
        hostNumber: false,
        testFlowMb: 0,
      },
      clock,
    );
    expect(order.status).toBe(OrderStatus.IN_USE);
    expect(sink.events().slice(-2)).toEqual(['1000', '1007']);
  });

  it('cancels only orders not enabled (1002)', () => {
    const order = place(freeSim());
    s.orders.cancel(order.id, clock);
    expect(order.status).toBe(OrderStatus.CANCELLED);
    expect(csssCode(() => s.orders.cancel(order.id, clock))).toBe('3001');
    expect(csssCode(() => s.orders.enable(order.id, clock))).toBe('3001');
    const inUse = s.orders.inUse(busySim().iccid)!;
    expect(csssCode(() => s.orders.cancel(inUse.id, clock))).toBe('3001');
    expect(sink.events()).toEqual(['1000', '1002']);
  });

  it('refuses every other transition with 3001 and unknown orders with 2002', () => {
    const order = place(freeSim());
    expect(csssCode(() => s.orders.pause(order.id, clock))).toBe('3001');
    expect(csssCode(() => s.orders.restart(order.id, clock))).toBe('3001');
    expect(csssCode(() => s.orders.endEarly(order.id, clock))).toBe('3001');
    s.orders.enable(order.id, clock);
    expect(csssCode(() => s.orders.enable(order.id, clock))).toBe('3001');
    expect(csssCode(() => s.orders.restart(order.id, clock))).toBe('3001');
    s.orders.endEarly(order.id, clock);
    for (const change of ['pause', 'restart', 'endEarly', 'cancel', 'enable'] as const)
      expect(csssCode(() => s.orders[change](order.id, clock))).toBe('3001');
    expect(csssCode(() => s.orders.renew(order.id, 1, clock))).toBe('3001');
    expect(csssCode(() => s.orders.enable('ORDER_0', clock))).toBe('2002');
  });

  it('keeps one order in use per SIM: enabling a second is refused, is_open=1 queues it until the first ends', () => {
    const sim = busySim();
    const current = s.orders.inUse(sim.iccid)!;
    const waiting = place(sim);
    expect(csssCode(() => s.orders.enable(waiting.id, clock))).toBe('3001');
    const queued = place(sim, true);
    expect(queued.status).toBe(OrderStatus.NOT_ENABLED);
    expect(queued.queued).toBe(true);
    sink.clear();
    s.orders.endEarly(current.id, clock);
    expect(queued.status).toBe(OrderStatus.IN_USE);
    expect(waiting.status).toBe(OrderStatus.NOT_ENABLED);
    expect(sink.events()).toEqual(['1001', '1005']);
  });

  it('renews an order not in use silently (no 1009)', () => {
    const order = place(freeSim());
    s.orders.renew(order.id, 1, clock);
    expect(order.periods).toBe(2);
    expect(order.expiresAt).toBeNull();
    const paused = s.orders.pause(s.orders.inUse(busySim().iccid)!.id, clock);
    const before = paused.expiresAt!;
    s.orders.renew(paused.id, 1, clock);
    expect(paused.expiresAt).toBeGreaterThan(before);
    expect(sink.events()).toEqual(['1000', '1003']);
  });

  it('ends orders at expiry (1008) with the expiry as event time, and starts what was queued', () => {
    const sim = freeSim();
    const order = place(sim, true);
    const next = place(sim, true);
    expect(next.queued).toBe(true);
    sink.clear();
    clock = order.expiresAt! - 1_000;
    s.tick();
    expect(order.status).toBe(OrderStatus.IN_USE);
    clock = order.expiresAt! + HOUR;
    s.tick();
    expect(order.status).toBe(OrderStatus.ENDED);
    expect(order.endedAt).toBe(order.expiresAt);
    expect(next.status).toBe(OrderStatus.IN_USE);
    expect(next.startsAt).toBe(order.expiresAt! + 1_000);
    expect(sink.events(order.id, next.id)).toEqual(['1008', '1005']);
    const ended = sink.sent.find((entry) => entry.body.order_id === order.id)!;
    expect(ended.body.event_time).toBe(String(order.expiresAt));
  });

  it('activates a pre-activation SIM when its first order is enabled, and never enables orders of a deactivated SIM', () => {
    const fresh = s.findSim((sim) => sim.lifecycle === SimLifecycle.PRE_ACTIVATION)!;
    place(fresh, true);
    expect(fresh.lifecycle).toBe(SimLifecycle.ACTIVE);
    expect(fresh.activatedAt).toBe(clock);
    const gone = s.findSim((sim) => sim.lifecycle === SimLifecycle.DEACTIVATED)!;
    const order = place(gone);
    expect(csssCode(() => s.orders.enable(order.id, clock))).toBe('3001');
  });
});

describe('sandbox order bound', () => {
  it('forgets the oldest finished orders of a SIM past the bound, never a live one', () => {
    const sim = busySim();
    const live = s.orders.inUse(sim.iccid)!;
    for (let i = 0; i < MAX_ORDERS_PER_SIM + 20; i++) s.orders.cancel(place(sim).id, clock);
    const kept = s.orders.forSim(sim.iccid);
    expect(kept).toHaveLength(MAX_ORDERS_PER_SIM);
    expect(kept).toContain(live);
    expect(s.orders.get(live.id)).toBe(live);
    expect([...s.orders.all()].filter((order) => order.iccid === sim.iccid)).toHaveLength(MAX_ORDERS_PER_SIM);
  });
});

describe('sandbox usage alerts', () => {
  it('pushes one body per 100 devices with the expiry for codes 2 and 3', () => {
    const sim = busySim();
    expect(s.sendUsageAlert([sim.iccid], '2')).toBe(1);
    const body = sink.sent.at(-1)!.body as { devices: { deviceId: string; warningCode: string; expireTime: string }[] };
    expect(body.devices).toEqual([
      { deviceId: sim.iccid, warningCode: '2', expireTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2} 23:59:59$/) },
    ]);
    expect(
      s.sendUsageAlert(
        s.sims.slice(0, 150).map((each) => each.iccid),
        '1',
      ),
    ).toBe(2);
    expect((sink.sent.at(-1)!.body as { devices: unknown[] }).devices).toHaveLength(50);
    expect(() => s.sendUsageAlert([sim.iccid], '5')).toThrow(RangeError);
    expect(() => s.sendUsageAlert(['0000'], '1')).toThrow(RangeError);
  });
});
