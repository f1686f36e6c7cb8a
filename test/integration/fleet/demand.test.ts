import { afterAll, beforeAll, beforeEach, expect, it, describe } from 'vitest';
import { ask, callsOf } from '../../support/access.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * Demand control over the fleet's usage history, over HTTP: the estimate counts every day and month of the range
 * and every SIM it spans (a page, or the whole fleet), so an operation over too many is refused before any
 * upstream call, and one within the limit makes exactly the calls estimated.
 */
const SIMS = 400;
const LIMIT = 40;
let t: TestGateway;

beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: String(SIMS), GRAPHQL_MAX_UPSTREAM_CALLS: String(LIMIT) });
});
afterAll(() => t?.close());
beforeEach(() => t.sandbox.resetCalls());

const daily = (first: number, to: string) =>
  `{ fleet { sims(first: ${first}) { edges { node { dailyUsage(days: { from: "2026-10-01", to: "${to}" }) { usedBytes } } } } } }`;
const monthly = (to: string) => `{ fleet { monthlyUsage(months: { from: "2025-12", to: "${to}" }) { usedBytes } } }`;

describe('fleet usage history under demand control', () => {
  it('refuses daily usage of 20 SIMs × 31 days (620 calls) with COST_LIMIT and no upstream call', async () => {
    const result = await ask(t, daily(20, '2026-10-31'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'COST_LIMIT', estimatedCalls: 620, maxCalls: LIMIT });
    expect(result.status).toBe(400);
    expect(callsOf(t)).toBe(0);
  });

  it('runs daily usage of 4 SIMs × 7 days with the 28 calls estimated', async () => {
    const result = await ask(t, daily(4, '2026-10-07'));
    expect(result.errors).toBeUndefined();
    expect(
      result.data!.fleet.sims.edges.map((edge: { node: { dailyUsage: unknown[] } }) => edge.node.dailyUsage.length),
    ).toEqual([7, 7, 7, 7]);
    expect(callsOf(t, 'csss.getDailyUsage')).toBe(28);
  });

  it('refuses fleet monthly totals over 12 months of 400 SIMs (4 batches × 12) with no upstream call', async () => {
    const result = await ask(t, monthly('2026-11'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'COST_LIMIT', estimatedCalls: 48 });
    expect(callsOf(t)).toBe(0);
  });

  it('runs fleet monthly totals over 6 months with the 24 calls estimated', async () => {
    const result = await ask(t, monthly('2026-05'));
    expect(result.errors).toBeUndefined();
    expect(result.data!.fleet.monthlyUsage).toHaveLength(6);
    expect(callsOf(t, 'csss.listMonthlyUsage')).toBe(24);
  });
});
