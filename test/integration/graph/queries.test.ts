import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  FleetUsageDocument,
  MonthlyUsageDocument,
  OrderDocument,
  OrdersDocument,
  PlansDocument,
  SimHistoryDocument,
  SimOverviewDocument,
  SimsInUseDocument,
} from '../../../examples/generated/operations.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

let t: TestGateway;
let active: string;

beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: '250' });
  active = t.sandbox.csss.state.sims.find(
    (sim) => sim.lifecycle === SimLifecycle.ACTIVE && t.sandbox.csss.state.orders.inUse(sim.iccid),
  )!.iccid;
});
afterAll(() => t.close());
beforeEach(() => t.sandbox.resetCalls());

const upstreamCalls = () => Object.values(t.sandbox.calls()).reduce((sum, count) => sum + count, 0);

describe('sim', () => {
  it('reaches usage, balance, plan and active order of one SIM, each from its upstream endpoint', async () => {
    const { data, errors } = await t.execute(SimOverviewDocument, { iccid: active });
    expect(errors).toBeUndefined();
    const sim = data!.sim!;
    const inUse = t.sandbox.csss.state.orders.inUse(active)!;
    expect(sim.iccid).toBe(active);
    expect(sim.lifecycle).toBe('ACTIVE');
    expect(sim.activeOrder).toMatchObject({ id: inUse.id, status: 'IN_USE' });
    expect(sim.activePlan?.code).toBe(inUse.planCode);
    expect(sim.usage!.usedBytes).toBeGreaterThanOrEqual(0);
    expect(Number.isInteger(sim.usage!.remainingHighSpeedBytes)).toBe(true);
    expect(sim.balance!.dataBytes === null || sim.balance!.dataBytes >= 0).toBe(true);
    // A lone SIM goes through the documented single-SIM endpoints, not the assumed batch ones.
    expect(t.sandbox.calls('csss.getSim')).toBe(1);
    expect(t.sandbox.calls('csss.getUsage')).toBe(1);
    expect(t.sandbox.calls('csss.getMnoBalance')).toBe(1);
  });

  it("passes on the operator's remark beside a figure, and the reason of a resource it did not report", async () => {
    interface Balance {
      dataBytes: number | null;
      remarks: { resource: string; message: string }[];
      unavailable: { resource: string; reason: string }[];
    }
    const BALANCE: TypedDocumentNode<{ sim: { balance: Balance | null } | null }, { iccid: string }> = parse(
      'query ($iccid: ID!) { sim(iccid: $iccid) { balance { dataBytes remarks { resource message } unavailable { resource reason } } } }',
    );
    const { state } = t.sandbox.csss;
    const withOrder = state.sims.filter((sim) => state.orders.inUse(sim.iccid));
    const remarked = withOrder.find((sim) => sim.dataRemark)!;
    const plain = withOrder.find((sim) => !sim.dataRemark && sim.unreported === 'call-out')!;

    const first = (await t.execute(BALANCE, { iccid: remarked.iccid })).data!.sim!.balance!;
    expect(first.dataBytes).toBeGreaterThanOrEqual(0);
    expect(first.remarks).toEqual([{ resource: 'DATA', message: expect.stringMatching(/24/) }]);

    const second = (await t.execute(BALANCE, { iccid: plain.iccid })).data!.sim!.balance!;
    expect(second.remarks).toEqual([]);
    expect(second.unavailable).toEqual([{ resource: 'call-out', reason: expect.any(String) }]);
  });

  it('refuses a malformed ICCID without calling upstream', async () => {
    const { data, errors } = await t.execute(SimOverviewDocument, { iccid: '12ab' });
    expect(data?.sim ?? null).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'iccid' });
    expect(upstreamCalls()).toBe(0);
  });

  it('answers NOT_FOUND with the upstream code for an ICCID the account does not have', async () => {
    const { errors } = await t.execute(SimOverviewDocument, { iccid: '89852000000000000000' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '2001' });
  });

  it('reaches daily usage, monthly usage and order history', async () => {
    const { data, errors } = await t.execute(SimHistoryDocument, {
      iccid: active,
      date: '2026-11-01',
      month: '2026-10',
    });
    expect(errors).toBeUndefined();
    expect(data!.sim!.dailyUsage).toMatchObject({ date: '2026-11-01' });
    expect(data!.sim!.monthlyUsage).toMatchObject({ month: '2026-10' });
    expect(data!.sim!.orders!.totalCount).toBe(t.sandbox.csss.state.orders.forSim(active).length);
  });
});

