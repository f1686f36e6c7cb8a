import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALL_SCOPES } from '../../../src/access/scopes.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { ask, bearer, callsOf, codesByPath } from '../../support/access.js';
import { apiKey, clientsFile, type ClientsFileFixture } from '../../support/clients-file.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * A SIM's usage is asked together with the SIM, not after it answered (one round trip instead of two), and the
 * SIM scope still holds: a foreign SIM costs no upstream read and answers like an unknown one.
 */
let t: TestGateway;
let file: ClientsFileFixture;
const restricted = apiKey();
const full = apiKey();
let mine: string;
let foreign: string;
const UNKNOWN = '89000000000000000000';
const SIM_WITH_USAGE = 'query($iccid: ID!) { sim(iccid: $iccid) { iccid ... on Sim { usage { usedBytes } } } }';

beforeAll(async () => {
  const probe = await startTestGateway({ SANDBOX_SIMS: '30' });
  const { state } = probe.sandbox.csss;
  const usable = state.sims.filter((sim) => sim.lifecycle === SimLifecycle.ACTIVE && state.orders.inUse(sim.iccid));
  [mine, foreign] = [usable[0].iccid, usable[1].iccid];
  await probe.close();
  file = clientsFile({
    clients: [
      { id: 'one-sim', keys: [restricted.digest], scopes: ['sims:read'], iccids: [mine] },
      { id: 'all', keys: [full.digest], scopes: ALL_SCOPES },
    ],
  });
  t = await startTestGateway({ SANDBOX_SIMS: '30', GATEWAY_CLIENTS_FILE: file.path });
});
afterAll(async () => {
  await t?.close();
  file?.remove();
});
beforeEach(() => t.sandbox.resetCalls());

describe('a SIM and its usage', () => {
  it('are asked upstream at once: the sandbox holds getSim until getUsage arrives, which happens only if both were sent together', async () => {
    const csss = t.sandbox.csss as { handle: typeof t.sandbox.csss.handle };
    const handle = csss.handle;
    let usageArrived!: () => void;
    const usage = new Promise<'usage'>((resolve) => (usageArrived = () => resolve('usage')));
    let simReleasedBy: string | undefined;
    csss.handle = async (endpoint, request) => {
      if (endpoint === 'getUsage') usageArrived();
      if (endpoint === 'getSim')
        simReleasedBy = await Promise.race([
          usage,
          new Promise<string>((resolve) => setTimeout(resolve, 3_000, 'timeout')),
        ]);
      return handle(endpoint, request);
    };
    try {
      const { data, errors } = await ask(t, SIM_WITH_USAGE, { iccid: mine }, bearer(full.key));
      expect(errors).toBeUndefined();
      expect(data!.sim.usage.usedBytes).toBeGreaterThanOrEqual(0);
      expect(simReleasedBy).toBe('usage');
      expect([callsOf(t, 'csss.getSim'), callsOf(t, 'csss.getUsage')]).toEqual([1, 1]);
    } finally {
      csss.handle = handle;
    }
  });

  it('still answer a foreign SIM exactly as an unknown one, and a foreign one costs no upstream read', async () => {
    const theirs = await ask(t, SIM_WITH_USAGE, { iccid: foreign }, bearer(restricted.key));
    expect(theirs.data).toEqual({ sim: null });
    expect(codesByPath(theirs.errors)).toEqual({ sim: 'NOT_FOUND' });
    expect(callsOf(t)).toBe(0);
    const unknown = await ask(t, SIM_WITH_USAGE, { iccid: UNKNOWN }, bearer(full.key));
    expect(unknown.data).toEqual({ sim: null });
    expect(codesByPath(unknown.errors)).toEqual({ sim: 'NOT_FOUND' });
  });

  it('of many SIMs are batched and asked together: the same minimum of calls', async () => {
    const iccids = t.sandbox.csss.state.sims.slice(0, 20).map((sim) => sim.iccid);
    const { data, errors } = await ask(
      t,
      'query($iccids: [ID!]!) { sims(iccids: $iccids) { iccid usage { usedBytes } } }',
      { iccids },
      bearer(full.key),
    );
    expect(errors?.filter((error) => error.extensions?.code !== 'NOT_FOUND') ?? []).toEqual([]);
    expect(data!.sims).toHaveLength(20);
    expect([
      callsOf(t, 'csss.listSims'),
      callsOf(t, 'csss.getUsageBatch'),
      callsOf(t, 'csss.getSim', 'csss.getUsage'),
    ]).toEqual([1, 1, 0]);
  });

  it('asked by several root fields of one query are still read together, each SIM once', async () => {
    // SIMs no other test here read: none is in the read cache yet.
    const iccids = t.sandbox.csss.state.sims.slice(20, 30).map((sim) => sim.iccid);
    const { data, errors } = await ask(
      t,
      `query($first: [ID!]!, $second: [ID!]!, $one: ID!) {
        a: sims(iccids: $first) { iccid usage { usedBytes } }
        b: sims(iccids: $second) { iccid usage { usedBytes } }
        c: sim(iccid: $one) { iccid usage { usedBytes } }
      }`,
      { first: iccids.slice(0, 7), second: iccids.slice(3, 10), one: iccids[9] },
      bearer(full.key),
    );
    expect(errors?.filter((error) => error.extensions?.code !== 'NOT_FOUND') ?? []).toEqual([]);
    expect([data!.a.length, data!.b.length, data!.c.iccid]).toEqual([7, 7, iccids[9]]);
    expect([
      callsOf(t, 'csss.listSims'),
      callsOf(t, 'csss.getUsageBatch'),
      callsOf(t, 'csss.getSim', 'csss.getUsage'),
    ]).toEqual([1, 1, 0]);
  });
});
