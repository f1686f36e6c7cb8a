import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ALL_SCOPES } from '../../../src/access/scopes.js';
import { ask, bearer } from '../../support/access.js';
import { apiKey, clientsFile, type ClientsFileFixture } from '../../support/clients-file.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * The fleet views and the CSV export for callers of a clients file: a restricted client sees only its SIMs in every
 * list, total and export; a client without `sims:read` gets FORBIDDEN; no credentials get 401. The CSV holds the
 * same rows as the GraphQL page with the same filter and order.
 */
let t: TestGateway;
let file: ClientsFileFixture;
const restricted = apiKey();
const full = apiKey();
const noSims = apiKey();
let mine: string[];
let prefix: string;

const csv = (t: TestGateway, query: string, key?: string) =>
  fetch(`${t.origin}/fleet/sims.csv${query}`, { headers: key ? { authorization: bearer(key) } : {} });

/** RFC 4180: fields separated by commas, quoted when they hold a comma, quote or line break (`""` inside quotes). */
function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') ((field += '"'), index++);
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (fields.push(field), (field = ''));
    else if (char === '\r' && text[index + 1] === '\n') {
      fields.push(field);
      records.push(fields);
      ((fields = []), (field = ''), index++);
    } else field += char;
  }
  const [names, ...rows] = records;
  return rows.map((row) => Object.fromEntries(row.map((value, index) => [names[index], value])));
}

beforeAll(async () => {
  const probe = await startTestGateway({ SANDBOX_SIMS: '200' });
  const { sims } = probe.sandbox.csss.state;
  mine = [sims[5].iccid, sims[77].iccid];
  prefix = sims[150].iccid.slice(0, 18);
  await probe.close();
  file = clientsFile({
    clients: [
      { id: 'restricted', keys: [restricted.digest], scopes: ['sims:read'], iccids: [...mine, `${prefix}*`] },
      { id: 'full', keys: [full.digest], scopes: ALL_SCOPES },
      { id: 'orders-only', keys: [noSims.digest], scopes: ['orders:read'] },
    ],
  });
  t = await startTestGateway({ SANDBOX_SIMS: '200', GATEWAY_CLIENTS_FILE: file.path, FLEET_REFRESH_SECONDS: '3600' });
  await vi.waitFor(() => expect(t.gateway.services.fleet.complete).toBe(true), { timeout: 20_000, interval: 50 });
});
afterAll(async () => {
  await t?.close();
  file?.remove();
});

describe('a restricted client', () => {
  it('lists, counts and totals only its SIMs', async () => {
    const expected = t.sandbox.csss.state.sims
      .map((sim) => sim.iccid)
      .filter((iccid) => mine.includes(iccid) || iccid.startsWith(prefix))
      .sort();
    expect(expected.length).toBeGreaterThan(2);
    const result = await ask(
      t,
      '{ fleet { sims(first: 100) { totalCount edges { node { iccid usedBytes } } } summary { simCount usedBytes byLifecycle { simCount } } } }',
      {},
      bearer(restricted.key),
    );
    expect(result.errors).toBeUndefined();
    const { sims, summary } = result.data!.fleet;
    expect(sims.edges.map((edge: { node: { iccid: string } }) => edge.node.iccid)).toEqual(expected);
    expect(sims.totalCount).toBe(expected.length);
    expect(summary.simCount).toBe(expected.length);
    expect(summary.usedBytes).toBe(
      sims.edges.reduce((sum: number, edge: { node: { usedBytes: number } }) => sum + edge.node.usedBytes, 0),
    );
    expect(summary.byLifecycle.reduce((sum: number, entry: { simCount: number }) => sum + entry.simCount, 0)).toBe(
      expected.length,
    );
    const foreign = t.sandbox.csss.state.sims[0].iccid;
    const filtered = await ask(
      t,
      'query($iccid: ID!) { fleet { sims(filter: { iccid: $iccid }) { totalCount } } }',
      { iccid: foreign },
      bearer(restricted.key),
    );
    expect(filtered.data!.fleet.sims.totalCount).toBe(0);
  });

  it('exports only its SIMs', async () => {
    const response = await csv(t, '', restricted.key);
    expect(response.status).toBe(200);
    const rows = parseCsv(await response.text());
    const all = await ask(t, '{ fleet { sims(first: 100) { edges { node { iccid } } } } }', {}, bearer(restricted.key));
    expect(rows.map((row) => row.iccid)).toEqual(
      all.data!.fleet.sims.edges.map((edge: { node: { iccid: string } }) => edge.node.iccid),
    );
  });
});

describe('the CSV export', () => {
  it('matches the GraphQL page with the same filter and order, field by field', async () => {
    const query = `{ fleet { sims(first: 100, filter: { lifecycles: [ACTIVE], withoutPlan: false }, orderBy: { field: USED_BYTES, direction: DESC }) {
      totalCount edges { node { iccid imsi msisdn lifecycle activatedAt activeOrderId planCode planName planExpiresAt usedBytes remainingBytes usedShare } } } } }`;
    const page = await ask(t, query, {}, bearer(full.key));
    const response = await csv(t, '?lifecycles=ACTIVE&withoutPlan=false&orderBy=USED_BYTES&direction=DESC', full.key);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = parseCsv(await response.text());
    expect(rows).toHaveLength(page.data!.fleet.sims.totalCount);
    const nodes = page.data!.fleet.sims.edges.map((edge: { node: Record<string, unknown> }) => edge.node);
    expect(rows.slice(0, nodes.length)).toEqual(
      nodes.map((node: Record<string, unknown>) =>
        Object.fromEntries(Object.entries(node).map(([name, value]) => [name, value === null ? '' : String(value)])),
      ),
    );
  });

  it('refuses a bad filter with 400, no credentials with 401 and a client without sims:read with 403', async () => {
    const bad = await csv(t, '?lifecycles=SLEEPING', full.key);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await csv(t, '?color=red', full.key)).status).toBe(400);
    expect((await csv(t, '?orderBy=COLOR', full.key)).status).toBe(400);
    const anonymous = await csv(t, '');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    const forbidden = await csv(t, '', noSims.key);
    expect(forbidden.status).toBe(403);
    expect(((await forbidden.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    const graph = await ask(t, '{ fleet { indexedAt } }', {}, bearer(noSims.key));
    expect(graph.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
