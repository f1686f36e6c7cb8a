import { createClient } from 'redis';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../../../src/config.js';
import type { RedisClient } from '../../../src/events/log/redis.js';
import type { Sandbox } from '../../../src/sandbox/server.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import {
  BUILD_TIMEOUT_MS,
  buildGateway,
  type GatewayBuild,
  type GatewayProcess,
} from '../../support/gateway-process.js';
import { describeWithRedis, TEST_REDIS_URL, uniquePrefix } from '../../support/redis.js';
import { startTestSandbox } from '../../support/sandbox.js';

/**
 * Refresh coordination across gateway processes sharing the real Redis, over one Linksfield (the sandbox, in this
 * process, counting calls): two processes starting together build the inventory once and serve the same one; a
 * change one sees reaches the other's answers before any refresh; and when the refresh lease holder is killed
 * mid-build, the other takes the refresh over under a newer fence.
 */
const SIMS = 200;

describeWithRedis('the fleet across gateway processes on Redis', () => {
  const prefix = uniquePrefix('fleet-processes');
  let build: GatewayBuild;
  let sandbox: Sandbox;
  let redis: RedisClient;
  const processes: GatewayProcess[] = [];

  const start = async () => {
    const gateway = await build.start({
      LINKSFIELD_BASE_URL: sandbox.url,
      LINKSFIELD_ACCESS_CODE: SANDBOX_CREDENTIALS.accessCode,
      LINKSFIELD_SECRET: SANDBOX_CREDENTIALS.secret,
      LINKSFIELD_NOTIFY_SECRET: SANDBOX_CREDENTIALS.notifySecret,
      WEBHOOK_ALLOWED_SOURCES: '127.0.0.1',
      GATEWAY_AUTH: 'none',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      // No scheduled refresh during the test: only start-up, retries and take-overs build.
      FLEET_REFRESH_SECONDS: '3600',
      FLEET_LEASE_SECONDS: '2',
    });
    processes.push(gateway);
    return gateway;
  };
  const post = async (gateway: GatewayProcess, query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  const status = async (gateway: GatewayProcess) =>
    (await post(gateway, '{ fleet { complete indexedAt sims { totalCount } } }')).fleet as {
      complete: boolean;
      indexedAt: string | null;
      sims: { totalCount: number };
    };
  /** Every SIM a gateway serves, in ICCID order, with what a dashboard shows of it. */
  const inventory = async (gateway: GatewayProcess) => {
    const nodes: unknown[] = [];
    let after: string | null = null;
    for (;;) {
      const { sims }: { sims: { edges: { node: unknown }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } =
        (
          await post(
            gateway,
            'query($after: String) { fleet { sims(first: 100, after: $after) { edges { node { iccid lifecycle activeOrderId usedBytes remainingBytes } } pageInfo { hasNextPage endCursor } } } }',
            { after },
          )
        ).fleet;
      nodes.push(...sims.edges.map((edge) => edge.node));
      if (!sims.pageInfo.hasNextPage) return nodes;
      after = sims.pageInfo.endCursor;
    }
  };
  const activeOrderOf = async (gateway: GatewayProcess, iccid: string) =>
    (
      await post(
        gateway,
        'query($iccid: ID!) { fleet { sims(filter: { iccid: $iccid }) { edges { node { activeOrderId } } } } }',
        { iccid },
      )
    ).fleet.sims.edges[0].node.activeOrderId as string | null;
  const fence = async () => Number(await redis.get(`${prefix}fleet:fence`));
  const committedFence = async () => Number(await redis.hGet(`${prefix}fleet:meta`, 'fence'));
  const buildCalls = () => sandbox.calls('csss.listSims') + sandbox.calls('csss.getUsageBatch');
  const wait = { timeout: 15_000, interval: 50 };

  beforeAll(async () => {
    build = buildGateway('fleet-processes');
    sandbox = await startTestSandbox({ sims: SIMS, tickMs: 0 });
    redis = createClient({ url: TEST_REDIS_URL });
    await redis.connect();
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all(processes.map((gateway) => gateway.stop()));
    await sandbox?.close();
    build?.remove();
    if (redis) {
      for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 }))
        if (keys.length > 0) await redis.del(keys);
      redis.destroy();
    }
  });

  it('two processes starting together make one full build and serve the same complete inventory', async () => {
    const { state } = sandbox.csss;
    const withOrder = state.sims.filter((sim) => state.orders.inUse(sim.iccid)).length;
    const [a, b] = await Promise.all([start(), start()]);
    await vi.waitFor(async () => expect((await status(a)).complete && (await status(b)).complete).toBe(true), wait);
    // The paging and batching minimum, once: not once per process.
    expect(buildCalls()).toBe(Math.ceil(SIMS / 100) + Math.ceil(withOrder / 100));
    expect(await committedFence()).toBe(1);
    const [first, second] = await Promise.all([status(a), status(b)]);
    expect(first).toEqual(second);
    expect(first.sims.totalCount).toBe(SIMS);
    const served = await inventory(a);
    expect(served).toHaveLength(SIMS);
    expect(await inventory(b)).toEqual(served);
  });

  it("a write through one and a notification to the other reach each other's answers before any refresh", async () => {
    const [a, b] = processes;
    const { state } = sandbox.csss;
    const indexedAt = (await status(a)).indexedAt;
    // A write through A: B answers with its new order.
    const free = state.findSim(
      (sim) => sim.lifecycle === SimLifecycle.ACTIVE && !sim.ota && state.orders.current(sim.iccid) === undefined,
    )!;
    const plan = state.plans.find((candidate) => candidate.type === 'MONTHLY' && !candidate.ota)!;
    const placed = await post(a, 'mutation($input: OrderPlanInput!) { orderPlan(input: $input) { orderId } }', {
      input: { iccid: free.iccid, planCode: plan.code, enableNow: true },
    });
    await vi.waitFor(async () => expect(await activeOrderOf(b, free.iccid)).toBe(placed.orderPlan.orderId), wait);
    // An order ended in Linksfield itself, pushed to B only: A answers without it.
    const busy = state.findSim((sim) => sim.iccid !== free.iccid && state.orders.inUse(sim.iccid) !== undefined)!;
    const order = state.orders.inUse(busy.iccid)!;
    expect(await activeOrderOf(a, busy.iccid)).toBe(order.id);
    sandbox.setNotifyUrl(`${b.origin}/webhooks/linksfield`);
    state.orders.endEarly(order.id, Date.now());
    await vi.waitFor(async () => expect(await activeOrderOf(a, busy.iccid)).toBeNull(), wait);
    sandbox.setNotifyUrl(null);
    // Neither came by a refresh.
    expect((await status(a)).indexedAt).toBe(indexedAt);
    expect((await status(b)).indexedAt).toBe(indexedAt);
    expect(await committedFence()).toBe(1);
  });

  it('when the lease holder is killed mid-refresh, another process takes the refresh over', async () => {
    // Only the two processes of this test from here on.
    await Promise.all(processes.map((gateway) => gateway.stop()));
    // The shared inventory made old, and Linksfield slow: a process starting now refreshes, slowly.
    await redis.hSet(`${prefix}fleet:meta`, 'indexedAt', '0');
    sandbox.setLatency(5_000);
    const before = await fence();
    const holder = await start();
    await vi.waitFor(async () => expect(await fence()).toBe(before + 1), wait);
    // Another process starts while the holder builds: it finds the lease taken and tries again later.
    const taker = await start();
    await holder.kill();
    sandbox.setLatency(0);
    await vi.waitFor(async () => expect(await committedFence()).toBe(before + 2), wait);
    const taken = await status(taker);
    expect(Date.parse(taken.indexedAt!)).toBeGreaterThan(0);
    expect(taken.sims.totalCount).toBe(SIMS);
  });
});