describe('sims', () => {
  it('batches 250 SIMs with usage into the minimum of upstream calls, matched by key', async () => {
    const iccids = t.sandbox.csss.state.sims.map((sim) => sim.iccid);
    const { data, errors } = await t.execute(FleetUsageDocument, { iccids: [...iccids].reverse() });
    expect(errors).toBeUndefined();
    expect(data!.sims!.map((sim) => sim!.iccid)).toEqual([...iccids].reverse());
    // 250 SIMs at a batch limit of 100: 3 calls for the SIMs, 3 for their usage, nothing else.
    expect(t.sandbox.calls('csss.listSims')).toBe(3);
    expect(t.sandbox.calls('csss.getUsageBatch')).toBe(3);
    expect(upstreamCalls()).toBe(6);
  });

  it('fetches a repeated ICCID once and fails only the unknown and malformed items', async () => {
    const [first, second] = t.sandbox.csss.state.sims.map((sim) => sim.iccid);
    const { data, errors } = await t.execute(FleetUsageDocument, {
      iccids: [first, '89852000000000000000', second, 'nope', first],
    });
    expect(data!.sims!.map((sim) => sim?.iccid ?? null)).toEqual([first, null, second, null, first]);
    expect(errors?.map((error) => [error.path, error.extensions?.code])).toEqual(
      expect.arrayContaining([
        [['sims', 1], 'NOT_FOUND'],
        [['sims', 3], 'BAD_USER_INPUT'],
      ]),
    );
    // The known SIMs are cached by the batch above; the unknown one costs one call, its repeat none.
    expect(t.sandbox.calls('csss.listSims') + t.sandbox.calls('csss.getSim')).toBe(1);
  });

  it('refuses more than 1,000 ICCIDs in one query', async () => {
    const { errors } = await t.execute(FleetUsageDocument, {
      iccids: Array.from({ length: 1_001 }, (_, index) => String(89852000000000000000n + BigInt(index))),
    });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(upstreamCalls()).toBe(0);
  });
});

describe('connections', () => {
  it('pages simsInUse with cursors that neither skip nor repeat', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    let total = 0;
    do {
      const { data, errors } = await t.execute(SimsInUseDocument, { first: 40, after });
      expect(errors).toBeUndefined();
      total = data!.simsInUse!.totalCount;
      seen.push(...data!.simsInUse!.edges.map((edge) => edge.node!.iccid));
      after = data!.simsInUse!.pageInfo.hasNextPage ? data!.simsInUse!.pageInfo.endCursor : null;
    } while (after);
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    // The upstream list is read once and paged by the gateway.
    expect(t.sandbox.calls('csss.listSimsInUse')).toBe(1);
  });

  it('caps first and refuses a forged cursor', async () => {
    const big = await t.execute(SimsInUseDocument, { first: 101 });
    expect(big.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const forged = await t.execute(SimsInUseDocument, { first: 5, after: 'not-a-cursor' });
    expect(forged.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('pages monthlyUsage over upstream page numbers', async () => {
    const firstPage = await t.execute(MonthlyUsageDocument, { month: '2026-10', first: 70 });
    expect(firstPage.errors).toBeUndefined();
    const page = firstPage.data!.monthlyUsage;
    expect(page!.edges).toHaveLength(70);
    const secondPage = await t.execute(MonthlyUsageDocument, {
      month: '2026-10',
      first: 70,
      after: page!.pageInfo.endCursor,
    });
    const ids = [...page!.edges, ...secondPage.data!.monthlyUsage!.edges].map((edge) => edge.node!.iccid);
    expect(new Set(ids).size).toBe(140);
    expect(ids.every((iccid) => /^\d{18,22}$/.test(iccid))).toBe(true);
  });

  it('lists orders with a filter, and reads one order by id', async () => {
    const { data, errors } = await t.execute(OrdersDocument, { filter: { iccid: active }, first: 3 });
    expect(errors).toBeUndefined();
    expect(data!.orders!.edges.every((edge) => edge.node!.iccid === active)).toBe(true);
    const id = data!.orders!.edges[0].node!.id;
    const one = await t.execute(OrderDocument, { id });
    expect(one.data!.order).toMatchObject({ id, iccid: active, sim: { iccid: active } });
    const missing = await t.execute(OrderDocument, { id: 'ORDER_0' });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists the plan catalogue, optionally by type', async () => {
    const all = await t.execute(PlansDocument, {});
    expect(all.data!.plans!.length).toBe(t.sandbox.csss.state.plans.length);
    const monthly = await t.execute(PlansDocument, { type: 'MONTHLY' });
    expect(monthly.data!.plans!.length).toBeGreaterThan(0);
    expect(monthly.data!.plans!.every((plan) => plan.type === 'MONTHLY')).toBe(true);
  });
});
