import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../../../src/config.js';
import type { CsssClient } from '../../../src/upstream/csss/client.js';
import { SimLifecycle, SmsEncoding } from '../../../src/upstream/csss/enums.js';
import { verifyNotification } from '../../../src/upstream/notifications/sign.js';
import type { Sandbox } from '../../../src/sandbox/server.js';
import { csssClientFor, paidPurchase, startTestSandbox } from '../../support/sandbox.js';
import { startReceiver, type Receiver } from './webhook-receiver.js';

let receiver: Receiver;
let sandbox: Sandbox;
let client: CsssClient;

beforeAll(async () => {
  receiver = await startReceiver();
  sandbox = await startTestSandbox({
    notifyUrl: receiver.url,
    sms: { reportDelayMs: 10, failEvery: 4, replyEvery: 3 },
  });
  client = csssClientFor(sandbox);
});

beforeEach(() => {
  receiver.received.length = 0;
});

afterEach(async () => {
  await sandbox.notifier.idle();
});

afterAll(async () => {
  await client.close();
  await sandbox.close();
  await receiver.close();
});

const secret = SANDBOX_CREDENTIALS.notifySecret;
const purchase = paidPurchase();

function expectSigned(entries: { headers: Record<string, unknown>; body: Record<string, unknown> }[]): void {
  for (const entry of entries) {
    expect(entry.headers['content-type']).toBe('application/json');
    expect(verifyNotification(entry.body, entry.headers['x-lf-md5'] as string, secret)).toBe(true);
    expect(verifyNotification(entry.body, entry.headers['x-lf-md5'] as string, 'wrong-secret')).toBe(false);
    expect(entry.headers['x-lf-delivery']).toMatch(/^\d{15,19}$/);
  }
}

describe('order-status notifications', () => {
  it('pushes a signed body for every state change, in order, with unique delivery ids', async () => {
    const sim = sandbox.csss.state.findSim(
      (each) => each.lifecycle === SimLifecycle.ACTIVE && !sandbox.csss.state.orders.current(each.iccid),
    )!;
    const { orderId } = await client.call('orderPlan', { iccid: sim.iccid, ...purchase });
    await client.call('enableOrder', { orderId });
    await client.call('suspendOrder', { orderId });
    await client.call('resumeOrder', { orderId });
    await client.call('renewOrder', { orderId, periods: 1 });
    await client.call('endOrderEarly', { orderId });
    await sandbox.notifier.idle();
    const pushes = receiver.ofKind('order-status');
    expect(pushes.map((push) => push.body.event_code)).toEqual(['1000', '1005', '1003', '1004', '1009', '1001']);
    expectSigned(pushes);
    expect(pushes[0].body).toEqual({
      partner_code: SANDBOX_CREDENTIALS.accessCode,
      sim_id: sim.iccid,
      imsi: sim.imsi,
      order_id: orderId,
      event_code: '1000',
      event_time: expect.stringMatching(/^\d{13}$/),
    });
    expect(new Set(pushes.map((push) => push.headers['x-lf-delivery'])).size).toBe(pushes.length);
  });

  it('pushes nothing for a refused change', async () => {
    const order = sandbox.csss.state.orders.inUse(sandbox.csss.state.sims[0].iccid)!;
    await expect(client.call('cancelOrder', { orderId: order.id })).rejects.toMatchObject({ upstreamCode: '3001' });
    await sandbox.notifier.idle();
    expect(receiver.ofKind('order-status')).toEqual([]);
  });
});

describe('SMS notifications', () => {
  it('follows each send with a downlink report, some failed, and every third delivered send with a reply', async () => {
    const sim = sandbox.csss.state.sims[0];
    const before = sandbox.csss.state.sms.count;
    const sent = [];
    for (let i = 0; i < 6; i++)
      sent.push(await client.call('sendSms', { iccid: sim.iccid, text: `ping ${i}`, encoding: SmsEncoding.TEXT }));
    await sandbox.notifier.idle();
    const downlinks = receiver.ofKind('sms-downlink');
    expect(downlinks.map((push) => push.body.sms_id)).toEqual(sent.map((sms) => sms.smsId));
    const expectedStatus = sent.map((_sms, i) => ((before + i + 1) % 4 === 0 ? '2' : '1'));
    expect(downlinks.map((push) => push.body.status)).toEqual(expectedStatus);
    for (const push of downlinks) {
      expect(push.body).toMatchObject({
        partner_code: SANDBOX_CREDENTIALS.accessCode,
        sim_id: sim.iccid,
        imsi: sim.imsi,
      });
      expect(push.body.error_msg === '').toBe(push.body.status === '1');
    }
    const replies = sent.filter((_sms, i) => (before + i + 1) % 4 !== 0 && (before + i + 1) % 3 === 0).length;
    const uplinks = receiver.ofKind('sms-uplink');
    expect(uplinks).toHaveLength(replies);
    expect(replies).toBeGreaterThan(0);
    for (const push of uplinks)
      expect(push.body).toMatchObject({
        sim_id: sim.iccid,
        imsi: sim.imsi,
        message_type: 'Text',
        text_message: expect.stringMatching(/^ACK ping \d$/),
      });
    expectSigned([...downlinks, ...uplinks]);
  });
});

