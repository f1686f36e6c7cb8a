import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CsssClient } from '../../../src/upstream/csss/client.js';
import { csssEndpoints, type CsssEndpointName, type CsssEndpoints } from '../../../src/upstream/csss/endpoints.js';
import {
  OrderKind,
  OrderStatus,
  PaymentMethod,
  PaymentState,
  PlanType,
  SimLifecycle,
  SmsEncoding,
} from '../../../src/upstream/csss/enums.js';
import { formatCsssDate } from '../../../src/upstream/csss/units.js';
import type { InputOf, OutputOf } from '../../../src/upstream/endpoint.js';
import type { SimState } from '../../../src/sandbox/csss/fleet.js';
import type { Sandbox } from '../../../src/sandbox/server.js';
import { csssClientFor, paidPurchase, startTestSandbox } from '../../support/sandbox.js';

/**
 * Every row of the CSSS table, through the real client and the real sandbox over HTTP. The cases are keyed by the
 * table's own names: a new row without a case fails to compile, and the last test checks the same at run time.
 */
let sandbox: Sandbox;
let client: CsssClient;

beforeAll(async () => {
  sandbox = await startTestSandbox({ sims: 60 });
  client = csssClientFor(sandbox);
});

afterAll(async () => {
  await client.close();
  await sandbox.close();
});

const UNKNOWN = '89852000000000000000';
const state = () => sandbox.csss.state;

/** SIMs no other case touches, so each case can change what it needs. */
const claimed = new Set<string>();
function claim(predicate: (sim: SimState) => boolean): SimState {
  const sim = state().findSim((candidate) => !claimed.has(candidate.iccid) && predicate(candidate));
  if (!sim) throw new Error('the test fleet has no SIM left for this case');
  claimed.add(sim.iccid);
  return sim;
}
const withOrderInUse = () =>
  claim(
    (sim) =>
      sim.lifecycle === SimLifecycle.ACTIVE &&
      state().orders.inUse(sim.iccid) !== undefined &&
      sim.iccid !== state().sims[0].iccid,
  );
const withoutCurrentOrder = () =>
  claim((sim) => sim.lifecycle === SimLifecycle.ACTIVE && state().orders.current(sim.iccid) === undefined);

/** Places an order straight in the state (no HTTP), for the cases that act on one. */
function placeOrder(sim: SimState, enableNow: boolean) {
  const plan = state().requirePlan('DP20230101000005');
  return state().orders.create(
    {
      sim,
      plan,
      kind: OrderKind.NEW,
      periods: 1,
      periodDays: 30,
      enableNow,
      paymentState: PaymentState.PAID,
      paymentMethod: null,
      amount: plan.price,
      hostNumber: false,
      testFlowMb: 0,
    },
    Date.now(),
  );
}

interface Case<K extends CsssEndpointName> {
  input: () => InputOf<CsssEndpoints[K]>;
  check: (output: OutputOf<CsssEndpoints[K]>, input: InputOf<CsssEndpoints[K]>) => void;
}

const first = () => state().sims[0];
const today = () => formatCsssDate(new Date()).slice(0, 10);

