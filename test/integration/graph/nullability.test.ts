import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/** A failed sub-read costs its own field (null plus an error naming its path), never its siblings or the response. */
let t: TestGateway;

beforeAll(async () => {
  // No read retries, so one injected fault is one failed field.
  t = await startTestGateway({ UPSTREAM_RETRIES: '0' });
});
afterAll(() => t.close());
beforeEach(() => {
  t.sandbox.resetCalls();
  t.sandbox.clearFaults();
});

type Loose = Record<string, any>;
const query = (source: string) => parse(source) as TypedDocumentNode<Loose, Record<string, unknown>>;

describe('a failed upstream read', () => {
  it('costs one SIM its balance, and keeps plans and the other SIMs', async () => {
    const inUse = t.sandbox.csss.state.sims.filter(
      (sim) => sim.lifecycle === SimLifecycle.ACTIVE && t.sandbox.csss.state.orders.inUse(sim.iccid),
    );
    expect(inUse.length).toBeGreaterThan(1);
    t.sandbox.inject({ endpoint: 'csss.getMnoBalance', kind: 'http-500', times: 1 });
    const { status, data, errors } = await t.execute(
      query(`{
        plans { code }
        simsInUse(first: 100) { totalCount edges { node { iccid balance { dataBytes } } } }
      }`),
      {},
    );
    expect(status).toBe(200);
    expect(data!.plans.length).toBeGreaterThan(0);
    const nodes = data!.simsInUse.edges.map((edge: Loose) => edge.node);
    expect(nodes).toHaveLength(data!.simsInUse.totalCount);
    const failed = nodes.filter((node: Loose) => node.balance === null);
    expect(failed).toHaveLength(1);
    expect(nodes.filter((node: Loose) => node.balance !== null)).toHaveLength(nodes.length - 1);
    expect(errors).toHaveLength(1);
    const index = nodes.indexOf(failed[0]);
    expect(errors![0].path).toEqual(['simsInUse', 'edges', index, 'node', 'balance']);
    expect(errors![0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  });

  it('costs a root field itself, and keeps its sibling root fields', async () => {
    // Mall data is never cached, so the fault is met.
    t.sandbox.inject({ endpoint: 'mall.listGroups', kind: 'business', code: 'E9999' });
    const iccid = t.sandbox.csss.state.sims[0].iccid;
    const { data, errors } = await t.execute(
      query(`query ($iccid: ID!) { mallBundleGroups { id } sim(iccid: $iccid) { iccid } }`),
      { iccid },
    );
    expect(data).toEqual({ mallBundleGroups: null, sim: { iccid } });
    expect(errors?.map((error) => error.path)).toEqual([['mallBundleGroups']]);
  });
});

describe('lookups of an unknown id', () => {
  const unknownIccid = '8900000000000000000';
  it.each([
    ['sim', `{ sim(iccid: "${unknownIccid}") { iccid } }`],
    ['order', '{ order(id: "999999999") { id } }'],
    ['mallCard', `{ mallCard(iccid: "${unknownIccid}") { iccid } }`],
    ['mallBundleGroup', '{ mallBundleGroup(id: "no-such-group") { id } }'],
    ['esimPackage', '{ esimPackage(id: "999999999") { id } }'],
  ])('%s answers null with NOT_FOUND, beside a sibling that still arrives', async (field, source) => {
    const { status, data, errors } = await t.execute(query(source.replace(/\}$/, ' plans { code } }')), {});
    expect(status).toBe(200);
    expect(data![field]).toBeNull();
    expect(data!.plans.length).toBeGreaterThan(0);
    expect(errors).toHaveLength(1);
    expect(errors![0]).toMatchObject({ path: [field], extensions: { code: 'NOT_FOUND' } });
  });
});
