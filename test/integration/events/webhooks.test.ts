import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventKind, StoredEvent } from '../../../src/events/event.js';
import { eventFilter } from '../../../src/events/filter.js';
import { createEventPipeline, type EventPipeline } from '../../../src/events/index.js';
import { notificationKinds, type NotificationKind } from '../../../src/upstream/notifications/payloads.js';
import { signNotification } from '../../../src/upstream/notifications/sign.js';
import {
  bodyFor,
  DEMO_NOTIFY_SECRET,
  documentedUplink,
  DOCUMENTED_UPLINK_SIGNATURE,
  testConfig,
} from '../../unit/events/examples.js';
import { AddressList } from '../../../src/events/sources.js';
import { MAX_NESTING } from '../../../src/events/webhooks.js';
import { recordingObserver, replayAttackTests } from './attacks.js';
import { nextEvent } from './feed-reader.js';
import { MAX_BODY_BYTES, NOTIFY_SECRET, push, startWebhookServer, type WebhookServer } from './webhook-server.js';

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

async function start(options: { notifySecret?: string } = {}) {
  pipeline = createEventPipeline(testConfig(), { logger: pino({ level: 'silent' }) });
  server = await startWebhookServer(pipeline.ingest, options);
}

afterEach(async () => {
  await server?.close();
  await pipeline?.close();
  [server, pipeline] = [undefined as never, undefined as never];
});

const stored = async () => pipeline.log.readAfter(null, 100);

/** Proves nothing reached `events` before: the next event it yields is a fresh, valid push. */
async function expectOnlySentinelNext(events: AsyncIterator<StoredEvent>) {
  expect((await push(server, 'sms-uplink', bodyFor('sms-uplink', SENTINEL_SIM))).status).toBe(200);
  expect((await nextEvent(events)).iccids).toEqual([SENTINEL_SIM]);
}

describe('webhook routes', () => {
  beforeEach(() => start());

  it.each(Object.keys(notificationKinds) as NotificationKind[])(
    'stores a signed %s push and hands it to a subscriber filtered to its SIM',
    async (kind) => {
      const events = pipeline.feed.subscribe({ filter: eventFilter({ iccids: [SIM_X], kinds: [eventKindOf[kind]] }) });
      const response = await push(server, kind, bodyFor(kind, SIM_X), { deliveryId: '1735689600000000001' });
      expect(response).toEqual({ status: 200, body: {} });
      const event = await nextEvent(events);
      expect(event).toMatchObject({ kind: eventKindOf[kind], iccids: [SIM_X], deliveryId: '1735689600000000001' });
      expect(await stored()).toEqual([event]);
      await events.return?.();
    },
  );

  it('accepts the documented uplink example with its documented signature', async () => {
    await server.close();
    server = await startWebhookServer(pipeline.ingest, { notifySecret: DEMO_NOTIFY_SECRET });
    expect(
      (await push(server, 'sms-uplink', documentedUplink, { signature: DOCUMENTED_UPLINK_SIGNATURE })).status,
    ).toBe(200);
    expect(await stored()).toHaveLength(1);
  });

  it("accepts the overview's uplink example (§7.1), its `2022-01-19T201101` time and partner code included", async () => {
    const overview = {
      imsi: '8900000000000010',
      partner_code: 'P002671',
      received_at: '2022-01-19T201101',
      sim_id: '89000000000001',
      text_message: 'device status: 1234',
    };
    expect((await push(server, 'sms-uplink', overview)).status).toBe(200);
    expect((await stored())[0].payload).toMatchObject({
      occurredAt: new Date('2022-01-19T20:11:01Z'),
      partnerCode: 'P002671',
    });
  });

  it('accepts a usage alert whose expiry it cannot read, keeping the text', async () => {
    expect(
      (
        await push(server, 'usage-alert', {
          devices: [{ deviceId: SIM_X, expireTime: '31/01/2024 23:59', warningCode: '2' }],
        })
      ).status,
    ).toBe(200);
    expect((await stored())[0].payload).toEqual({
      alerts: [{ iccid: SIM_X, warning: 'PLAN_EXPIRING', expiresAt: null, expiresAtText: '31/01/2024 23:59' }],
    });
  });

  const usageAlert = bodyFor('usage-alert', SIM_X);
  const uplink = bodyFor('sms-uplink', SIM_X);
  it.each([
    ['a forged signature', 'usage-alert', usageAlert, { secret: 'not-the-secret' }, 401],
    ['no signature', 'usage-alert', usageAlert, { signature: null }, 401],
    [
      'a tampered body',
      'sms-uplink',
      uplink,
      { rawBody: JSON.stringify({ ...uplink, text_message: 'tampered' }) },
      401,
    ],
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
    expect(await push(server, 'sms-uplink', withoutSim)).toMatchObject({
      status: 422,
      body: { message: 'upstream field sim_id is not a string' },
    });
  });

  it('acknowledges a repeated delivery id without storing or delivering it again', async () => {
    const events = pipeline.feed.subscribe({ filter: () => true });
    const first = await push(server, 'order-status', bodyFor('order-status', SIM_X), { deliveryId: 'retry-1' });
    const again = await push(server, 'order-status', bodyFor('order-status', SIM_X), { deliveryId: 'retry-1' });
    expect([first, again]).toEqual([
      { status: 200, body: {} },
      { status: 200, body: {} },
    ]);
    expect((await nextEvent(events)).iccids).toEqual([SIM_X]);
    await expectOnlySentinelNext(events);
    expect(await stored()).toHaveLength(2);
    await events.return?.();
  });

  it('replays what a resuming subscriber missed, then goes live, with no gap or duplicate', async () => {
    for (const [index, sim] of [SIM_X, SIM_Y, SIM_X].entries())
      await push(server, 'sms-uplink', { ...bodyFor('sms-uplink', sim), text_message: `${index}` });
    const [first, second, third] = await stored();
    const events = pipeline.feed.subscribe({ after: first.id, filter: () => true });
    const replayed = await nextEvent(events);
    // Pushed while the replay is under way: it must come exactly once, after the replayed ones.
    await push(server, 'sms-uplink', { ...bodyFor('sms-uplink', SIM_Y), text_message: 'live' });
    const rest = [await nextEvent(events), await nextEvent(events)];
    expect([replayed, ...rest].map((event) => event.id)).toEqual([second.id, third.id, (await stored())[3].id]);
    await expectOnlySentinelNext(events);
    await events.return?.();
  });
});

