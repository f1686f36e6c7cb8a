import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EsimOrderStatusDocument,
  EsimPreOrderDocument,
  ReportEsimPaymentDocument,
  WatchEsimOrderDocument,
} from '../../../examples/generated/operations.js';
import { SANDBOX_CREDENTIALS } from '../../../src/config.js';
import { createFmsSandbox } from '../../../src/sandbox/fms/family.js';
import { SANDBOX_PATHS } from '../../../src/sandbox/families.js';
import type { Sandbox } from '../../../src/sandbox/server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { startTestSandbox } from '../../support/sandbox.js';
import { follow, signUp, wsClient, type EsimUser } from './esim-world.js';

/**
 * The pre-order payment window, against an FMS sandbox whose clock the test moves: a gateway pointed at it by URL
 * (so only FMS is configured), with the same timeout on both sides.
 */
const TIMEOUT_MINUTES = 10;
const MINUTE = 60_000;
const START = Date.parse('2025-03-01T00:00:00.000Z');

let now = START;
let sandbox: Sandbox;
let t: TestGateway;
let ana: EsimUser;
let client: Client;

beforeAll(async () => {
  const fms = createFmsSandbox({
    partnerCode: SANDBOX_CREDENTIALS.fmsPartnerCode,
    preOrderTimeoutMinutes: TIMEOUT_MINUTES,
    now: () => now,
    qrReadyAfterMs: 0,
  });
  sandbox = await startTestSandbox({ families: [fms] });
  t = await startTestGateway({
    LINKSFIELD_BASE_URL: sandbox.url,
    GATEWAY_AUTH: 'none',
    LINKSFIELD_ACCESS_CODE: SANDBOX_CREDENTIALS.accessCode,
    LINKSFIELD_SECRET: SANDBOX_CREDENTIALS.secret,
    LINKSFIELD_NOTIFY_SECRET: SANDBOX_CREDENTIALS.notifySecret,
    FMS_BASE_URL: sandbox.url + SANDBOX_PATHS.fms,
    FMS_PARTNER_CODE: SANDBOX_CREDENTIALS.fmsPartnerCode,
    FMS_PREORDER_TIMEOUT_MINUTES: String(TIMEOUT_MINUTES),
    FMS_ORDER_POLL_MS: '50',
  });
  ana = await signUp(t);
  client = wsClient(t, { esimToken: ana.token });
});
afterAll(async () => {
  await client.dispose();
  await t.close();
  await sandbox.close();
});

async function preOrder(): Promise<{ orderId: string; orderedAt: string | null; expiresAt: string }> {
  const { data, errors } = await ana.execute(EsimPreOrderDocument, {
    input: { packageId: '1000001', currency: 'USD' },
  });
  if (errors) throw new Error(JSON.stringify(errors));
  return data!.esimPreOrder!.preOrder;
}

const pay = (orderId: string) =>
  ana.execute(ReportEsimPaymentDocument, {
    input: {
      orderId,
      outcome: 'SUCCEEDED',
      amount: { amount: '5', currency: 'USD' },
      paidAt: new Date(now).toISOString(),
    },
  });

describe('the pre-order payment window', () => {
  it('is shown as expiresAt: the order time plus FMS_PREORDER_TIMEOUT_MINUTES', async () => {
    const order = await preOrder();
    expect(order.orderedAt).toBe(new Date(now).toISOString());
    expect(order.expiresAt).toBe(new Date(now + TIMEOUT_MINUTES * MINUTE).toISOString());
  });

  it('takes a payment reported just before expiresAt', async () => {
    const order = await preOrder();
    now = Date.parse(order.expiresAt) - 1_000;
    const { errors, data } = await pay(order.orderId);
    expect(errors).toBeUndefined();
    expect(data!.reportEsimPayment!.order!.status).toBe('PAID');
  });

  it('refuses a payment reported after it with PREORDER_EXPIRED (FMS 6006); the order is CANCELLED, and its subscription says so and completes', async () => {
    const order = await preOrder();
    const watcher = follow(client, WatchEsimOrderDocument, { orderId: order.orderId });
    await watcher.received(1);
    now = Date.parse(order.expiresAt) + 1_000;
    expect(await watcher.ended).toBeNull();
    expect(watcher.values.map((value) => value.esimOrder.status)).toEqual(['WAITING_FOR_PAYMENT', 'CANCELLED']);

    const late = await pay(order.orderId);
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'PREORDER_EXPIRED',
      upstreamCode: '6006',
      endpoint: 'fms.reportPayment',
    });
    const status = await ana.execute(EsimOrderStatusDocument, { orderId: order.orderId });
    expect(status.data!.esimOrder).toEqual({ orderId: order.orderId, status: 'CANCELLED', qrCode: null });
  });
});
