import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventKind, StoredEvent } from '../../../src/events/event.js';
import { eventFilter } from '../../../src/events/filter.js';
import { createEventPipeline, type EventPipeline } from '../../../src/events/index.js';
import { notificationKinds, type NotificationKind } from '../../../src/upstream/notifications/payloads.js';
import { signNotification } from '../../../src/upstream/notifications/sign.js';
import { bodyFor, DEMO_NOTIFY_SECRET, documentedUplink, DOCUMENTED_UPLINK_SIGNATURE, testConfig } from '../../unit/events/examples.js';
import { nextEvent } from './feed-reader.js';
import { MAX_BODY_BYTES, push, startWebhookServer, type WebhookServer } from './webhook-server.js';

const eventKindOf: Record<NotificationKind, EventKind> = {
  'usage-alert': 'USAGE_ALERT',
  'sms-downlink': 'SMS_DELIVERY',
  'sms-uplink': 'SMS_RECEIVED',
  'order-status': 'ORDER_STATUS_CHANGED',
};

const SIM_X = '89860000000000000001';
const SIM_Y = '89860000000000000002';
const SENTINEL_SIM = '89860000000000000099';

let pipeline: EventPipeline;
let server: WebhookServer;

async function start(options: { requireOrderStatusSignature?: boolean; notifySecret?: string } = {}) {
  pipeline = createEventPipeline(testConfig(), { logger: pino({ level: 'silent' }) });
  server = await startWebhookServer(pipeline.ingest, options);
}

afterEach(async () => {
  await server.close();
  await pipeline.close();
});

const stored = async () => pipeline.log.readAfter(null, 100);

/** Proves nothing reached `events` before: the next event it yields is a fresh, valid push. */
async function expectOnlySentinelNext(events: AsyncIterator<StoredEvent>) {
  expect((await push(server, 'sms-uplink', bodyFor('sms-uplink', SENTINEL_SIM))).status).toBe(200);
  expect((await nextEvent(events)).iccids).toEqual([SENTINEL_SIM]);
}

