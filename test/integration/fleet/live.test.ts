import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { ask } from '../../support/access.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * Between refreshes (an hour here) the inventory follows what the gateway sees: its own writes, notifications,
 * and SIMs read through its loaders. Cursors name SIMs, not offsets, so a change never repeats or skips one.
 * A failed refresh keeps the last complete inventory and its `indexedAt`.
 */
let t: TestGateway;
const state = () => t.sandbox.csss.state;
const ONE_HOUR = '3600';

async function fleetSim(iccid: string) {
  const result = await ask(
    t,
    'query($iccid: ID!) { fleet { sims(filter: { iccid: $iccid }) { edges { node { iccid activeOrderId planCode lifecycle usedBytes } } } } }',
    { iccid },
  );
  return result.data!.fleet.sims.edges[0]?.node as
    { activeOrderId: string | null; planCode: string | null; lifecycle: SimLifecycle; usedBytes: number } | undefined;
}

/** A SIM with no order at all, free for a test to order on. */
function freeSim(taken: Set<string>) {
  const sim = state().findSim(
    (candidate) =>
      !taken.has(candidate.iccid) &&
      candidate.lifecycle === SimLifecycle.ACTIVE &&
      !candidate.ota &&
      state().orders.current(candidate.iccid) === undefined,
  )!;
  taken.add(sim.iccid);
  return sim;
}
const taken = new Set<string>();
const plan = () => state().plans.find((candidate) => candidate.type === 'MONTHLY' && !candidate.ota)!;

beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: '300', FLEET_REFRESH_SECONDS: ONE_HOUR });
  await vi.waitFor(() => expect(t.gateway.services.fleet.complete).toBe(true), { timeout: 20_000, interval: 50 });
});
afterAll(() => t?.close());
beforeEach(() => t.sandbox.setNotifyUrl(`${t.origin}/webhooks/linksfield`));

describe('changes between refreshes', () => {
  it("a write of the gateway's own changes the inventory (with notifications off)", async () => {
    t.sandbox.setNotifyUrl(null);
    const sim = freeSim(taken);
    expect(await fleetSim(sim.iccid)).toMatchObject({ activeOrderId: null });
    const placed = await ask(t, 'mutation($input: OrderPlanInput!) { orderPlan(input: $input) { orderId } }', {
      input: { iccid: sim.iccid, planCode: plan().code, enableNow: true },
    });
    expect(placed.errors).toBeUndefined();
    await vi.waitFor(
      async () =>
        expect(await fleetSim(sim.iccid)).toMatchObject({
          activeOrderId: placed.data!.orderPlan.orderId,
          planCode: plan().code,
        }),
      { timeout: 5_000, interval: 50 },
    );
  });

  it('an order-status notification changes the inventory', async () => {
    const sim = state().findSim(
      (candidate) =>
        candidate.lifecycle === SimLifecycle.ACTIVE &&
        state().orders.inUse(candidate.iccid) !== undefined &&
        candidate.iccid !== state().sims[0].iccid,
    )!;
    const order = state().orders.inUse(sim.iccid)!;
    expect(await fleetSim(sim.iccid)).toMatchObject({ activeOrderId: order.id });
    const delivered = t.sandbox.notifier.stats().delivered;
    // Ended in the sandbox itself: only the notification it pushes tells the gateway.
    state().orders.endEarly(order.id, Date.now());
    await vi.waitFor(() => expect(t.sandbox.notifier.stats().delivered).toBeGreaterThan(delivered), {
      timeout: 5_000,
      interval: 20,
    });
    await vi.waitFor(
      async () => expect(await fleetSim(sim.iccid)).toMatchObject({ activeOrderId: null, usedBytes: 0 }),
      { timeout: 5_000, interval: 50 },
    );
  });

  it('a SIM read through the loaders updates the inventory', async () => {
    t.sandbox.setNotifyUrl(null);
    const sim = freeSim(taken);
    const order = state().orders.create(
      {
        sim,
        plan: plan(),
        kind: 'NEW' as never,
        periods: 1,
        periodDays: 30,
        enableNow: true,
        paymentState: 'PAID' as never,
        paymentMethod: null,
        amount: plan().price,
        hostNumber: false,
        testFlowMb: 0,
      },
      Date.now(),
    );
    expect(await fleetSim(sim.iccid)).toMatchObject({ activeOrderId: null });
    const read = await ask(t, 'query($iccid: ID!) { sim(iccid: $iccid) { activeOrder { id } } }', { iccid: sim.iccid });
    expect(read.data!.sim.activeOrder.id).toBe(order.id);
    expect(await fleetSim(sim.iccid)).toMatchObject({ activeOrderId: order.id });
  });
});

