import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EnableOrderDocument,
  OrderDocument,
  OrderPlanDocument,
  OrderStatusChangedDocument,
  SendSmsDocument,
  SmsDeliveryDocument,
} from '../../../examples/generated/operations.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { bodyFor } from '../../unit/events/examples.js';
import { connect, subscribe, watchFeed } from '../../support/subscriber.js';
import { webhook } from './webhook.js';

let t: TestGateway;
let client: Client;
/** Active SIMs with no order in use or paused, so a new order may be enabled. */
let idle: string[];
let monthlyPlan: string;

beforeAll(async () => {
  t = await startTestGateway();
  client = connect(t.url);
  const { state } = t.sandbox.csss;
  idle = state.sims
    .filter((sim) => sim.lifecycle === SimLifecycle.ACTIVE && !sim.ota && !state.orders.current(sim.iccid))
    .map((sim) => sim.iccid);
  monthlyPlan = state.plans.find((plan) => plan.type === 'MONTHLY' && !plan.ota)!.code;
});
afterAll(async () => {
  await client.dispose();
  await t.close();
});

const placeOrder = async (iccid: string) =>
  (await t.execute(OrderPlanDocument, { input: { iccid, planCode: monthlyPlan, periods: 1 } })).data!.orderPlan!
    .orderId;

describe('the built-in sandbox, with no setup', () => {
  it('streams the order changes made through the gateway, each with the order as it is now', async () => {
    const feed = watchFeed(t.gateway);
    const orders = subscribe(client, OrderStatusChangedDocument, { iccids: [idle[0]] });
    await feed.opened(1);

    const orderId = await placeOrder(idle[0]);
    const [created] = await orders.received(1);
    expect(created.data!.orderStatusChanged).toMatchObject({
      iccid: idle[0],
      orderId,
      change: 'CREATED',
      order: { id: orderId, status: 'NOT_ENABLED' },
    });

    expect((await t.execute(EnableOrderDocument, { input: { orderId } })).errors).toBeUndefined();
    const [, enabled] = await orders.received(2);
    expect(enabled.data!.orderStatusChanged).toMatchObject({
      iccid: idle[0],
      orderId,
      change: 'ENABLED',
      order: { id: orderId, status: 'IN_USE' },
    });
    orders.unsubscribe();
  });

  it('reports the delivery of an SMS sent through the gateway', async () => {
    const feed = watchFeed(t.gateway);
    const deliveries = subscribe(client, SmsDeliveryDocument, { iccids: [idle[1]] });
    await feed.opened(1);

    const sent = await t.execute(SendSmsDocument, { input: { iccid: idle[1], text: 'ping' } });
    const [delivery] = await deliveries.received(1);
    expect(delivery.data!.smsDelivery).toMatchObject({
      iccid: idle[1],
      smsId: sent.data!.sendSms!.message.id,
      status: expect.stringMatching(/^(DELIVERED|FAILED|EXPIRED)$/),
    });
    deliveries.unsubscribe();
  });
});

describe('order status, unsigned as Linksfield sends it (§7.7)', () => {
  it('arrives from the sandbox without a signature, under a URL token the gateway made for it', async () => {
    const token = t.gateway.services.config.webhooks.orderStatusToken!;
    expect(token).toMatch(/^[0-9a-f]{64}$/);
    const before = t.sandbox.notifier.history().length;
    await placeOrder(idle.at(-1)!);
    await t.sandbox.notifier.idle();
    const pushed = t.sandbox.notifier.history().slice(before);
    expect(pushed).toEqual([
      expect.objectContaining({
        kind: 'order-status',
        outcome: 'delivered',
        url: `${t.origin}/webhooks/linksfield/order-status/${token}`,
      }),
    ]);
  });

  it('is refused unsigned without the token, and accepted unsigned with it', async () => {
    const token = t.gateway.services.config.webhooks.orderStatusToken!;
    const body = bodyFor('order-status', idle.at(-2)!);
    expect((await webhook(t, 'order-status', body, { signature: null })).status).toBe(401);
    expect((await webhook(t, 'order-status', body, { signature: null, path: `/${token.slice(1)}x` })).status).toBe(401);
    expect((await webhook(t, 'order-status', body, { signature: null, path: `/${token}` })).status).toBe(200);
  });
});

describe('an order-status notification', () => {
  it('drops the cached order, so the next read goes upstream', async () => {
    const orderId = await placeOrder(idle[2]);
    await t.sandbox.notifier.idle();
    await t.execute(OrderDocument, { id: orderId });
    t.sandbox.resetCalls();
    expect((await t.execute(OrderDocument, { id: orderId })).data!.order!.id).toBe(orderId);
    expect(t.sandbox.calls('csss.listOrders')).toBe(0);

    const body = { ...bodyFor('order-status', idle[2]), order_id: orderId, event_code: '1003' };
    expect((await webhook(t, 'order-status', body)).status).toBe(200);
    expect((await t.execute(OrderDocument, { id: orderId })).data!.order!.id).toBe(orderId);
    expect(t.sandbox.calls('csss.listOrders')).toBe(1);
  });
});