describe('refused pushes', () => {
  let logs: string[];
  let recorded: ReturnType<typeof recordingObserver>;
  beforeEach(async () => {
    logs = [];
    recorded = recordingObserver();
    pipeline = createEventPipeline(testConfig(), { logger: pino({ level: 'silent' }) });
    server = await startWebhookServer(pipeline.ingest, { observer: recorded.observer }, { logs });
  });

  const uplink = bodyFor('sms-uplink', SIM_X);
  const signed = (body: Record<string, unknown>) => ({ 'x-lf-md5': signNotification(body, NOTIFY_SECRET) });
  const post = (kind: NotificationKind, rawBody: string | Uint8Array, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/webhooks/linksfield/${kind}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: rawBody,
    });

  it('answers 400, not 401, to a body that is not UTF-8, and 400 to one nested deeper than the bound, before any recursion', async () => {
    const latin1 = Buffer.from(JSON.stringify({ ...uplink, text_message: 'caf\u00e9' }), 'latin1');
    const notUtf8 = await post('sms-uplink', latin1, signed(uplink));
    expect([notUtf8.status, ((await notUtf8.json()) as { message: string }).message]).toEqual([
      400,
      'the body is not UTF-8 text',
    ]);
    const deep = await post(
      'usage-alert',
      `{"devices":${'['.repeat(2_000)}${']'.repeat(2_000)}}`,
      signed({ devices: [] }),
    );
    expect([deep.status, ((await deep.json()) as { message: string }).message]).toEqual([
      400,
      `the body nests arrays and objects deeper than ${MAX_NESTING}`,
    ]);
    // Brackets inside strings do not count.
    const inText = { ...uplink, text_message: '[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{' };
    expect((await push(server, 'sms-uplink', inText)).status).toBe(200);
    expect(recorded.refused).toEqual(['sms-uplink not_utf8', 'usage-alert too_deeply_nested']);
  });

  it('counts every refusal by kind and reason and logs it once, without the body or the signature', async () => {
    const secretText = 'text-that-must-not-be-logged';
    const body = { ...uplink, text_message: secretText };
    const signature = signNotification(body, NOTIFY_SECRET);
    await push(server, 'sms-uplink', body, { secret: 'not-the-secret' });
    await push(server, 'sms-uplink', body, { signature: null });
    await push(server, 'sms-uplink', { ...body, received_at: 'yesterday' });
    await push(server, 'sms-uplink', body, { rawBody: `{"text_message": "${secretText}"` });
    await push(server, 'sms-uplink', { ...body, text_message: secretText.repeat(MAX_BODY_BYTES) });
    await push(server, 'sms-downlink', bodyFor('sms-downlink', SIM_X), { deliveryId: 'has spaces' });
    expect(recorded.refused).toEqual([
      'sms-uplink bad_signature',
      'sms-uplink unsigned',
      'sms-uplink malformed',
      'sms-uplink not_json',
      'sms-uplink body_too_large',
      'sms-downlink bad_delivery_id',
    ]);
    const refusals = logs
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.msg.startsWith('notification refused'));
    expect(refusals.map((entry) => entry.reason)).toEqual(recorded.refused.map((line) => line.split(' ')[1]));
    expect(logs.join('\n')).not.toContain(secretText);
    expect(logs.join('\n')).not.toContain(signature);
  });
});

