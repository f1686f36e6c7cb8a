import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  BulkOrderPlanDocument,
  CancelOrderDocument,
  EnableOrderDocument,
  EndOrderEarlyDocument,
  OrderOtaPlanDocument,
  OrderPlanDocument,
  RenewOrderDocument,
  ResumeOrderDocument,
  SendSmsDocument,
  SimHistoryDocument,
  SimOverviewDocument,
  SuspendOrderDocument,
} from '../../../examples/generated/operations.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

let t: TestGateway;
let iccids: string[];
/** SIMs with no order in use, so a new order may be enabled. */
let idle: string[];
let monthlyPlan: string;

beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: '60', UPSTREAM_TIMEOUT_MS: '300' });
  iccids = t.sandbox.csss.state.sims
    .filter((sim) => sim.lifecycle === SimLifecycle.ACTIVE && !sim.ota)
    .map((sim) => sim.iccid);
  const { state } = t.sandbox.csss;
  idle = state.sims
    .filter((sim) => sim.lifecycle !== SimLifecycle.DEACTIVATED && !sim.ota && !state.orders.inUse(sim.iccid))
    .map((sim) => sim.iccid);
  monthlyPlan = t.sandbox.csss.state.plans.find((plan) => plan.type === 'MONTHLY' && !plan.ota)!.code;
});
afterAll(() => t.close());
beforeEach(() => {
  t.sandbox.resetCalls();
  t.sandbox.clearFaults();
});

const order = (iccid: string, idempotencyKey?: string, periods = 1) =>
  t.execute(OrderPlanDocument, { input: { iccid, planCode: monthlyPlan, periods }, idempotencyKey });

