import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import type { SimState } from '../../../src/sandbox/csss/fleet.js';
import { monthRange } from '../../../src/sandbox/csss/calendar.js';
import { ask } from '../../support/access.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * The fleet views over real HTTP against the default 1,000-SIM sandbox: every SIM listed, each filter and sort
 * checked against the sandbox's own state, totals against the per-SIM values, live changes, stable cursors, CSV.
 */
let t: TestGateway;
const state = () => t.sandbox.csss.state;
const MB = 1024 * 1024;

interface Node {
  iccid: string;
  imsi: string | null;
  msisdn: string | null;
  lifecycle: SimLifecycle;
  activeOrderId: string | null;
  planCode: string | null;
  usedBytes: number | null;
  remainingBytes: number | null;
  usedShare: number | null;
  activatedAt: string | null;
  planExpiresAt: string | null;
}
const NODE =
  'iccid imsi msisdn lifecycle activeOrderId planCode usedBytes remainingBytes usedShare activatedAt planExpiresAt';

async function page(variables: Record<string, unknown>) {
  const result = await ask(
    t,
    `query($filter: FleetSimFilter, $orderBy: FleetSimOrder, $first: Int, $after: String) {
      fleet { sims(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { totalCount edges { cursor node { ${NODE} } } pageInfo { hasNextPage endCursor } } } }`,
    variables,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.fleet.sims as {
    totalCount: number;
    edges: { cursor: string; node: Node }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Every SIM passing the filter, in order, walking pages of 100. */
async function all(filter: Record<string, unknown> | null, orderBy?: Record<string, unknown>): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await page({ filter, orderBy, first: 100, after });
    nodes.push(...result.edges.map((edge) => edge.node));
    if (!result.pageInfo.hasNextPage) {
      expect(nodes).toHaveLength(result.totalCount);
      return nodes;
    }
    after = result.pageInfo.endCursor;
  }
}

const inUse = (sim: SimState) => state().orders.inUse(sim.iccid);

beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: '1000', FLEET_REFRESH_SECONDS: '3600' });
  await vi.waitFor(() => expect(t.gateway.services.fleet.complete).toBe(true), { timeout: 20_000, interval: 50 });
});
afterAll(() => t?.close());

describe('the fleet inventory', () => {
  it('is built with the paging and batching minimum of upstream calls, and lists all 1,000 SIMs', async () => {
    const withOrder = state().sims.filter((sim) => inUse(sim)).length;
    expect(t.sandbox.calls('csss.listSims')).toBe(10);
    expect(t.sandbox.calls('csss.getUsageBatch')).toBe(Math.ceil(withOrder / 100));
    const nodes = await all(null);
    expect(nodes.map((node) => node.iccid)).toEqual(
      state()
        .sims.map((sim) => sim.iccid)
        .sort(),
    );
    const info = await ask(t, '{ fleet { indexedAt complete } }');
    expect(info.data!.fleet.complete).toBe(true);
    expect(Date.parse(info.data!.fleet.indexedAt)).toBeLessThanOrEqual(Date.now());
  });

  it('holds what the sandbox holds for each SIM', async () => {
    const nodes = new Map((await all(null)).map((node) => [node.iccid, node]));
    for (const sim of state().sims) {
      const node = nodes.get(sim.iccid)!;
      const order = inUse(sim);
      expect(node).toMatchObject({
        imsi: sim.imsi,
        msisdn: sim.msisdn,
        lifecycle: sim.lifecycle,
        activeOrderId: order?.id ?? null,
        planCode: order?.planCode ?? null,
      });
      if (order) expect(Date.parse(node.planExpiresAt!)).toBe(Math.floor(order.expiresAt! / 1000) * 1000);
      else expect(node.usedBytes).toBe(0);
    }
  });
});

