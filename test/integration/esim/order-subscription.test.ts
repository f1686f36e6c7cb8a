import type { Client } from 'graphql-ws';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import {
  EsimPreOrderDocument,
  ReportEsimPaymentDocument,
  WatchEsimOrderDocument,
} from '../../../examples/generated/operations.js';
import { esimOrderPollers } from '../../../src/graph/esim/order.subscription.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { follow, signUp, wsClient, type EsimUser } from './esim-world.js';

/** The `esimOrder` subscription: one upstream poller per order and user, pushes in order, and nothing polled after. */

const CHINA_1GB = '1000001';
const POLL_MS = 50;

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

function connect(t: TestGateway, user?: EsimUser): Client {
  const client = wsClient(t, user ? { esimToken: user.token } : undefined);
  clients.push(client);
  return client;
}

async function preOrder(user: EsimUser): Promise<string> {
  const { data, errors } = await user.execute(EsimPreOrderDocument, {
    input: { packageId: CHINA_1GB, currency: 'USD' },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.esimPreOrder!.preOrder.orderId;
}

const pay = (user: EsimUser, orderId: string) =>
  user.execute(ReportEsimPaymentDocument, {
    input: {
      orderId,
      outcome: 'SUCCEEDED',
      amount: { amount: '5', currency: 'USD' },
      paidAt: new Date().toISOString(),
    },
  });

/** `count` subscribers of the user, each on its own WebSocket, once each has the order's first status. */
async function watch(t: TestGateway, user: EsimUser, orderId: string, count: number) {
  const watchers = Array.from({ length: count }, () => follow(connect(t, user), WatchEsimOrderDocument, { orderId }));
  await Promise.all(watchers.map((watcher) => watcher.received(1)));
  return watchers;
}

/** Waits a few poll intervals: long enough for a running poller to have called upstream again. */
const quiet = () => new Promise((resolve) => setTimeout(resolve, POLL_MS * 8));

describe('with a fast poller', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ FMS_ORDER_POLL_MS: String(POLL_MS) });
  });
  afterAll(() => t.close());

  it('pushes the status to every subscriber, in order, ending with the QR code, then completes and stops polling', async () => {
    const ana = await signUp(t);
    const orderId = await preOrder(ana);
    const watchers = await watch(t, ana, orderId, 3);
    expect(esimOrderPollers(t.gateway.services).size).toBe(1);

    expect((await pay(ana, orderId)).errors).toBeUndefined();
    expect(await Promise.all(watchers.map((watcher) => watcher.ended))).toEqual([null, null, null]);
    for (const { values } of watchers) {
      expect(values.map((value) => value.esimOrder.status)).toEqual(['WAITING_FOR_PAYMENT', 'PAID']);
      expect(values[0].esimOrder).toEqual({ orderId, status: 'WAITING_FOR_PAYMENT', qrCode: null });
      expect(values[1].esimOrder.qrCode).toMatch(/^LPA:1\$/);
      expect(JSON.stringify(values)).not.toContain(ana.token);
    }
    expect(esimOrderPollers(t.gateway.services).size).toBe(0);
    const calls = t.sandbox.calls('fms.getOrderStatus');
    await quiet();
    expect(t.sandbox.calls('fms.getOrderStatus')).toBe(calls);
  });

  it('keeps polling while one subscriber is left, and stops when the last one unsubscribes', async () => {
    const bo = await signUp(t);
    const orderId = await preOrder(bo);
    const [first, second] = await watch(t, bo, orderId, 2);
    first.unsubscribe();
    const before = t.sandbox.calls('fms.getOrderStatus');
    await vi.waitFor(() => expect(t.sandbox.calls('fms.getOrderStatus')).toBeGreaterThan(before + 2), {
      timeout: 5_000,
      interval: 10,
    });
    expect(esimOrderPollers(t.gateway.services).size).toBe(1);

    second.unsubscribe();
    await vi.waitFor(() => expect(esimOrderPollers(t.gateway.services).size).toBe(0), { timeout: 5_000, interval: 10 });
    await quiet();
    const after = t.sandbox.calls('fms.getOrderStatus');
    await quiet();
    expect(t.sandbox.calls('fms.getOrderStatus')).toBe(after);
  });

  it("gives each user their own poller: another user's subscription to the same order id fails with NOT_FOUND", async () => {
    const [carla, dana] = await Promise.all([signUp(t), signUp(t)]);
    const orderId = await preOrder(carla);
    const [own] = await watch(t, carla, orderId, 1);
    const other = follow(connect(t, dana), WatchEsimOrderDocument, { orderId });
    const errors = await other.ended;
    expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '10008' });
    expect(JSON.stringify(errors)).not.toContain(dana.token);
    expect(esimOrderPollers(t.gateway.services).size).toBe(1);
    own.unsubscribe();
  });

  it('fails a subscription without a token, or with one FMS refuses, before any poller starts', async () => {
    const missing = await follow(connect(t), WatchEsimOrderDocument, { orderId: '1055200001' }).ended;
    expect(missing?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(missing?.[0].message).toContain('connectionParams.esimToken');
    const client = wsClient(t, { esimToken: 'no-such-token' });
    clients.push(client);
    const refused = await follow(client, WatchEsimOrderDocument, { orderId: '1055200001' }).ended;
    expect(refused?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', upstreamCode: '7' });
    expect(esimOrderPollers(t.gateway.services).size).toBe(0);
  });

  it('also takes the token from the x-esim-token header of the WebSocket upgrade', async () => {
    const erin = await signUp(t);
    const orderId = await preOrder(erin);
    const WithHeader = class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { 'x-esim-token': erin.token } });
      }
    };
    const client = wsClient(t, undefined, WithHeader);
    clients.push(client);
    const watcher = follow(client, WatchEsimOrderDocument, { orderId });
    await watcher.received(1);
    expect(watcher.values[0].esimOrder.status).toBe('WAITING_FOR_PAYMENT');
    watcher.unsubscribe();
  });
});

describe('with a slow poller', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ FMS_ORDER_POLL_MS: '60000' });
  });
  afterAll(() => t.close());

  it('serves three subscribers, and a fourth who joins later, from one upstream read', async () => {
    const ana = await signUp(t);
    const orderId = await preOrder(ana);
    const watchers = await watch(t, ana, orderId, 3);
    const [late] = await watch(t, ana, orderId, 1);
    expect(late.values[0].esimOrder.status).toBe('WAITING_FOR_PAYMENT');
    expect(t.sandbox.calls('fms.getOrderStatus')).toBe(1);
    expect(esimOrderPollers(t.gateway.services).size).toBe(1);
    [...watchers, late].forEach((watcher) => watcher.unsubscribe());
    await vi.waitFor(() => expect(esimOrderPollers(t.gateway.services).size).toBe(0), { timeout: 5_000, interval: 10 });
  });
});