const cases: { [K in CsssEndpointName]: Case<K> } = {
  listSims: {
    input: () => ({ iccids: [first().iccid, UNKNOWN] }),
    check: ({ items }) => {
      expect(items).toHaveLength(2);
      expect(items[0]).toMatchObject({
        iccid: first().iccid,
        value: { iccid: first().iccid, imsi: first().imsi, lifecycle: SimLifecycle.ACTIVE },
      });
      expect(items[1]).toEqual({
        iccid: UNKNOWN,
        error: { upstreamCode: '2001', message: expect.stringContaining(UNKNOWN) },
      });
    },
  },
  getSim: {
    input: () => ({ iccid: first().iccid }),
    check: (sim) => {
      const order = state().orders.inUse(first().iccid)!;
      expect(sim).toEqual({
        iccid: first().iccid,
        imsi: first().imsi,
        msisdn: first().msisdn,
        lifecycle: SimLifecycle.ACTIVE,
        activeOrderId: order.id,
        activePlanCode: order.planCode,
        activePlanName: order.planName,
        activatedAt: new Date(Math.floor(first().activatedAt! / 1000) * 1000),
        activeOrderExpiresAt: new Date(Math.floor(order.expiresAt! / 1000) * 1000),
      });
    },
  },
  listSimsInUse: {
    input: () => ({}),
    check: (sims) => {
      expect(sims.length).toBeGreaterThan(10);
      expect(sims.every((sim) => sim.activeOrderId !== null && sim.lifecycle !== SimLifecycle.UNKNOWN)).toBe(true);
      expect(sims.map((sim) => sim.iccid)).toContain(first().iccid);
    },
  },
  getUsage: {
    input: () => ({ iccid: first().iccid }),
    check: (usage) => {
      const order = state().orders.inUse(first().iccid)!;
      expect(usage.orderId).toBe(order.id);
      expect(usage.usedBytes).toBeGreaterThan(0);
      expect(usage.usedBytes + usage.remainingHighSpeedBytes).toBeCloseTo(order.flowMb * 1024 * 1024, -5);
    },
  },
  getUsageBatch: {
    input: () => ({ iccids: [first().iccid, UNKNOWN] }),
    check: (items) => {
      expect(items[0]).toMatchObject({
        iccid: first().iccid,
        value: { orderId: state().orders.inUse(first().iccid)!.id },
      });
      expect(items[1]).toMatchObject({ iccid: UNKNOWN, error: { upstreamCode: '2001' } });
    },
  },
  getDailyUsage: {
    input: () => ({ iccid: first().iccid, date: today() }),
    check: (usage, input) => {
      expect(usage).toMatchObject({ iccid: first().iccid, date: input.date });
      expect(usage.usedBytes).toBeGreaterThanOrEqual(0);
    },
  },
  listMonthlyUsage: {
    input: () => ({ month: today().slice(0, 7), page: 2, pageSize: 25 }),
    check: (page, input) => {
      expect(page).toMatchObject({ page: 2, pageSize: 25, totalCount: 60, totalPages: 3 });
      expect(page.items).toHaveLength(25);
      expect(page.items.every((item) => item.month === input.month && item.usedBytes >= 0)).toBe(true);
    },
  },
  listPlans: {
    input: () => ({}),
    check: (plans) => {
      expect(plans.length).toBe(state().plans.length);
      expect(new Set(plans.map((plan) => plan.type))).toEqual(
        new Set(Object.values(PlanType).filter((type) => type !== PlanType.UNKNOWN)),
      );
      expect(plans.some((plan) => plan.ota)).toBe(true);
      expect(plans.find((plan) => plan.code === 'DP20230101000005')).toMatchObject({
        dataBytes: 1024 * 1024 * 1024,
        periodDays: 30,
        price: '7.00',
        currency: 'USD',
      });
    },
  },
  orderPlan: {
    input: () => ({ iccid: withOrderInUse().iccid, ...paidPurchase() }),
    check: (change, input) => {
      expect(change.orderId).toMatch(/^ORDER_\d{17}$/);
      expect(change.startsAt).toBeNull();
      expect(state().orders.get(change.orderId)).toMatchObject({
        iccid: input.iccid,
        status: OrderStatus.NOT_ENABLED,
        kind: OrderKind.RENEWAL,
      });
    },
  },
  bulkOrderPlan: {
    input: () => ({
      iccids: [withoutCurrentOrder().iccid, withoutCurrentOrder().iccid],
      ...paidPurchase('DP20230101000002'),
      periods: 3,
      enableNow: true,
    }),
    check: (items, input) => {
      expect(items.map((item) => item.iccid)).toEqual(input.iccids);
      for (const item of items) {
        if (!('value' in item)) throw new Error('expected every SIM to be ordered');
        expect(item.value.startsAt).toBeInstanceOf(Date);
        expect(item.value.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 24 * 3_600_000);
        expect(state().orders.get(item.value.orderId)?.status).toBe(OrderStatus.IN_USE);
      }
    },
  },
  renewOrder: {
    input: () => ({ orderId: state().orders.inUse(withOrderInUse().iccid)!.id, periods: 1 }),
    check: (change, input) => {
      const order = state().orders.get(input.orderId)!;
      expect(change.orderId).toBe(input.orderId);
      expect(change.expiresAt?.getTime()).toBe(order.expiresAt);
      expect(order.periods).toBeGreaterThanOrEqual(2);
    },
  },
  listOrders: {
    input: () => ({ iccid: first().iccid, page: 1, pageSize: 2 }),
    check: (page) => {
      const all = state().orders.forSim(first().iccid);
      expect(page.totalCount).toBe(all.length);
      expect(page.items.length).toBe(Math.min(2, all.length));
      expect(
        page.items.every(
          (order) =>
            order.iccid === first().iccid && order.status !== OrderStatus.UNKNOWN && order.orderedAt instanceof Date,
        ),
      ).toBe(true);
      const inUse = state().orders.inUse(first().iccid)!;
      const listed = page.items.find((order) => order.id === inUse.id);
      if (listed)
        expect(listed).toMatchObject({ planCode: inUse.planCode, status: OrderStatus.IN_USE, periods: inUse.periods });
    },
  },
  enableOrder: {
    input: () => ({ orderId: placeOrder(withoutCurrentOrder(), false).id }),
    check: (change, input) => {
      expect(change.startsAt).toBeInstanceOf(Date);
      expect(change.expiresAt).toBeInstanceOf(Date);
      expect(state().orders.get(input.orderId)?.status).toBe(OrderStatus.IN_USE);
    },
  },
  cancelOrder: {
    input: () => ({ orderId: placeOrder(withOrderInUse(), false).id }),
    check: (change, input) => {
      expect(change).toEqual({ orderId: input.orderId, startsAt: null, expiresAt: null });
      expect(state().orders.get(input.orderId)?.status).toBe(OrderStatus.CANCELLED);
    },
  },
  endOrderEarly: {
    input: () => ({ orderId: state().orders.inUse(withOrderInUse().iccid)!.id }),
    check: (change, input) => {
      expect(change.orderId).toBe(input.orderId);
      expect(state().orders.get(input.orderId)?.status).toBe(OrderStatus.ENDED);
    },
  },
  suspendOrder: {
    input: () => ({ orderId: state().orders.inUse(withOrderInUse().iccid)!.id }),
    check: (_change, input) => expect(state().orders.get(input.orderId)?.status).toBe(OrderStatus.PAUSED),
  },
  resumeOrder: {
    input: () => {
      const order = state().orders.inUse(withOrderInUse().iccid)!;
      state().orders.pause(order.id, Date.now());
      return { orderId: order.id };
    },
    check: (_change, input) => expect(state().orders.get(input.orderId)?.status).toBe(OrderStatus.IN_USE),
  },
  listOrderablePlans: {
    input: () => ({ iccids: [first().iccid, UNKNOWN] }),
    check: (items) => {
      if (!('value' in items[0])) throw new Error('expected plans for a known SIM');
      expect(items[0].value.planCodes).toContain('DP20230101000005');
      expect(items[1]).toMatchObject({ iccid: UNKNOWN, error: { upstreamCode: '2001' } });
    },
  },
  sendSms: {
    input: () => ({ iccid: first().iccid, text: 'status?', encoding: SmsEncoding.TEXT }),
    check: (sms) => {
      expect(sms).toEqual({
        smsId: expect.stringMatching(/^SMS\d+$/),
        iccid: first().iccid,
        encoding: SmsEncoding.TEXT,
      });
    },
  },
  orderOtaPlan: {
    input: () => ({
      iccid: claim((sim) => sim.ota && sim.lifecycle === SimLifecycle.ACTIVE).iccid,
      ...paidPurchase('DP20230101000012'),
      paymentMethod: PaymentMethod.ALIPAY,
      days: 7,
    }),
    check: (change) => {
      expect(state().orders.get(change.orderId)).toMatchObject({
        kind: OrderKind.OTA,
        periodDays: 7,
        status: OrderStatus.NOT_ENABLED,
      });
    },
  },
  getMnoBalance: {
    input: () => ({
      iccid: claim((sim) => sim.unreported === 'call-out' && state().orders.inUse(sim.iccid) !== undefined).iccid,
    }),
    check: (balance, input) => {
      const order = state().orders.inUse(input.iccid)!;
      expect(balance.dataBytes).toBeGreaterThan(0);
      expect(balance.dataBytes!).toBeLessThanOrEqual(order.flowMb * 1024 * 1024);
      expect(balance.smsCount).toBeGreaterThanOrEqual(0);
      expect(balance.voiceSeconds).toBeNull();
      expect(balance.unavailable).toEqual([{ resource: 'call-out', reason: expect.any(String) }]);
    },
  },
};

describe('CSSS client → sandbox round trip', () => {
  const exercised = new Set<string>();

  for (const name of Object.keys(csssEndpoints) as CsssEndpointName[]) {
    it(`${name} (${csssEndpoints[name].path})`, async () => {
      const testCase = cases[name] as unknown as Case<CsssEndpointName>;
      expect(testCase, `no round-trip case for ${name}`).toBeDefined();
      const input = testCase.input();
      const before = sandbox.calls(`csss.${name}`);
      const output = await client.call(name, input as never);
      testCase.check(output as never, input);
      expect(sandbox.calls(`csss.${name}`)).toBe(before + 1);
      exercised.add(name);
    });
  }

  it('exercised exactly the endpoints of the table', () => {
    expect([...exercised].sort()).toEqual(Object.keys(csssEndpoints).sort());
    expect(Object.keys(cases).sort()).toEqual(Object.keys(csssEndpoints).sort());
  });
});