describe('unsigned order-status pushes', () => {
  const TOKEN = 'tok_0123456789abcdefghijklmnopqrstuv';
  const body = bodyFor('order-status', SIM_X);
  const unsigned = { signature: null, deliveryId: null } as const;
  let recorded: ReturnType<typeof recordingObserver>;

  async function startWith(factor: { token?: string; sources?: string[]; proxies?: string[] }, host?: string) {
    recorded = recordingObserver();
    pipeline = createEventPipeline(testConfig(), { logger: pino({ level: 'silent' }) });
    const secondFactor = {
      token: factor.token ?? null,
      allowedSources: new AddressList(factor.sources ?? []),
      trustedProxies: new AddressList(factor.proxies ?? []),
    };
    server = await startWebhookServer(pipeline.ingest, { secondFactor, observer: recorded.observer }, { host });
  }
  const statuses = async (...pushes: Promise<{ status: number }>[]) =>
    (await Promise.all(pushes)).map((response) => response.status);

  it('are refused when no second factor is configured; signed ones are accepted', async () => {
    await startWith({});
    expect(
      await statuses(
        push(server, 'order-status', body, unsigned),
        push(server, 'order-status', body, { path: `/${TOKEN}`, ...unsigned }),
      ),
    ).toEqual([401, 401]);
    expect((await push(server, 'order-status', body)).status).toBe(200);
    expect(recorded.refused).toEqual(['order-status unsigned', 'order-status wrong_token']);
  });

  it('are accepted at the URL with the token, and refused without it or with another', async () => {
    await startWith({ token: TOKEN });
    expect((await push(server, 'order-status', body, { path: `/${TOKEN}`, ...unsigned })).status).toBe(200);
    expect(await stored()).toMatchObject([{ kind: 'ORDER_STATUS_CHANGED', deliveryId: null }]);
    const wrong = `/${TOKEN.slice(0, -1)}x`;
    expect(
      await statuses(
        push(server, 'order-status', body, unsigned),
        push(server, 'order-status', body, { path: wrong, ...unsigned }),
      ),
    ).toEqual([401, 401]);
    // A signed push is verified wherever it lands, but a wrong token is refused even then.
    expect((await push(server, 'order-status', bodyFor('order-status', SIM_Y))).status).toBe(200);
    expect((await push(server, 'order-status', bodyFor('order-status', SIM_Y), { path: wrong })).status).toBe(401);
    expect(
      (
        await push(server, 'order-status', body, {
          path: `/${TOKEN}`,
          signature: signNotification(body, 'not-the-secret'),
        })
      ).status,
    ).toBe(401);
    // Other kinds have no token URL and no unsigned pushes.
    expect((await push(server, 'sms-uplink', bodyFor('sms-uplink', SIM_X), { path: `/${TOKEN}` })).status).toBe(404);
    expect(recorded.refused).toEqual([
      'order-status wrong_token',
      'order-status wrong_token',
      'order-status wrong_token',
      'order-status bad_signature',
    ]);
  });

  it('acknowledge an unsigned retry (no delivery id) once, by its content', async () => {
    await startWith({ token: TOKEN });
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect((await push(server, 'order-status', body, { path: `/${TOKEN}`, ...unsigned })).status).toBe(200);
    expect(await stored()).toHaveLength(1);
    expect(recorded.accepted).toEqual(['order-status stored', 'order-status duplicate', 'order-status duplicate']);
  });

  it('are accepted from an allowed source, IPv4-mapped IPv6 included, and refused from others', async () => {
    await startWith({ sources: ['127.0.0.0/8'] }, '::');
    expect((await push(server, 'order-status', body, unsigned)).status).toBe(200);
    await server.close();
    await pipeline.close();
    await startWith({ sources: ['203.0.113.0/24', '::1/128'] }, '::');
    expect((await push(server, 'order-status', body, unsigned)).status).toBe(401);
    expect(recorded.refused).toEqual(['order-status source_not_allowed']);
  });

  it('believe X-Forwarded-For only from a trusted proxy, read from the right', async () => {
    const forwarded = (value: string) => ({ ...unsigned, headers: { 'x-forwarded-for': value } });
    await startWith({ sources: ['203.0.113.0/24'] });
    expect((await push(server, 'order-status', body, forwarded('203.0.113.9'))).status).toBe(401);
    await server.close();
    await pipeline.close();
    await startWith({ sources: ['203.0.113.0/24'], proxies: ['127.0.0.1'] });
    expect((await push(server, 'order-status', body, forwarded('198.51.100.1, 203.0.113.9'))).status).toBe(200);
    expect(
      (await push(server, 'order-status', { ...body, order_id: 'other' }, forwarded('203.0.113.9, 198.51.100.1')))
        .status,
    ).toBe(401);
  });

  it('need every configured factor', async () => {
    await startWith({ token: TOKEN, sources: ['203.0.113.0/24'] });
    expect((await push(server, 'order-status', body, { path: `/${TOKEN}`, ...unsigned })).status).toBe(401);
    expect(recorded.refused).toEqual(['order-status source_not_allowed']);
  });
});

describe('replay protection in memory', () => {
  const opened: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const resource of opened.splice(0).reverse()) await resource.close();
  });
  replayAttackTests({
    pipeline: () => {
      const created = createEventPipeline(testConfig(), { logger: pino({ level: 'silent' }) });
      opened.push(created);
      return created;
    },
    opened: (resource) => void opened.push(resource),
  });
});
