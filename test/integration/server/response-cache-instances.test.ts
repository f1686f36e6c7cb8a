import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Sandbox } from '../../../src/sandbox/server.js';
import { sha256 } from '../../../src/server/trusted-documents.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { startInstance, type TestGateway } from '../../support/gateway.js';
import { describeWithRedis, TEST_REDIS_URL, uniquePrefix } from '../../support/redis.js';
import { startTestSandbox } from '../../support/sandbox.js';

/**
 * Two gateways on one Linksfield (the sandbox) and the real Redis: each remembers its trusted answers in process,
 * and a write made through the other one still makes them miss at once, because their tags are checked in Redis.
 */
const SIM = 'query SharedSim($iccid: ID!) { sim(iccid: $iccid) { iccid orders(first: 50) { totalCount } } }';
const ORDER_PLAN = 'mutation SharedOrderPlan($input: OrderPlanInput!) { orderPlan(input: $input) { orderId } }';
const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

describeWithRedis('trusted answers kept by two instances on one Redis', () => {
  const prefix = uniquePrefix('response-cache');
  let folder: string;
  let sandbox: Sandbox;
  let a: TestGateway;
  let b: TestGateway;

  const post = async (t: TestGateway, text: string, variables: Record<string, unknown>) => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: `sha256:${sha256(text)}`, variables }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };
  const hits = async (t: TestGateway) => {
    const text = await t.gateway.app
      .inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
      .then((response) => response.body);
    return Number(/graphql_response_cache_requests_total\{result="hit"\} (\d+)/.exec(text)?.[1] ?? 0);
  };

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'lf-shared-answers-'));
    const manifest = join(folder, 'persisted-documents.json');
    writeFileSync(manifest, JSON.stringify(Object.fromEntries([SIM, ORDER_PLAN].map((text) => [sha256(text), text]))));
    sandbox = await startTestSandbox({ sims: 40 });
    const start = () =>
      startInstance(sandbox, prefix, {
        GRAPHQL_TRUSTED_DOCUMENTS: 'allow',
        GRAPHQL_TRUSTED_DOCUMENTS_FILE: manifest,
        METRICS_TOKEN,
      });
    [a, b] = await Promise.all([start(), start()]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await sandbox?.close();
    rmSync(folder, { recursive: true, force: true });
    const redis = createClient({ url: TEST_REDIS_URL });
    await redis.connect();
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 }))
      if (keys.length > 0) await redis.del(keys);
    redis.destroy();
  });

  it("answers again from memory, and not after the other instance's write", async () => {
    const { state } = sandbox.csss;
    const iccid = state.findSim((sim) => sim.lifecycle === SimLifecycle.ACTIVE && !sim.ota)!.iccid;
    const planCode = state.plans.find((plan) => plan.type === 'MONTHLY' && !plan.ota)!.code;
    const before = await post(a, SIM, { iccid });
    expect(before.errors).toBeUndefined();
    const hitsBefore = await hits(a);
    sandbox.resetCalls();
    expect(await post(a, SIM, { iccid })).toEqual(before);
    expect(await hits(a)).toBe(hitsBefore + 1);
    expect(sandbox.calls('csss.getSim') + sandbox.calls('csss.listOrders')).toBe(0);

    const ordered = await post(b, ORDER_PLAN, { input: { iccid, planCode, periods: 1 } });
    expect(ordered.errors).toBeUndefined();
    const after = await post(a, SIM, { iccid });
    expect(after.data.sim.orders.totalCount).toBe(before.data.sim.orders.totalCount + 1);
    expect(await hits(a)).toBe(hitsBefore + 1);
  });
});
