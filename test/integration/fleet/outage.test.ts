import { createClient } from 'redis';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { RedisClient } from '../../../src/events/log/redis.js';
import { ask } from '../../support/access.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { startRedisProxy, type RedisProxy } from '../../support/redis-proxy.js';
import { describeWithRedis, TEST_REDIS_URL, uniquePrefix } from '../../support/redis.js';

/**
 * A refresh that fails, because Redis goes away during it or Linksfield fails, leaves the last complete inventory
 * and its `indexedAt` served; once both are back, the next refresh commits. Redis reaches the gateway through a
 * proxy the test cuts, as an outage would.
 */
describeWithRedis('a failed refresh of a fleet shared through Redis', () => {
  const prefix = uniquePrefix('fleet-outage');
  let proxy: RedisProxy;
  let t: TestGateway;
  let redis: RedisClient;
  /** Makes the shared inventory old enough to refresh. */
  const age = () => redis.hSet(`${prefix}fleet:meta`, 'indexedAt', '0');
  const status = async () => (await ask(t, '{ fleet { indexedAt complete sims { totalCount } } }')).data!.fleet;

  beforeAll(async () => {
    proxy = await startRedisProxy(TEST_REDIS_URL);
    redis = createClient({ url: TEST_REDIS_URL });
    await redis.connect();
    t = await startTestGateway({
      SANDBOX_SIMS: '200',
      REDIS_URL: proxy.url,
      REDIS_KEY_PREFIX: prefix,
      FLEET_REFRESH_SECONDS: '3600',
      FLEET_LEASE_SECONDS: '2',
    });
    await vi.waitFor(() => expect(t.gateway.services.fleet.complete).toBe(true), { timeout: 15_000, interval: 50 });
  });
  afterAll(async () => {
    await t?.close();
    await proxy?.close();
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 }))
      if (keys.length > 0) await redis.del(keys);
    redis?.destroy();
  });

  it('keeps serving the last complete inventory when Redis goes away during the refresh', async () => {
    const { fleet } = t.gateway.services;
    const before = await status();
    expect(before).toMatchObject({ complete: true, sims: { totalCount: 200 } });
    // Linksfield slow enough to cut Redis while the build runs.
    await age();
    t.sandbox.setLatency(300);
    t.sandbox.resetCalls();
    const refreshing = fleet.refresh();
    await vi.waitFor(() => expect(t.sandbox.calls('csss.listSims')).toBeGreaterThan(0), { interval: 10 });
    await proxy.cut();
    t.sandbox.setLatency(0);
    expect(await refreshing).toBe('failed');
    expect(await status()).toEqual(before);
    await proxy.restore();
    await vi.waitFor(async () => expect(await fleet.refresh()).toBe('refreshed'), { timeout: 10_000, interval: 200 });
    const after = await status();
    expect(Date.parse(after.indexedAt)).toBeGreaterThan(Date.parse(before.indexedAt));
    expect(after.sims.totalCount).toBe(200);
  });

  it('keeps serving the last complete inventory when Linksfield fails during the refresh', async () => {
    const { fleet } = t.gateway.services;
    const before = await status();
    await age();
    t.sandbox.inject({ endpoint: 'csss.getUsageBatch', kind: 'http-500', times: 10 });
    expect(await fleet.refresh()).toBe('failed');
    expect(await status()).toEqual(before);
    t.sandbox.clearFaults();
  });
});
