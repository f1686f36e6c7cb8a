import { createServer } from 'node:net';
import { pino } from 'pino';
import { createClient } from 'redis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRedisDedupe } from '../../../src/events/dedupe.js';
import { eventFilter } from '../../../src/events/filter.js';
import { createEventPipeline, type EventPipeline, type EventPipelineOptions } from '../../../src/events/index.js';
import { RedisEventLog, type RedisClient } from '../../../src/events/log/redis.js';
import { describeWithRedis, TEST_REDIS_URL, uniquePrefix } from '../../support/redis.js';
import { bodyFor, sampleEvent, testConfig } from '../../unit/events/examples.js';
import { encodeEvent } from '../../../src/events/codec.js';
import type { NewEvent } from '../../../src/events/event.js';
import { replayAttackTests } from './attacks.js';
import { nextEvent } from './feed-reader.js';
import { push, startWebhookServer, type WebhookServer } from './webhook-server.js';

const SIM_X = '89860000000000000001';
const SIM_Y = '89860000000000000002';
const silent = pino({ level: 'silent' });

describeWithRedis('events on Redis', () => {
  const prefix = uniquePrefix('events');
  let redis: RedisClient;
  const opened: { close(): Promise<void> }[] = [];

  /** Each test gets keys of its own under the suite's prefix. */
  let testCount = 0;
  const nextPrefix = () => `${prefix}${(testCount += 1)}:`;

  function pipelineAt(
    redisKeyPrefix: string,
    options: EventPipelineOptions = {},
    redisUrl = TEST_REDIS_URL,
  ): EventPipeline {
    const pipeline = createEventPipeline({ ...testConfig(), redisUrl, redisKeyPrefix }, { logger: silent, ...options });
    opened.push(pipeline);
    return pipeline;
  }

  async function serverFor(pipeline: EventPipeline): Promise<WebhookServer> {
    const server = await startWebhookServer(pipeline.ingest);
    opened.unshift(server);
    return server;
  }

  beforeAll(async () => {
    redis = createClient({ url: TEST_REDIS_URL });
    await redis.connect();
  });

  afterEach(async () => {
    for (const resource of opened.splice(0)) await resource.close();
  });

  afterAll(() => redis.destroy());

  const logAt = (key: string, bounds: { maxEvents?: number; maxBytes?: number } = {}) =>
    new RedisEventLog({ redis, key, maxEvents: bounds.maxEvents ?? 100, maxBytes: bounds.maxBytes ?? 1024 * 1024 });
  const windows = { ttlSeconds: 7 * 24 * 3600, replayWindowSeconds: 3600 };

  describe('log', () => {
    it('appends under stream ids and reads after any of them', async () => {
      const log = logAt(`${nextPrefix()}events`);
      expect(await log.latestId()).toBeNull();
      const stored = [];
      for (const iccid of ['a', 'b', 'c']) stored.push(await log.append(sampleEvent(iccid, iccid)));
      expect(await log.readAfter(null, 10)).toEqual(stored);
      expect(await log.readAfter(stored[0].id, 1)).toEqual([stored[1]]);
      expect(await log.latestId()).toBe(stored[2].id);
      expect(await log.evictedThrough()).toBeNull();
    });

    it('trims to maxEvents and says how far', async () => {
      const log = logAt(`${nextPrefix()}events`, { maxEvents: 10 });
      const stored = [];
      for (let index = 0; index < 25; index += 1) stored.push(await log.append(sampleEvent(`sim${index}`)));
      expect(await log.readAfter(null, 1000)).toEqual(stored.slice(15));
      expect(await log.evictedThrough()).toBe(stored[14].id);
    });

    it('trims to maxBytes of encoded events, always keeping the newest', async () => {
      const size = Buffer.byteLength(encodeEvent(sampleEvent('sim00')));
      const key = `${nextPrefix()}events`;
      const log = logAt(key, { maxBytes: size * 3 });
      const stored = [];
      for (let index = 10; index < 20; index += 1) stored.push(await log.append(sampleEvent(`sim${index}`)));
      expect(await log.readAfter(null, 100)).toEqual(stored.slice(7));
      expect(await log.evictedThrough()).toBe(stored[6].id);
      const big = {
        ...sampleEvent('big00'),
        payload: { ...(sampleEvent('big00').payload as object), text: 'x'.repeat(size * 5) },
      } as NewEvent;
      const kept = await log.append(big);
      expect(await log.readAfter(null, 100)).toEqual([kept]);
      expect(await redis.xLen(key)).toBe(1);
    });
  });

  describe('dedupe', () => {
    it('stores a delivery once and remembers its id and content for their windows', async () => {
      const keys = nextPrefix();
      const log = logAt(`${keys}events`);
      const dedupe = createRedisDedupe(log, { ...windows, keyPrefix: keys });
      const { event: stored } = await dedupe.appendOnce(sampleEvent('a', 'd1'), 'digest');
      expect(await dedupe.appendOnce(sampleEvent('a', 'd1'), 'digest')).toEqual({ outcome: 'duplicate', event: null });
      expect(await log.readAfter(null, 10)).toEqual([stored]);
      expect(await redis.sMembers(`${keys}delivery:d1`)).toEqual(['digest']);
      expect(await redis.ttl(`${keys}delivery:d1`)).toBeGreaterThan(6 * 24 * 3600);
      expect(await redis.get(`${keys}body:digest`)).toBe('d1');
      expect(await redis.ttl(`${keys}body:digest`)).toBeLessThanOrEqual(3600);
    });

    it('tells replays, reused ids and retries apart, atomically under concurrency', async () => {
      const keys = nextPrefix();
      const log = logAt(`${keys}events`);
      const dedupe = createRedisDedupe(log, { ...windows, keyPrefix: keys });
      const outcome = async (id: string | null, digest: string | null) =>
        (await dedupe.appendOnce(sampleEvent('a', id), digest)).outcome;
      const racing = await Promise.all(
        ['d1', 'd1', 'd2', 'd3'].map((id) => dedupe.appendOnce(sampleEvent('a', id), 'same')),
      );
      expect(racing.map((receipt) => receipt.outcome).sort()).toEqual(['duplicate', 'replay', 'replay', 'stored']);
      expect(await outcome('d2', 'other')).toBe('stored');
      expect(await outcome('d2', 'third')).toBe('stored-reused-id');
      expect([await outcome(null, 'same'), await outcome('d9', null), await outcome('d9', null)]).toEqual([
        'replay',
        'stored',
        'duplicate',
      ]);
      expect(await log.readAfter(null, 10)).toHaveLength(4);
    });

    it('treats a delivery id remembered in the former format as a repeat', async () => {
      const keys = nextPrefix();
      const dedupe = createRedisDedupe(logAt(`${keys}events`), { ...windows, keyPrefix: keys });
      await redis.set(`${keys}delivery:old`, '1700000000000-0');
      expect((await dedupe.appendOnce(sampleEvent('a', 'old'), 'digest')).outcome).toBe('duplicate');
    });

    it('does not remember a delivery whose event could not be stored', async () => {
      const keys = nextPrefix();
      const log = logAt(`${keys}events`);
      const dedupe = createRedisDedupe(log, { ...windows, keyPrefix: keys });
      // A string where the stream should be makes the script fail before anything is remembered.
      await redis.set(`${keys}events`, 'not a stream');
      await expect(dedupe.appendOnce(sampleEvent('a', 'd1'), 'digest')).rejects.toThrow(/WRONGTYPE/);
      expect(await redis.exists([`${keys}delivery:d1`, `${keys}body:digest`])).toBe(0);
      await redis.del(`${keys}events`);
      expect((await dedupe.appendOnce(sampleEvent('a', 'd1'), 'digest')).outcome).toBe('stored');
    });
  });

  describe('two instances sharing Redis', () => {
    it('hands a webhook received by one to a subscriber of the other, filtered to its SIM, once', async () => {
      const keys = nextPrefix();
      const [a, b] = [pipelineAt(keys), pipelineAt(keys)];
      const [serverA, serverB] = [await serverFor(a), await serverFor(b)];
      const onlyX = b.feed.subscribe({ filter: eventFilter({ iccids: [SIM_X] }) });
      const everything = b.feed.subscribe({ filter: () => true });

      expect((await push(serverA, 'sms-uplink', bodyFor('sms-uplink', SIM_Y))).status).toBe(200);
      const body = bodyFor('order-status', SIM_X);
      expect((await push(serverA, 'order-status', body, { deliveryId: `${keys}retry` })).status).toBe(200);
      // Linksfield's retry lands on the other instance: acknowledged, not stored again.
      expect((await push(serverB, 'order-status', body, { deliveryId: `${keys}retry` })).status).toBe(200);
      expect((await push(serverB, 'usage-alert', bodyFor('usage-alert', SIM_X))).status).toBe(200);

      expect((await nextEvent(onlyX)).kind).toBe('ORDER_STATUS_CHANGED');
      expect((await nextEvent(onlyX)).kind).toBe('USAGE_ALERT');
      const all = [await nextEvent(everything), await nextEvent(everything), await nextEvent(everything)];
      expect(all.map((event) => event.kind)).toEqual(['SMS_RECEIVED', 'ORDER_STATUS_CHANGED', 'USAGE_ALERT']);
      expect(await a.log.readAfter(null, 10)).toEqual(all);
    });

    it('replays from the shared log on another instance, then goes live there, without gap or duplicate', async () => {
      const keys = nextPrefix();
      const [a, b] = [pipelineAt(keys), pipelineAt(keys)];
      const serverA = await serverFor(a);
      for (const [index, sim] of [SIM_X, SIM_Y, SIM_X].entries())
        await push(serverA, 'sms-uplink', { ...bodyFor('sms-uplink', sim), text_message: `${index}` });
      const [first, ...missed] = await a.log.readAfter(null, 10);
      const events = b.feed.subscribe({ after: first.id, filter: () => true });
      expect([await nextEvent(events), await nextEvent(events)]).toEqual(missed);
      await push(serverA, 'sms-uplink', { ...bodyFor('sms-uplink', SIM_Y), text_message: 'live' });
      const live = await nextEvent(events);
      expect(live).toEqual((await a.log.readAfter(missed[1].id, 10))[0]);
      await push(serverA, 'sms-uplink', bodyFor('sms-uplink', SIM_X));
      expect((await nextEvent(events)).iccids).toEqual([SIM_X]);
    });
  });

  describe('replay protection shared by instances', () => {
    replayAttackTests({
      pipeline: () => pipelineAt(nextPrefix()),
      opened: (resource) => void opened.unshift(resource),
    });
  });

  describe('outage', () => {
    it('answers 503 when Redis does not answer, so Linksfield retries', async () => {
      const deadUrl = `redis://127.0.0.1:${await unusedPort()}`;
      const pipeline = pipelineAt(nextPrefix(), { redisTimeoutMs: 200 }, deadUrl);
      const server = await serverFor(pipeline);
      const response = await push(server, 'sms-uplink', bodyFor('sms-uplink', SIM_X));
      expect(response).toMatchObject({
        status: 503,
        body: { message: 'the notification could not be stored; retry later' },
      });
    });

    it('answers 503 once the shared client is gone, and stores nothing', async () => {
      const keys = nextPrefix();
      const client: RedisClient = createClient({ url: TEST_REDIS_URL });
      await client.connect();
      const pipeline = pipelineAt(keys, { redis: client, redisTimeoutMs: 200 });
      const server = await serverFor(pipeline);
      client.destroy();
      expect((await push(server, 'sms-uplink', bodyFor('sms-uplink', SIM_X))).status).toBe(503);
      expect(await redis.exists(`${keys}events`)).toBe(0);
    });
  });
});

function unusedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
