import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { OrderPlanDocument, SimHistoryDocument, SimOverviewDocument } from '../../../examples/generated/operations.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { describeWithRedis, TEST_REDIS_URL } from '../../support/redis.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

describeWithRedis('the read cache in Redis', () => {
  // A fresh account per run, so entries left by an earlier run can never answer for this one.
  const account = `PT${Date.now().toString(36).toUpperCase()}`;
  let a: TestGateway;
  let b: TestGateway;
  let other: TestGateway;
  let iccid: string;
  let plan: string;

  beforeAll(async () => {
    [a, b, other] = await Promise.all([
      startTestGateway({ REDIS_URL: TEST_REDIS_URL, LINKSFIELD_ACCESS_CODE: account }),
      startTestGateway({ REDIS_URL: TEST_REDIS_URL, LINKSFIELD_ACCESS_CODE: account }),
      startTestGateway({ REDIS_URL: TEST_REDIS_URL, LINKSFIELD_ACCESS_CODE: `${account}X` }),
    ]);
    const { state } = a.sandbox.csss;
    iccid = state.sims.find((sim) => sim.lifecycle === SimLifecycle.ACTIVE && !sim.ota)!.iccid;
    plan = state.plans.find((candidate) => candidate.type === 'MONTHLY' && !candidate.ota)!.code;
  });
  afterAll(() => Promise.all([a, b, other].map((gateway) => gateway?.close())));
  beforeEach(() => [a, b, other].forEach((gateway) => gateway.sandbox.resetCalls()));

  it('is shared by two instances of one account, and never with another account', async () => {
    await a.execute(SimOverviewDocument, { iccid });
    expect(Object.keys(a.sandbox.calls()).length).toBeGreaterThan(0);
    const fromB = await b.execute(SimOverviewDocument, { iccid });
    expect(fromB.errors).toBeUndefined();
    expect(b.sandbox.calls()).toEqual({});
    await other.execute(SimOverviewDocument, { iccid });
    expect(other.sandbox.calls('csss.getSim')).toBe(1);
  });

  it('reads an entry an older gateway wrote (tags as an object) as a miss, never as its value', async () => {
    const { cache } = a.gateway.services;
    const sim = a.sandbox.csss.state.sims.find((candidate) => candidate.iccid !== iccid && !candidate.ota)!;
    const old = { value: { iccid: sim.iccid, imsi: 'from-an-old-entry' }, tags: { [`sim:${sim.iccid}`]: null } };
    await cache.store.set(`${cache.prefix}sim:${sim.iccid}`, { ...old, expiresAt: Date.now() + 60_000 }, 60_000);
    const read = await a.execute(SimOverviewDocument, { iccid: sim.iccid });
    expect(read.errors).toBeUndefined();
    expect(read.data!.sim!.imsi).not.toBe('from-an-old-entry');
    expect(a.sandbox.calls('csss.getSim')).toBe(1);
  });

  it('is invalidated for every instance by a write on one', async () => {
    await b.execute(SimHistoryDocument, { iccid, date: '2026-11-01', month: '2026-10' });
    b.sandbox.resetCalls();
    await b.execute(SimHistoryDocument, { iccid, date: '2026-11-01', month: '2026-10' });
    expect(b.sandbox.calls()).toEqual({});
    const placed = await a.execute(OrderPlanDocument, { input: { iccid, planCode: plan } });
    expect(placed.errors).toBeUndefined();
    await b.execute(SimHistoryDocument, { iccid, date: '2026-11-01', month: '2026-10' });
    expect(b.sandbox.calls('csss.listOrders')).toBe(1);
  });
});

describeWithRedis('a Redis outage', () => {
  let t: TestGateway;
  beforeAll(async () => {
    // Nothing listens on port 1: every store operation fails at once.
    t = await startTestGateway({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(() => t?.close());

  it('lets reads through to the upstream and refuses keyed writes rather than risk doing them twice', async () => {
    const { state } = t.sandbox.csss;
    const sim = state.sims.find((candidate) => candidate.lifecycle === SimLifecycle.ACTIVE && !candidate.ota)!;
    const read = await t.execute(SimOverviewDocument, { iccid: sim.iccid });
    expect(read.errors).toBeUndefined();
    expect(read.data!.sim!.iccid).toBe(sim.iccid);
    const planCode = state.plans.find((candidate) => !candidate.ota)!.code;
    const keyed = await t.execute(OrderPlanDocument, {
      input: { iccid: sim.iccid, planCode },
      idempotencyKey: 'outage-1',
    });
    expect(keyed.errors?.[0].extensions?.code).toBe('IDEMPOTENCY_UNAVAILABLE');
    expect(t.sandbox.calls('csss.orderPlan')).toBe(0);
    const ready = await fetch(`${t.origin}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ store: 'UNAVAILABLE' });
  });
});

describeWithRedis('idempotency keys across instances', () => {
  const account = `PI${Date.now().toString(36).toUpperCase()}`;
  let a: TestGateway;
  let b: TestGateway;
  beforeAll(async () => {
    [a, b] = await Promise.all([
      startTestGateway({ REDIS_URL: TEST_REDIS_URL, LINKSFIELD_ACCESS_CODE: account }),
      startTestGateway({ REDIS_URL: TEST_REDIS_URL, LINKSFIELD_ACCESS_CODE: account }),
    ]);
  });
  afterAll(() => Promise.all([a, b].map((gateway) => gateway?.close())));

  it('lets one of two simultaneous first uses of a key write, and the other answer IN_PROGRESS', async () => {
    const { state } = a.sandbox.csss;
    const iccid = state.sims.find((sim) => sim.lifecycle === SimLifecycle.ACTIVE && !sim.ota)!.iccid;
    const planCode = state.plans.find((plan) => plan.type === 'MONTHLY' && !plan.ota)!.code;
    // Both upstream writes take long enough for the two requests to overlap.
    a.sandbox.setLatency(300, 'csss.orderPlan');
    b.sandbox.setLatency(300, 'csss.orderPlan');
    const variables = { input: { iccid, planCode }, idempotencyKey: `race-${account}` };
    const results = await Promise.all([
      a.execute(OrderPlanDocument, variables),
      b.execute(OrderPlanDocument, variables),
    ]);
    expect(a.sandbox.calls('csss.orderPlan') + b.sandbox.calls('csss.orderPlan')).toBe(1);
    const [winner, loser] = results[0].data?.orderPlan ? results : [results[1], results[0]];
    expect(winner.data?.orderPlan?.orderId).toBeTruthy();
    expect(loser.errors?.[0].extensions?.code).toBe('IN_PROGRESS');
    const loserGateway = results[0] === loser ? a : b;
    const again = await loserGateway.execute(OrderPlanDocument, variables);
    expect(again.data?.orderPlan?.orderId).toBe(winner.data?.orderPlan?.orderId);
    expect(a.sandbox.calls('csss.orderPlan') + b.sandbox.calls('csss.orderPlan')).toBe(1);
  });
});