describe('webhook routes', () => {
  beforeEach(() => start());

  it.each(Object.keys(notificationKinds) as NotificationKind[])('stores a signed %s push and hands it to a subscriber filtered to its SIM', async (kind) => {
    const events = pipeline.feed.subscribe({ filter: eventFilter({ iccids: [SIM_X], kinds: [eventKindOf[kind]] }) });
    const response = await push(server, kind, bodyFor(kind, SIM_X), { deliveryId: '1735689600000000001' });
    expect(response).toEqual({ status: 200, body: {} });
    const event = await nextEvent(events);
    expect(event).toMatchObject({ kind: eventKindOf[kind], iccids: [SIM_X], deliveryId: '1735689600000000001' });
    expect(await stored()).toEqual([event]);
    await events.return?.();
  });

  it('accepts the documented uplink example with its documented signature', async () => {
    await server.close();
    server = await startWebhookServer(pipeline.ingest, { notifySecret: DEMO_NOTIFY_SECRET });
    expect((await push(server, 'sms-uplink', documentedUplink, { signature: DOCUMENTED_UPLINK_SIGNATURE })).status).toBe(200);
    expect(await stored()).toHaveLength(1);
  });

  const usageAlert = bodyFor('usage-alert', SIM_X);
  const uplink = bodyFor('sms-uplink', SIM_X);
  it.each([
    ['a forged signature', 'usage-alert', usageAlert, { secret: 'not-the-secret' }, 401],
    ['no signature', 'usage-alert', usageAlert, { signature: null }, 401],
    ['a tampered body', 'sms-uplink', uplink, { rawBody: JSON.stringify({ ...uplink, text_message: 'tampered' }) }, 401],
    ['malformed JSON', 'sms-uplink', uplink, { rawBody: '{"sim_id": "8986' }, 400],
    ['an empty body', 'sms-uplink', uplink, { rawBody: '' }, 400],
    ['a JSON array', 'sms-uplink', uplink, { rawBody: '[1, 2]' }, 422],
    ['a body of the wrong shape', 'sms-uplink', { ...uplink, received_at: 'yesterday' }, {}, 422],
    ['an oversized body', 'sms-uplink', { ...uplink, text_message: 'x'.repeat(MAX_BODY_BYTES) }, {}, 413],
    ['an unusable delivery id', 'sms-uplink', uplink, { deliveryId: 'has spaces in it' }, 400],
  ] as const)('refuses %s and delivers nothing', async (_case, kind, body, options, status) => {
    const events = pipeline.feed.subscribe({ filter: () => true });
    expect((await push(server, kind, body, options)).status).toBe(status);
    await expectOnlySentinelNext(events);
    expect(await stored()).toHaveLength(1);
    await events.return?.();
  });

  it('names the missing field of a wrong-shaped body', async () => {
    const { sim_id: _dropped, ...withoutSim } = uplink;
    expect(await push(server, 'sms-uplink', withoutSim)).toMatchObject({ status: 422, body: { message: 'upstream field sim_id is not a string' } });
  });

  it('acknowledges a repeated delivery id without storing or delivering it again', async () => {
    const events = pipeline.feed.subscribe({ filter: () => true });
    const first = await push(server, 'order-status', bodyFor('order-status', SIM_X), { deliveryId: 'retry-1' });
    const again = await push(server, 'order-status', bodyFor('order-status', SIM_X), { deliveryId: 'retry-1' });
    expect([first, again]).toEqual([{ status: 200, body: {} }, { status: 200, body: {} }]);
    expect((await nextEvent(events)).iccids).toEqual([SIM_X]);
    await expectOnlySentinelNext(events);
    expect(await stored()).toHaveLength(2);
    await events.return?.();
  });

  it('replays what a resuming subscriber missed, then goes live, with no gap or duplicate', async () => {
    for (const sim of [SIM_X, SIM_Y, SIM_X]) await push(server, 'sms-uplink', bodyFor('sms-uplink', sim));
    const [first, second, third] = await stored();
    const events = pipeline.feed.subscribe({ after: first.id, filter: () => true });
    const replayed = await nextEvent(events);
    // Pushed while the replay is under way: it must come exactly once, after the replayed ones.
    await push(server, 'sms-uplink', bodyFor('sms-uplink', SIM_Y));
    const rest = [await nextEvent(events), await nextEvent(events)];
    expect([replayed, ...rest].map((event) => event.id)).toEqual([second.id, third.id, (await stored())[3].id]);
    await expectOnlySentinelNext(events);
    await events.return?.();
  });

  it('refuses an unsigned order-status push while signatures are required', async () => {
    expect((await push(server, 'order-status', bodyFor('order-status', SIM_X), { signature: null, deliveryId: null })).status).toBe(401);
    expect(await stored()).toEqual([]);
  });
});

describe('webhook routes accepting unsigned order-status pushes', () => {
  beforeEach(() => start({ requireOrderStatusSignature: false }));

  it('stores an unsigned order-status push, even without a delivery id', async () => {
    const body = bodyFor('order-status', SIM_X);
    expect((await push(server, 'order-status', body, { signature: null, deliveryId: null })).status).toBe(200);
    expect(await stored()).toMatchObject([{ kind: 'ORDER_STATUS_CHANGED', deliveryId: null }]);
  });

  it('still refuses a wrong signature on order-status, and unsigned pushes of other kinds', async () => {
    const body = bodyFor('order-status', SIM_X);
    expect((await push(server, 'order-status', body, { signature: signNotification(body, 'not-the-secret') })).status).toBe(401);
    expect((await push(server, 'usage-alert', bodyFor('usage-alert', SIM_X), { signature: null })).status).toBe(401);
    expect(await stored()).toEqual([]);
  });
});