describe('filters, each against the sandbox state', () => {
  const iccidsOf = (nodes: Node[]) => nodes.map((node) => node.iccid).sort();
  const expected = (predicate: (sim: SimState) => boolean) =>
    state()
      .sims.filter(predicate)
      .map((sim) => sim.iccid)
      .sort();

  it('by lifecycle, plan and without plan', async () => {
    const lifecycles = [SimLifecycle.PRE_ACTIVATION, SimLifecycle.DEACTIVATED];
    expect(iccidsOf(await all({ lifecycles }))).toEqual(expected((sim) => lifecycles.includes(sim.lifecycle)));
    const plan = inUse(state().sims[0])!.planCode;
    expect(iccidsOf(await all({ planCodes: [plan] }))).toEqual(expected((sim) => inUse(sim)?.planCode === plan));
    expect(iccidsOf(await all({ withoutPlan: true }))).toEqual(expected((sim) => !inUse(sim)));
  });

  it('by ICCID, IMSI and MSISDN, exact or prefix', async () => {
    const sim = state().sims[123];
    expect(iccidsOf(await all({ iccid: sim.iccid }))).toEqual([sim.iccid]);
    expect(iccidsOf(await all({ imsi: sim.imsi }))).toEqual([sim.iccid]);
    expect(iccidsOf(await all({ msisdn: sim.msisdn }))).toEqual([sim.iccid]);
    const iccidPrefix = sim.iccid.slice(0, 17);
    expect(iccidsOf(await all({ iccidPrefix }))).toEqual(
      expected((candidate) => candidate.iccid.startsWith(iccidPrefix)),
    );
    const imsiPrefix = sim.imsi.slice(0, 13);
    expect(iccidsOf(await all({ imsiPrefix }))).toEqual(expected((candidate) => candidate.imsi.startsWith(imsiPrefix)));
    const msisdnPrefix = sim.msisdn.slice(0, sim.msisdn.length - 2);
    expect(iccidsOf(await all({ msisdnPrefix }))).toEqual(
      expected((candidate) => candidate.msisdn.startsWith(msisdnPrefix)),
    );
  });

  it('by usage above bytes or a share of the plan, and plans ending before a date', async () => {
    const above = 100 * MB;
    const nodes = await all({ usedBytesAbove: above });
    expect(nodes.length).toBeGreaterThan(0);
    // Usage grows while the test runs; the inventory holds what it read, so compare with what it says and the plan's size.
    for (const node of nodes) expect(node.usedBytes).toBeGreaterThan(above);
    const under = (await all({ withoutPlan: false })).filter((node) => node.usedBytes! <= above);
    expect(nodes.length + under.length).toBe(expected((sim) => inUse(sim) !== undefined).length);
    const share = await all({ usedShareAbove: 0.5 });
    for (const node of share) expect(node.usedShare).toBeGreaterThan(0.5);
    for (const node of share) {
      const order = state().orders.inUse(node.iccid)!;
      expect(node.usedBytes! / (order.flowMb * MB)).toBeCloseTo(node.usedShare!, 2);
    }
    const before = new Date(Date.now() + 10 * 24 * 3600 * 1000);
    // Linksfield dates carry whole seconds.
    const expiry = (sim: SimState) => Math.floor(inUse(sim)!.expiresAt! / 1000) * 1000;
    expect(iccidsOf(await all({ expiresBefore: before.toISOString() }))).toEqual(
      expected((sim) => inUse(sim) !== undefined && expiry(sim) < before.getTime()),
    );
  });

  it('answers a bad filter, order or cursor with BAD_USER_INPUT', async () => {
    const bad = await ask(t, '{ fleet { sims(filter: { usedShareAbove: -1 }) { totalCount } } }');
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await ask(t, '{ fleet { sims(after: "bm9wZQ") { totalCount } } }');
    expect(cursor.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const first = await page({ first: 1 });
    const other = await ask(
      t,
      'query($after: String) { fleet { sims(after: $after, orderBy: { field: USED_BYTES }) { totalCount } } }',
      { after: first.pageInfo.endCursor },
    );
    expect(other.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('sorts', () => {
  it('by ICCID, usage, expiry and activation, both ways, ties by ICCID', async () => {
    const cases: [string, (node: Node) => number][] = [
      ['USED_BYTES', (node) => node.usedBytes ?? -1],
      ['EXPIRES_AT', (node) => (node.planExpiresAt ? Date.parse(node.planExpiresAt) : Number.MAX_SAFE_INTEGER)],
      ['ACTIVATED_AT', (node) => (node.activatedAt ? Date.parse(node.activatedAt) : Number.MAX_SAFE_INTEGER)],
      ['ICCID', () => 0],
    ];
    for (const [field, key] of cases) {
      const ascending = await all(null, { field, direction: 'ASC' });
      const sorted = [...ascending].sort((a, b) => key(a) - key(b) || (a.iccid < b.iccid ? -1 : 1));
      expect(
        ascending.map((node) => node.iccid),
        field,
      ).toEqual(sorted.map((node) => node.iccid));
      const descending = await all(null, { field, direction: 'DESC' });
      expect(
        descending.map((node) => node.iccid),
        field,
      ).toEqual(sorted.reverse().map((node) => node.iccid));
    }
  });
});

describe('summary', () => {
  it('totals equal the sum of the per-SIM values', async () => {
    const nodes = await all(null);
    const result = await ask(
      t,
      '{ fleet { summary { simCount withoutPlan usedBytes remainingBytes usageUnknown above80Percent above100Percent endingWithin7Days byLifecycle { lifecycle simCount } byPlan { planCode simCount } } } }',
    );
    const summary = result.data!.fleet.summary;
    expect(summary.simCount).toBe(1000);
    expect(summary.usedBytes).toBe(nodes.reduce((sum, node) => sum + (node.usedBytes ?? 0), 0));
    expect(summary.remainingBytes).toBe(nodes.reduce((sum, node) => sum + (node.remainingBytes ?? 0), 0));
    expect(summary.withoutPlan).toBe(nodes.filter((node) => node.activeOrderId === null).length);
    expect(summary.above80Percent).toBe(nodes.filter((node) => (node.usedShare ?? 0) >= 0.8).length);
    expect(summary.above100Percent).toBe(nodes.filter((node) => (node.usedShare ?? 0) >= 1).length);
    const week = Date.now() + 7 * 24 * 3600 * 1000;
    const ending = nodes.filter(
      (node) =>
        node.planExpiresAt && Date.parse(node.planExpiresAt) >= Date.now() && Date.parse(node.planExpiresAt) <= week,
    ).length;
    expect(Math.abs(summary.endingWithin7Days - ending)).toBeLessThanOrEqual(1);
    for (const { lifecycle, simCount } of summary.byLifecycle)
      expect(simCount).toBe(state().sims.filter((sim) => sim.lifecycle === lifecycle).length);
    for (const { planCode, simCount } of summary.byPlan)
      expect(simCount).toBe(nodes.filter((node) => node.planCode === planCode).length);
  });
});

describe('usage over time', () => {
  const monthKey = (offset: number) => {
    const date = new Date();
    date.setUTCDate(1);
    date.setUTCMonth(date.getUTCMonth() + offset);
    return date.toISOString().slice(0, 7);
  };

  it('fleet monthly totals for a range of months, batched through the monthly endpoint', async () => {
    const months = [monthKey(-2), monthKey(-1)];
    t.sandbox.resetCalls();
    const result = await ask(
      t,
      'query($from: Month!, $to: Month!) { fleet { monthlyUsage(months: { from: $from, to: $to }) { month usedBytes activeSimCount } } }',
      { from: months[0], to: months[1] },
    );
    expect(result.errors).toBeUndefined();
    expect(t.sandbox.calls('csss.listMonthlyUsage')).toBe(2 * 10);
    for (const [index, month] of months.entries()) {
      const [from, to] = monthRange(month.replace('-', ''))!;
      const used = state().sims.map((sim) => state().usage.simUsedBetween(sim.iccid, from, to));
      const entry = result.data!.fleet.monthlyUsage[index];
      expect(entry.month).toBe(month);
      expect(entry.activeSimCount).toBe(used.filter((bytes) => bytes > 0).length);
      // Linksfield reports MB with two decimals: each SIM's figure is rounded to 10 KB or so.
      expect(Math.abs(entry.usedBytes - used.reduce((sum, bytes) => sum + bytes, 0))).toBeLessThan(1000 * 11 * 1024);
    }
  });

  it('per-SIM monthly and daily usage on a page, and refuses over 31 days', async () => {
    const sim = state().sims[0];
    const today = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
    const result = await ask(
      t,
      `query($iccid: ID!, $month: Month!, $from: Date!, $to: Date!) { fleet { sims(filter: { iccid: $iccid }) { edges { node {
        monthlyUsage(months: { from: $month, to: $month }) { month usedBytes } dailyUsage(days: { from: $from, to: $to }) { date usedBytes } } } } } }`,
      { iccid: sim.iccid, month: monthKey(-1), from, to: today },
    );
    expect(result.errors).toBeUndefined();
    const node = result.data!.fleet.sims.edges[0].node;
    expect(node.monthlyUsage).toHaveLength(1);
    expect(node.dailyUsage.map((day: { date: string }) => day.date)).toHaveLength(3);
    const tooLong = await ask(
      t,
      '{ fleet { sims(first: 1) { edges { node { dailyUsage(days: { from: "2026-01-01", to: "2026-02-01" }) { usedBytes } } } } } }',
    );
    expect(tooLong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const months = await ask(t, '{ fleet { monthlyUsage(months: { from: "2025-01", to: "2026-01" }) { usedBytes } } }');
    expect(months.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