describe('usage alerts', () => {
  it('pushes a signed §7.3 body on demand through the control API', async () => {
    const iccids = sandbox.csss.state.sims.slice(0, 3).map((sim) => sim.iccid);
    const response = await fetch(`${sandbox.url}/_sandbox/usage-alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ iccids, warningCode: '2' }),
    });
    expect(response.status).toBe(202);
    await sandbox.notifier.idle();
    const [push] = receiver.ofKind('usage-alert');
    expect((push.body.devices as { deviceId: string }[]).map((device) => device.deviceId)).toEqual(iccids);
    expectSigned([push]);
  });
});

describe('delivery retries', () => {
  it('retries a failing receiver with the same delivery id until it answers 200', async () => {
    receiver.failNext(500, 503);
    const before = sandbox.notifier.stats();
    sandbox.sendUsageAlert([sandbox.csss.state.sims[1].iccid], '1');
    await sandbox.notifier.idle();
    const attempts = receiver.ofKind('usage-alert');
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((attempt) => attempt.headers['x-lf-delivery'])).size).toBe(1);
    expect(new Set(attempts.map((attempt) => attempt.headers['x-lf-md5'])).size).toBe(1);
    const after = sandbox.notifier.stats();
    expect(after.delivered - before.delivered).toBe(1);
    expect(after.retries - before.retries).toBe(2);
    expect(sandbox.notifier.history().at(-1)).toMatchObject({ kind: 'usage-alert', attempts: 3, outcome: 'delivered' });
  });

  it('keeps deliveries to one URL in order while the head is retried', async () => {
    receiver.failNext(500);
    sandbox.sendUsageAlert([sandbox.csss.state.sims[1].iccid], '1');
    sandbox.sendUsageAlert([sandbox.csss.state.sims[2].iccid], '1');
    await sandbox.notifier.idle();
    const ids = receiver.ofKind('usage-alert').map((push) => (push.body.devices as { deviceId: string }[])[0].deviceId);
    expect(ids).toEqual([
      sandbox.csss.state.sims[1].iccid,
      sandbox.csss.state.sims[1].iccid,
      sandbox.csss.state.sims[2].iccid,
    ]);
  });

  it('gives up after the bounded number of tries', async () => {
    const stubborn = await startTestSandbox({
      sims: 5,
      notifyUrl: receiver.url,
      notifier: { maxAttempts: 3, initialDelayMs: 5 },
    });
    receiver.failNext(500, 500, 500);
    stubborn.sendUsageAlert([stubborn.csss.state.sims[0].iccid], '1');
    await stubborn.notifier.idle();
    expect(receiver.ofKind('usage-alert')).toHaveLength(3);
    expect(stubborn.notifier.stats()).toMatchObject({ delivered: 0, failed: 1, retries: 2, pending: 0 });
    await stubborn.close();
  });

  it('drops pushes when no URL is set or the queue is full, and close() never waits for an unreachable receiver', async () => {
    const quiet = await startTestSandbox({ sims: 5 });
    quiet.sendUsageAlert([quiet.csss.state.sims[0].iccid], '1');
    expect(quiet.notifier.stats()).toMatchObject({ dropped: 1, pending: 0 });
    const bounded = await startTestSandbox({
      sims: 5,
      notifyUrl: 'http://127.0.0.1:9/hooks',
      notifier: { maxQueue: 2, initialDelayMs: 1_000 },
    });
    for (let i = 0; i < 4; i++) bounded.sendUsageAlert([bounded.csss.state.sims[0].iccid], '1');
    expect(bounded.notifier.stats()).toMatchObject({ dropped: 2, pending: 2 });
    const started = performance.now();
    await Promise.all([quiet.close(), bounded.close()]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('unsigned order-status pushes (§7.7 says signing is not implemented yet)', () => {
  it('can leave x-lf-md5 off order-status pushes only', async () => {
    const loose = await startTestSandbox({
      sims: 10,
      notifyUrl: receiver.url,
      notifier: { unsignedKinds: ['order-status'] },
    });
    const looseClient = csssClientFor(loose);
    const sim = loose.csss.state.findSim((each) => each.lifecycle === SimLifecycle.ACTIVE)!;
    await looseClient.call('orderPlan', { iccid: sim.iccid, ...purchase });
    loose.sendUsageAlert([sim.iccid], '1');
    await loose.notifier.idle();
    expect(receiver.ofKind('order-status')[0].headers['x-lf-md5']).toBeUndefined();
    expect(receiver.ofKind('order-status')[0].headers['x-lf-delivery']).toBeDefined();
    expect(receiver.ofKind('usage-alert')[0].headers['x-lf-md5']).toBeDefined();
    await looseClient.close();
    await loose.close();
  });
});
