import { createClient } from 'redis';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { RedisClient } from '../../../src/events/log/redis.js';
import { redisShare } from '../../../src/fleet/share/redis.js';
import type { FleetSim } from '../../../src/fleet/sim.js';
import type { Sandbox } from '../../../src/sandbox/server.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { ask } from '../../support/access.js';
import { startInstance, type TestGateway } from '../../support/gateway.js';
import { describeWithRedis, TEST_REDIS_URL, uniquePrefix } from '../../support/redis.js';
import { startTestSandbox } from '../../support/sandbox.js';

/**
 * Two gateways on one Linksfield (the sandbox) and the real Redis share one inventory: one build between them, a
 * change seen by one is seen by the other, and a refresh runs on one instance at a time under a fenced lease.
 */
describeWithRedis('the fleet shared through Redis', () => {
  const prefix = uniquePrefix('fleet');
  let sandbox: Sandbox;
  let redis: RedisClient;
  const gateways: TestGateway[] = [];

  const start = () => startInstance(sandbox, prefix, { FLEET_REFRESH_SECONDS: '3600' });
  const indexedAt = async (t: TestGateway) =>
    (await ask(t, '{ fleet { indexedAt complete sims { totalCount } } }')).data!.fleet;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ sims: 400 });
    redis = createClient({ url: TEST_REDIS_URL });
    await redis.connect();
    gateways.push(...(await Promise.all([start(), start()])));
  });
  afterAll(async () => {
    for (const t of gateways) await t.close();
    await sandbox?.close();
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 }))
      if (keys.length > 0) await redis.del(keys);
    redis?.destroy();
  });

  it('two instances starting together build the inventory once and serve the same one', async () => {
    const [a, b] = gateways;
    await vi.waitFor(() => expect(a.gateway.services.fleet.complete && b.gateway.services.fleet.complete).toBe(true), {
      timeout: 20_000,
      interval: 50,
    });
    expect(sandbox.calls('csss.listSims')).toBe(4);
    const [first, second] = await Promise.all([indexedAt(a), indexedAt(b)]);
    expect(first).toEqual(second);
    expect(first.sims.totalCount).toBe(400);
  });

  it("a change one instance sees reaches the other's inventory", async () => {
    const [a, b] = gateways;
    const { state } = sandbox.csss;
    const sim = state.findSim(
      (candidate) =>
        candidate.lifecycle === SimLifecycle.ACTIVE &&
        !candidate.ota &&
        state.orders.current(candidate.iccid) === undefined,
    )!;
    const plan = state.plans.find((candidate) => candidate.type === 'MONTHLY' && !candidate.ota)!;
    const placed = await ask(a, 'mutation($input: OrderPlanInput!) { orderPlan(input: $input) { orderId } }', {
      input: { iccid: sim.iccid, planCode: plan.code, enableNow: true },
    });
    expect(placed.errors).toBeUndefined();
    const seen = async () =>
      (
        await ask(
          b,
          'query($iccid: ID!) { fleet { sims(filter: { iccid: $iccid }) { edges { node { activeOrderId } } } } }',
          { iccid: sim.iccid },
        )
      ).data!.fleet.sims.edges[0].node;
    await vi.waitFor(async () => expect(await seen()).toEqual({ activeOrderId: placed.data!.orderPlan.orderId }), {
      timeout: 5_000,
      interval: 50,
    });
  });

  it('concurrent refreshes of two instances make one build, and both serve it', async () => {
    const [a, b] = gateways;
    // The shared inventory is made old enough to refresh.
    await redis.hSet(`${prefix}fleet:meta`, 'indexedAt', '0');
    sandbox.resetCalls();
    const outcomes = await Promise.all([a.gateway.services.fleet.refresh(), b.gateway.services.fleet.refresh()]);
    expect(outcomes.sort()).toEqual(['busy', 'refreshed']);
    expect(sandbox.calls('csss.listSims')).toBe(4);
    await vi.waitFor(async () => expect(await indexedAt(a)).toEqual(await indexedAt(b)), {
      timeout: 5_000,
      interval: 50,
    });
  });

  it('a lease that expired cannot commit over the instance that took it over (fencing)', async () => {
    const own = `${prefix}lease-test:`;
    const onError = (error: unknown) => {
      throw error;
    };
    const one = redisShare({ redis, subscriber: redis, keyPrefix: own, leaseMs: 60_000, onError });
    const two = redisShare({ redis, subscriber: redis, keyPrefix: own, leaseMs: 60_000, onError });
    const stalled = (await one.lease())!;
    expect(await two.lease()).toBeNull();
    // As if the holder stalled past its expiry.
    await redis.del(`${own}fleet:lease`);
    const taker = (await two.lease())!;
    expect(taker.fence).toBeGreaterThan(stalled.fence);
    const sim: FleetSim = {
      iccid: '1',
      imsi: null,
      msisdn: null,
      lifecycle: SimLifecycle.ACTIVE,
      activatedAt: null,
      orderId: null,
      planCode: null,
      planName: null,
      expiresAt: null,
      usedBytes: 0,
      remainingBytes: 0,
      seenAt: 1,
    };
    expect(await stalled.commit({ sims: [sim], indexedAt: 1 })).toBe(false);
    expect(await taker.commit({ sims: [sim, { ...sim, iccid: '2' }], indexedAt: 2 })).toBe(true);
    await stalled.release();
    expect(await redis.get(`${own}fleet:lease`)).not.toBeNull();
    await taker.release();
    expect(await redis.get(`${own}fleet:lease`)).toBeNull();
    expect((await one.load())!.sims.map((entry) => entry.iccid)).toEqual(['1', '2']);
  });
});