describe('cursors', () => {
  it('continue after the SIM they name when an earlier SIM moved away (an offset would skip one)', async () => {
    const query =
      'query($first: Int, $after: String) { fleet { sims(first: $first, after: $after, orderBy: { field: EXPIRES_AT, direction: DESC }) { edges { cursor node { iccid activeOrderId } } } } }';
    // Descending by expiry, SIMs with no plan come first.
    const before = (await ask(t, query, { first: 21 })).data!.fleet.sims.edges as {
      cursor: string;
      node: { iccid: string; activeOrderId: string | null };
    }[];
    expect(before.every((edge) => edge.node.activeOrderId === null)).toBe(true);
    const sim = before
      .slice(0, 19)
      .map((edge) => state().sim(edge.node.iccid)!)
      .find(
        (candidate) =>
          candidate.lifecycle === SimLifecycle.ACTIVE &&
          !candidate.ota &&
          !taken.has(candidate.iccid) &&
          state().orders.current(candidate.iccid) === undefined,
      )!;
    taken.add(sim.iccid);
    t.sandbox.setNotifyUrl(null);
    const placed = await ask(t, 'mutation($input: OrderPlanInput!) { orderPlan(input: $input) { orderId } }', {
      input: { iccid: sim.iccid, planCode: plan().code, enableNow: true },
    });
    expect(placed.errors).toBeUndefined();
    await vi.waitFor(
      async () => expect(await fleetSim(sim.iccid)).toMatchObject({ activeOrderId: placed.data!.orderPlan.orderId }),
      { timeout: 5_000, interval: 50 },
    );
    const next = (await ask(t, query, { first: 5, after: before[19].cursor })).data!.fleet.sims.edges as {
      node: { iccid: string };
    }[];
    expect(next[0].node.iccid).toBe(before[20].node.iccid);
  });
});

describe('refresh', () => {
  it('a failed refresh keeps serving the last complete inventory and its indexedAt', async () => {
    const { fleet } = t.gateway.services;
    const before = await ask(t, '{ fleet { indexedAt complete sims { totalCount } } }');
    t.sandbox.inject({ endpoint: 'csss.listSims', kind: 'http-500', times: 10 });
    expect(await fleet.refresh()).toBe('failed');
    const after = await ask(t, '{ fleet { indexedAt complete sims { totalCount } } }');
    expect(after.data).toEqual(before.data);
    expect(after.data!.fleet.sims.totalCount).toBe(300);
    t.sandbox.clearFaults();
    expect(await fleet.refresh()).toBe('refreshed');
    const refreshed = await ask(t, '{ fleet { indexedAt } }');
    expect(Date.parse(refreshed.data!.fleet.indexedAt)).toBeGreaterThan(Date.parse(before.data!.fleet.indexedAt));
  });

  it('queries answer while a refresh runs', async () => {
    const { fleet } = t.gateway.services;
    t.sandbox.setLatency(200);
    const refreshing = fleet.refresh();
    const during = await ask(t, '{ fleet { sims(first: 1) { totalCount } } }');
    expect(during.data!.fleet.sims.totalCount).toBe(300);
    t.sandbox.setLatency(0);
    expect(await refreshing).toBe('refreshed');
  });
});
