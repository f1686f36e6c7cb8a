import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { QUERY as BATCH_QUERY } from '../../../bench/batching/batching.js';
import { QUERY as SINGLE_QUERY, TRUSTED_QUERY } from '../../../bench/single-sim/single-sim.js';
import { simTag } from '../../../src/graph/sim/sim.loaders.js';
import { sha256 } from '../../../src/server/trusted-documents.js';
import { ask, callsOf } from '../../support/access.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

/**
 * The bench's smoke, in a few seconds: the queries `npm run bench` measures make the upstream calls the bench
 * reports, over a gateway configured like the bench's. Timings are never asserted here; `npm run bench` prints them.
 */
let t: TestGateway;
let folder: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'lf-bench-smoke-'));
  const manifest = join(folder, 'persisted-documents.json');
  writeFileSync(manifest, JSON.stringify({ [sha256(TRUSTED_QUERY)]: TRUSTED_QUERY }));
  t = await startTestGateway({
    SANDBOX_SIMS: '1000',
    GRAPHQL_TRUSTED_DOCUMENTS: 'allow',
    GRAPHQL_TRUSTED_DOCUMENTS_FILE: manifest,
    METRICS_TOKEN,
  });
});
afterAll(async () => {
  await t?.close();
  rmSync(folder, { recursive: true, force: true });
});
beforeEach(() => t.sandbox.resetCalls());

const iccids = () => t.sandbox.csss.state.sims.map((sim) => sim.iccid);

describe('the bench queries (smoke of npm run bench)', () => {
  it('batching: 1,000 SIMs with usage in the minimum of 20 upstream calls', async () => {
    const { data, errors } = await ask(t, BATCH_QUERY, { iccids: iccids() });
    expect(errors).toBeUndefined();
    expect(data!.sims.filter((sim: { usage: unknown } | null) => sim?.usage)).toHaveLength(1_000);
    expect([callsOf(t, 'csss.listSims'), callsOf(t, 'csss.getUsageBatch'), callsOf(t)]).toEqual([10, 10, 20]);
  });

  it('single SIM: two calls cold, none hot, none for the trusted document from the response cache', async () => {
    const iccid = iccids()[0];
    // The batching test above read every SIM: a write's invalidation makes this one cold again.
    await t.gateway.services.cache.invalidate([simTag(iccid)]);
    await ask(t, SINGLE_QUERY, { iccid });
    expect([callsOf(t, 'csss.getSim'), callsOf(t, 'csss.getUsage'), callsOf(t)]).toEqual([1, 1, 2]);
    t.sandbox.resetCalls();
    const hot = await ask(t, SINGLE_QUERY, { iccid });
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: `sha256:${sha256(TRUSTED_QUERY)}`, variables: { iccid } }),
    });
    const trusted = (await response.json()) as { data: unknown };
    const metrics = await t.gateway.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    const again = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ documentId: sha256(TRUSTED_QUERY), variables: { iccid } }),
    });
    expect(((await again.json()) as { data: unknown }).data).toEqual(hot.data);
    expect(trusted.data).toEqual(hot.data);
    expect(callsOf(t)).toBe(0);
    const after = await t.gateway.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    const hits = (text: string) =>
      Number(/graphql_response_cache_requests_total\{result="hit"\} (\d+)/.exec(text)?.[1] ?? 0);
    expect(hits(after.body)).toBe(hits(metrics.body) + 1);
  });
});