describe('ordering a plan', () => {
  it('places an order with the plan name and type taken from the catalogue', async () => {
    const { data, errors } = await order(iccids[0]);
    expect(errors).toBeUndefined();
    const placed = t.sandbox.csss.state.orders.get(data!.orderPlan!.orderId)!;
    expect(placed).toMatchObject({ iccid: iccids[0], planCode: monthlyPlan });
    expect(data!.orderPlan!.order).toMatchObject({ id: placed.id, status: 'NOT_ENABLED' });
  });

  it('refuses an unknown plan and an impossible period before any upstream write', async () => {
    const unknown = await t.execute(OrderPlanDocument, { input: { iccid: iccids[0], planCode: 'DP0' } });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const zero = await order(iccids[0], undefined, 0);
    expect(zero.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(t.sandbox.calls('csss.orderPlan')).toBe(0);
  });

  it('returns the first result for a repeated idempotency key, with no second upstream call', async () => {
    const first = await order(iccids[1], 'order-once-1');
    const again = await order(iccids[1], 'order-once-1');
    expect(again.data!.orderPlan!.orderId).toBe(first.data!.orderPlan!.orderId);
    expect(t.sandbox.calls('csss.orderPlan')).toBe(1);
    const different = await order(iccids[2], 'order-once-1');
    expect(different.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(t.sandbox.calls('csss.orderPlan')).toBe(1);
  });

  it('sends concurrent repeats of one key upstream once', async () => {
    const results = await Promise.all([
      order(iccids[3], 'order-race'),
      order(iccids[3], 'order-race'),
      order(iccids[3], 'order-race'),
    ]);
    expect(new Set(results.map((result) => result.data!.orderPlan!.orderId)).size).toBe(1);
    expect(t.sandbox.calls('csss.orderPlan')).toBe(1);
  });

  it('never retries a write: a 503 surfaces after exactly one upstream call', async () => {
    t.sandbox.inject({ endpoint: 'csss.orderPlan', kind: 'http-503' });
    const { errors } = await order(iccids[4]);
    expect(errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(t.sandbox.calls('csss.orderPlan')).toBe(1);
  });

  it('refuses to repeat a write whose first attempt timed out', async () => {
    t.sandbox.inject({ endpoint: 'csss.orderPlan', kind: 'timeout' });
    const first = await order(iccids[5], 'order-timeout');
    expect(first.errors?.[0].extensions?.code).toBe('UPSTREAM_TIMEOUT');
    const again = await order(iccids[5], 'order-timeout');
    expect(again.errors?.[0].extensions?.code).toBe('OUTCOME_UNKNOWN');
    expect(t.sandbox.calls('csss.orderPlan')).toBe(1);
  });

  it('surfaces an upstream business error with its code', async () => {
    t.sandbox.inject({ endpoint: 'csss.orderPlan', kind: 'business', code: '9999' });
    const { errors } = await order(iccids[6]);
    expect(errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_ERROR', upstreamCode: '9999' });
  });
});

describe('an order through its life', () => {
  it('is enabled, renewed, suspended, resumed and ended early', async () => {
    const placed = await order(idle[0]);
    const orderId = placed.data!.orderPlan!.orderId;
    const enabled = await t.execute(EnableOrderDocument, { input: { orderId } });
    expect(enabled.data!.enableOrder!.order!.status).toBe('IN_USE');
    expect(enabled.data!.enableOrder!.startsAt).not.toBeNull();
    const renewed = await t.execute(RenewOrderDocument, { input: { orderId, periods: 2 } });
    expect(Date.parse(renewed.data!.renewOrder!.expiresAt!)).toBeGreaterThan(
      Date.parse(enabled.data!.enableOrder!.expiresAt!),
    );
    expect((await t.execute(SuspendOrderDocument, { input: { orderId } })).data!.suspendOrder!.order!.status).toBe(
      'PAUSED',
    );
    expect((await t.execute(ResumeOrderDocument, { input: { orderId } })).data!.resumeOrder!.order!.status).toBe(
      'IN_USE',
    );
    expect((await t.execute(EndOrderEarlyDocument, { input: { orderId } })).data!.endOrderEarly!.order!.status).toBe(
      'ENDED',
    );
  });

  it('is cancelled once; a second cancel is a failed precondition', async () => {
    const orderId = (await order(idle[1])).data!.orderPlan!.orderId;
    expect((await t.execute(CancelOrderDocument, { input: { orderId } })).data!.cancelOrder!.order!.status).toBe(
      'CANCELLED',
    );
    const again = await t.execute(CancelOrderDocument, { input: { orderId } });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'FAILED_PRECONDITION', upstreamCode: '3001' });
  });
});

describe('bulk and OTA orders', () => {
  it('orders one plan for several SIMs in one upstream call', async () => {
    const { data, errors } = await t.execute(BulkOrderPlanDocument, {
      input: { iccids: iccids.slice(9, 12), planCode: monthlyPlan },
    });
    expect(errors).toBeUndefined();
    expect(data!.bulkOrderPlan!.placements.map((placement) => placement.iccid)).toEqual(iccids.slice(9, 12));
    expect(t.sandbox.calls('csss.bulkOrderPlan')).toBe(1);
  });

  it('orders nothing when one SIM of the batch fails the preconditions', async () => {
    const deactivated = t.sandbox.csss.state.sims.find((sim) => sim.lifecycle === SimLifecycle.DEACTIVATED)!.iccid;
    const before = [...t.sandbox.csss.state.orders.all()].length;
    const { errors } = await t.execute(BulkOrderPlanDocument, {
      input: { iccids: [iccids[12], deactivated], planCode: monthlyPlan },
    });
    expect(errors?.[0].extensions).toMatchObject({ code: 'FAILED_PRECONDITION', upstreamCode: '3002' });
    expect([...t.sandbox.csss.state.orders.all()].length).toBe(before);
  });

  it('refuses a batch larger than the upstream limit instead of splitting it', async () => {
    const many = Array.from({ length: 101 }, (_, index) => String(89852000000000000000n + BigInt(index)));
    const { errors } = await t.execute(BulkOrderPlanDocument, { input: { iccids: many, planCode: monthlyPlan } });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(t.sandbox.calls('csss.bulkOrderPlan')).toBe(0);
  });

  it('orders an OTA plan for an OTA SIM', async () => {
    const ota = t.sandbox.csss.state.sims.find((sim) => sim.ota && sim.lifecycle === SimLifecycle.ACTIVE)!.iccid;
    const plan = t.sandbox.csss.state.plans.find((candidate) => candidate.ota)!;
    const { data, errors } = await t.execute(OrderOtaPlanDocument, {
      input: {
        iccid: ota,
        planCode: plan.code,
        days: plan.periodDays,
        payment: { method: 'ALIPAY', state: 'PAID', amount: { amount: plan.price, currency: plan.currency } },
      },
    });
    expect(errors).toBeUndefined();
    expect(t.sandbox.csss.state.orders.get(data!.orderOtaPlan!.orderId)).toMatchObject({
      iccid: ota,
      planCode: plan.code,
    });
  });
});

describe('SMS', () => {
  it('sends text once per idempotency key and validates binary content', async () => {
    const first = await t.execute(SendSmsDocument, {
      input: { iccid: iccids[13], text: 'ping' },
      idempotencyKey: 'sms-1',
    });
    expect(first.errors).toBeUndefined();
    expect(first.data!.sendSms!.message).toMatchObject({ iccid: iccids[13], text: 'ping', encoding: 'TEXT' });
    const again = await t.execute(SendSmsDocument, {
      input: { iccid: iccids[13], text: 'ping' },
      idempotencyKey: 'sms-1',
    });
    expect(again.data!.sendSms!.message.id).toBe(first.data!.sendSms!.message.id);
    expect(t.sandbox.calls('csss.sendSms')).toBe(1);
    const badBinary = await t.execute(SendSmsDocument, {
      input: { iccid: iccids[13], text: 'xyz', encoding: 'BINARY' },
    });
    expect(badBinary.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const binary = await t.execute(SendSmsDocument, {
      input: { iccid: iccids[13], text: '0a0b0c', encoding: 'BINARY' },
    });
    expect(binary.data!.sendSms!.message.encoding).toBe('BINARY');
  });
});

describe('the read cache', () => {
  it('answers a repeated query without upstream calls, and a write on the SIM makes its data stale', async () => {
    const iccid = iccids[14];
    await t.execute(SimOverviewDocument, { iccid });
    await t.execute(SimHistoryDocument, { iccid, date: '2026-11-01', month: '2026-10' });
    t.sandbox.resetCalls();
    await t.execute(SimOverviewDocument, { iccid });
    const history = await t.execute(SimHistoryDocument, { iccid, date: '2026-11-01', month: '2026-10' });
    expect(t.sandbox.calls()).toEqual({});

    await order(iccid);
    t.sandbox.resetCalls();
    const after = await t.execute(SimHistoryDocument, { iccid, date: '2026-11-01', month: '2026-10' });
    expect(after.data!.sim!.orders!.totalCount).toBe(history.data!.sim!.orders!.totalCount + 1);
    expect(t.sandbox.calls('csss.listOrders')).toBeGreaterThan(0);
    expect(t.sandbox.calls('csss.getSim')).toBe(1);
  });
});
