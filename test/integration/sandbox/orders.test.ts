import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CsssClient } from '../../../src/upstream/csss/client.js';
import { OrderStatus, PaymentState, PlanType, SimLifecycle } from '../../../src/upstream/csss/enums.js';
import type { PlanPurchase } from '../../../src/upstream/csss/model.js';
import { UpstreamError } from '../../../src/upstream/errors.js';
import type { Sandbox } from '../../../src/sandbox/server.js';
import { csssClientFor, startTestSandbox } from '../../support/sandbox.js';
import { startReceiver, type Receiver } from './webhook-receiver.js';

/** The order state machine over HTTP, on a sandbox whose clock the test moves (the client shares it). */
let clock = Date.now();
let sandbox: Sandbox;
let client: CsssClient;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  sandbox = await startTestSandbox({ now: () => clock, notifyUrl: receiver.url, tickMs: 0 });
  client = csssClientFor(sandbox, { now: () => clock });
});

afterAll(async () => {
  await client.close();
  await sandbox.close();
  await receiver.close();
});

const purchase: PlanPurchase = {
  planCode: 'DP20230101000002',
  planName: 'China 100 MB daily',
  planType: PlanType.DAILY,
  periods: 3,
  enableNow: false,
  paymentState: PaymentState.PAID,
  amount: '0.60',
  hostNumber: false,
};

async function refused(call: Promise<unknown>): Promise<string | undefined> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return (error as UpstreamError).upstreamCode;
}

async function status(orderId: string): Promise<OrderStatus> {
  const page = await client.call('listOrders', { orderId, page: 1, pageSize: 1 });
  expect(page.items).toHaveLength(1);
  return page.items[0].status;
}

async function events(orderId: string): Promise<string[]> {
  await sandbox.notifier.idle();
  return receiver
    .ofKind('order-status')
    .filter((push) => push.body.order_id === orderId)
    .map((push) => String(push.body.event_code));
}

const freeSim = () =>
  sandbox.csss.state.findSim(
    (sim) =>
      sim.lifecycle === SimLifecycle.ACTIVE &&
      !sandbox.csss.state.orders.forSim(sim.iccid).some((order) => order.status !== OrderStatus.ENDED),
  )!;

describe('order lifecycle over HTTP', () => {
  it('refuses forbidden transitions with 3001 as FAILED_PRECONDITION', async () => {
    const sim = freeSim();
    const { orderId } = await client.call('orderPlan', { iccid: sim.iccid, ...purchase });
    expect(await status(orderId)).toBe(OrderStatus.NOT_ENABLED);
    await expect(client.call('suspendOrder', { orderId })).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      upstreamCode: '3001',
    });
    expect(await refused(client.call('resumeOrder', { orderId }))).toBe('3001');
    expect(await refused(client.call('endOrderEarly', { orderId }))).toBe('3001');
    await client.call('cancelOrder', { orderId });
    expect(await status(orderId)).toBe(OrderStatus.CANCELLED);
    for (const change of ['enableOrder', 'cancelOrder', 'endOrderEarly'] as const)
      expect(await refused(client.call(change, { orderId }))).toBe('3001');
    expect(await refused(client.call('renewOrder', { orderId, periods: 1 }))).toBe('3001');
    expect(await events(orderId)).toEqual(['1000', '1002']);
  });

  it('refuses to enable a second order on a SIM with one in use, and queues one placed with is_open=1', async () => {
    const sim = freeSim();
    const first = await client.call('orderPlan', { iccid: sim.iccid, ...purchase, enableNow: true });
    expect(first.startsAt).toBeInstanceOf(Date);
    const second = await client.call('orderPlan', { iccid: sim.iccid, ...purchase });
    expect(await refused(client.call('enableOrder', { orderId: second.orderId }))).toBe('3001');
    const queued = await client.call('orderPlan', { iccid: sim.iccid, ...purchase, enableNow: true });
    expect(queued.startsAt).toBeNull();
    await client.call('endOrderEarly', { orderId: first.orderId });
    expect(await status(queued.orderId)).toBe(OrderStatus.IN_USE);
    expect(await status(second.orderId)).toBe(OrderStatus.NOT_ENABLED);
    expect(await events(queued.orderId)).toEqual(['1000', '1005']);
  });

  it('ends an order at its expiry (1008) as the clock passes it, and usage stops growing', async () => {
    const sim = freeSim();
    const { orderId, expiresAt } = await client.call('orderPlan', { iccid: sim.iccid, ...purchase, enableNow: true });
    clock += 3_600_000;
    const used = (await client.call('getUsage', { iccid: sim.iccid })).usedBytes;
    expect(used).toBeGreaterThan(0);
    clock = expiresAt!.getTime() + 60_000;
    expect(await status(orderId)).toBe(OrderStatus.ENDED);
    expect(await events(orderId)).toEqual(['1000', '1005', '1008']);
    const after = await client.call('getUsage', { iccid: sim.iccid });
    expect(after.orderId).toBeNull();
    expect((await client.call('getSim', { iccid: sim.iccid })).activeOrderId).toBeNull();
    const order = sandbox.csss.state.orders.get(orderId)!;
    const final = sandbox.csss.state.usage.orderUsed(order);
    expect(final).toBeGreaterThan(used);
    clock += 5 * 86_400_000;
    expect(sandbox.csss.state.usage.orderUsed(order)).toBe(final);
    const month = new Date(expiresAt!.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);
    const monthly = await client.call('listMonthlyUsage', { month, iccids: [sim.iccid], page: 1, pageSize: 10 });
    expect(monthly.items).toEqual([{ iccid: sim.iccid, month, usedBytes: expect.any(Number) }]);
  });

  it('renews an in-use order with 1009 and a not-enabled one silently', async () => {
    const sim = freeSim();
    const live = await client.call('orderPlan', { iccid: sim.iccid, ...purchase, enableNow: true });
    const renewed = await client.call('renewOrder', { orderId: live.orderId, periods: 2 });
    expect(renewed.expiresAt!.getTime() - live.expiresAt!.getTime()).toBe(2 * 86_400_000);
    const idle = await client.call('orderPlan', { iccid: sim.iccid, ...purchase });
    const silent = await client.call('renewOrder', { orderId: idle.orderId, periods: 1 });
    expect(silent.expiresAt).toBeNull();
    expect(await events(live.orderId)).toEqual(['1000', '1005', '1009']);
    expect(await events(idle.orderId)).toEqual(['1000']);
  });
});
