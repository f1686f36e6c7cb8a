import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, askOverWs, callsOf } from '../../support/access.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/** The query: 30 aliases, each a 1,000-ICCID list with a per-SIM field, 26 KB with its variables. */
function costlyQuery(): string {
  const aliases = Array.from(
    { length: 30 },
    (_, index) => `a${index}: sims(iccids: $iccids) { iccid balance { __typename } }`,
  ).join('\n');
  return `query Costly($iccids: [ID!]!) {\n${aliases}\n}`;
}

let t: TestGateway;
let fleet: string[];
beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: '1000' });
  fleet = t.sandbox.csss.state.sims.map((sim) => sim.iccid);
});
afterAll(() => t.close());

describe('demand control', () => {
  it('refuses the 30,000-call query outright over HTTP, with COST_LIMIT and no upstream call', async () => {
    const query = costlyQuery();
    expect(query.length + JSON.stringify(fleet).length).toBeGreaterThan(24_000);
    const before = callsOf(t);
    const response = await ask(t, query, { iccids: fleet });
    expect(response.status).toBe(400);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0].extensions).toEqual({
      code: 'COST_LIMIT',
      estimatedCalls: 30 * (10 + 1_000),
      maxCalls: 200,
    });
    expect(callsOf(t) - before).toBe(0);
  });

  it('refuses it over graphql-ws too, the same way', async () => {
    const before = callsOf(t);
    const result = await askOverWs(t, costlyQuery(), { iccids: fleet });
    expect(result.errors?.[0].extensions?.code).toBe('COST_LIMIT');
    expect(callsOf(t) - before).toBe(0);
  });

  it('runs a 1,000-SIM sims { usage } in its 20 batch calls', async () => {
    const before = {
      sims: t.sandbox.calls('csss.listSims'),
      usage: t.sandbox.calls('csss.getUsageBatch'),
      all: callsOf(t),
    };
    const { data, errors } = await ask(
      t,
      'query($iccids: [ID!]!) { sims(iccids: $iccids) { iccid usage { usedBytes } } }',
      { iccids: fleet },
    );
    expect(errors).toBeUndefined();
    expect(data?.sims).toHaveLength(1_000);
    expect(data?.sims.every((sim: { usage: unknown } | null) => sim?.usage)).toBe(true);
    expect(t.sandbox.calls('csss.listSims') - before.sims).toBe(10);
    expect(t.sandbox.calls('csss.getUsageBatch') - before.usage).toBe(10);
    expect(callsOf(t) - before.all).toBe(20);
  });
});

describe('the upstream calls of a request, counted as they happen', () => {
  let small: TestGateway;
  beforeAll(async () => {
    small = await startTestGateway({ SANDBOX_SIMS: '5', GRAPHQL_MAX_UPSTREAM_CALLS: '3' });
  });
  afterAll(() => small.close());

  it('stops a request at the cap when retries make more calls than estimated', async () => {
    const iccid = small.sandbox.csss.state.sims[0].iccid;
    // Estimated 2 calls (the SIM, its usage); a failing usage read is retried, and the third call is never sent.
    small.sandbox.inject({ endpoint: 'csss.getUsage', kind: 'http-503', times: 10 });
    const before = callsOf(small);
    const { data, errors } = await ask(
      small,
      'query($iccid: ID!) { sim(iccid: $iccid) { iccid usage { usedBytes } } }',
      { iccid },
    );
    // `usage` is non-null in the schema today, so its failure may empty its SIM: the error is what counts.
    expect(data?.sim?.iccid ?? iccid).toBe(iccid);
    expect(errors?.map((error) => [error.path?.join('.'), error.extensions?.code])).toEqual([
      ['sim.usage', 'COST_LIMIT'],
    ]);
    expect(callsOf(small) - before).toBe(3);
  });
});
