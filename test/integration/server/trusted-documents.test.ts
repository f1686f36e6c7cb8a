import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ALL_SCOPES } from '../../../src/access/scopes.js';
import { sha256 } from '../../../src/server/trusted-documents.js';
import { OrderStatus, SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { bearer, callsOf } from '../../support/access.js';
import { apiKey, clientsFile, type ClientsFileFixture } from '../../support/clients-file.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { connect } from '../../support/subscriber.js';

/**
 * Trusted documents over real HTTP and WebSocket: `enforce` runs only the manifest's operations, `allow` also runs
 * others and automatic persisted queries, and trusted queries are answered from a response cache that a write or a
 * notification makes stale at once and that two callers with different SIMs never share.
 */
const SIM =
  'query TrustedSim($iccid: ID!) { sim(iccid: $iccid) { iccid activeOrder { id status } orders(first: 50) { totalCount } } }';
const ORDER_PLAN = 'mutation TrustedOrderPlan($input: OrderPlanInput!) { orderPlan(input: $input) { orderId } }';
const ALERTS = 'subscription TrustedAlerts { usageAlerts { iccids } }';
const manifest = Object.fromEntries([SIM, ORDER_PLAN, ALERTS].map((text) => [sha256(text), text]));

let folder: string;
let manifestFile: string;
let file: ClientsFileFixture;
const all = apiKey();
const onlyFirst = apiKey();
const onlySecond = apiKey();
let first: string;
let second: string;
let monthlyPlan: string;

interface Answer {
  status: number;
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post(t: TestGateway, body: Record<string, unknown>, key = all.key): Promise<Answer> {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: bearer(key) },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

const byId = (text: string, variables: Record<string, unknown>) => ({
  documentId: `sha256:${sha256(text)}`,
  variables,
});
const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'lf-trusted-'));
  manifestFile = join(folder, 'persisted-documents.json');
  writeFileSync(manifestFile, JSON.stringify(manifest));
  const probe = await startTestGateway({ SANDBOX_SIMS: '40' });
  const { state } = probe.sandbox.csss;
  const usable = state.sims.filter(
    (sim) => sim.lifecycle === SimLifecycle.ACTIVE && !sim.ota && state.orders.inUse(sim.iccid),
  );
  [first, second] = [usable[0].iccid, usable[1].iccid];
  monthlyPlan = state.plans.find((plan) => plan.type === 'MONTHLY' && !plan.ota)!.code;
  await probe.close();
  file = clientsFile({
    clients: [
      { id: 'all', keys: [all.digest], scopes: ALL_SCOPES },
      { id: 'first', keys: [onlyFirst.digest], scopes: ['sims:read', 'orders:read'], iccids: [first] },
      { id: 'second', keys: [onlySecond.digest], scopes: ['sims:read', 'orders:read'], iccids: [second] },
    ],
  });
});
afterAll(() => {
  file?.remove();
  rmSync(folder, { recursive: true, force: true });
});

describe('GRAPHQL_TRUSTED_DOCUMENTS=enforce', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({
      SANDBOX_SIMS: '40',
      GATEWAY_CLIENTS_FILE: file.path,
      GRAPHQL_TRUSTED_DOCUMENTS: 'enforce',
      GRAPHQL_TRUSTED_DOCUMENTS_FILE: manifestFile,
    });
  });
  afterAll(() => t?.close());
  beforeEach(() => t.sandbox.resetCalls());

  it('runs a manifest operation named by its id or by its exact text', async () => {
    const named = await post(t, byId(SIM, { iccid: first }));
    expect(named.errors).toBeUndefined();
    expect(named.data.sim.iccid).toBe(first);
    const apolloStyle = await post(t, {
      variables: { iccid: first },
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(SIM) } },
    });
    expect(apolloStyle.data).toEqual(named.data);
    const asText = await post(t, { query: SIM, variables: { iccid: first } });
    expect(asText.data).toEqual(named.data);
  });

  it('refuses any other document with a typed error before it runs, including an attempt to register it as a persisted query', async () => {
    const other = '{ sim(iccid: "89852049017565664195") { iccid } }';
    for (const body of [
      { query: other },
      { query: other, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(other) } } },
      { query: `${SIM} ` },
    ]) {
      const answer = await post(t, body);
      expect([answer.status, codeOf(answer)]).toEqual([400, 'TRUSTED_DOCUMENT_REQUIRED']);
    }
    const unknownId = await post(t, { documentId: `sha256:${sha256(other)}` });
    expect([unknownId.status, codeOf(unknownId)]).toEqual([400, 'PERSISTED_QUERY_NOT_FOUND']);
    const get = await fetch(`${t.url}?query=${encodeURIComponent(other)}`, {
      headers: { authorization: bearer(all.key), 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(400);
    expect(callsOf(t)).toBe(0);
  });

  it('refuses an untrusted subscription over WebSocket too, and runs a trusted one', async () => {
    const client = connect(t.url, { connectionParams: { authorization: bearer(all.key) } });
    try {
      const refused = await new Promise<unknown>((resolve) =>
        client.subscribe(
          { query: 'subscription { smsReceived { id } }' },
          { next: () => undefined, error: resolve, complete: () => resolve(null) },
        ),
      );
      expect((refused as { extensions?: { code?: string } }[])[0].extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
      const trusted = await new Promise<unknown>((resolve) => {
        const stop = client.subscribe(
          { query: ALERTS },
          { next: () => undefined, error: resolve, complete: () => resolve('complete') },
        );
        setTimeout(() => {
          stop();
          resolve('open');
        }, 300);
      });
      expect(trusted).toBe('open');
    } finally {
      await client.dispose();
    }
  });
});

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

describe('GRAPHQL_TRUSTED_DOCUMENTS=allow: the response cache', () => {
  let t: TestGateway;
  const responseCacheHits = async () => {
    const text = await t.gateway.app
      .inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
      .then((response) => response.body);
    return Number(/graphql_response_cache_requests_total\{result="hit"\} (\d+)/.exec(text)?.[1] ?? 0);
  };
  beforeAll(async () => {
    t = await startTestGateway({
      SANDBOX_SIMS: '40',
      GATEWAY_CLIENTS_FILE: file.path,
      GRAPHQL_TRUSTED_DOCUMENTS: 'allow',
      GRAPHQL_TRUSTED_DOCUMENTS_FILE: manifestFile,
      METRICS_TOKEN,
    });
  });
  afterAll(() => t?.close());
  beforeEach(() => t.sandbox.resetCalls());

  it('answers a repeated trusted query without reading anything, and other documents still run', async () => {
    const answer = await post(t, byId(SIM, { iccid: first }));
    expect(answer.errors).toBeUndefined();
    t.sandbox.resetCalls();
    const hits = await responseCacheHits();
    const again = await post(t, byId(SIM, { iccid: first }));
    expect(again.data).toEqual(answer.data);
    expect(await responseCacheHits()).toBe(hits + 1);
    const other = await post(t, { query: '{ sim(iccid: "' + first + '") { lifecycle } }' });
    expect(other.data.sim.lifecycle).toBe('ACTIVE');
  });

  it('serves no stale answer after a write', async () => {
    t.sandbox.setNotifyUrl(null);
    try {
      const before = await post(t, byId(SIM, { iccid: first }));
      await post(t, byId(SIM, { iccid: first }));
      const ordered = await post(t, byId(ORDER_PLAN, { input: { iccid: first, planCode: monthlyPlan, periods: 1 } }));
      expect(ordered.errors).toBeUndefined();
      const after = await post(t, byId(SIM, { iccid: first }));
      expect(after.data.sim.orders.totalCount).toBe(before.data.sim.orders.totalCount + 1);
    } finally {
      t.sandbox.setNotifyUrl(`${t.origin}/webhooks/linksfield`);
    }
  });

  it('serves no stale answer after a notification about a change made elsewhere', async () => {
    const before = await post(t, byId(SIM, { iccid: second }));
    expect(before.data.sim.activeOrder.status).toBe('IN_USE');
    await post(t, byId(SIM, { iccid: second }));
    const { state } = t.sandbox.csss;
    state.orders.endEarly(state.orders.inUse(second)!.id, state.now());
    await t.sandbox.notifier.idle();
    expect(t.sandbox.notifier.stats().delivered).toBeGreaterThan(0);
    const after = await post(t, byId(SIM, { iccid: second }));
    expect(after.data.sim.activeOrder?.status ?? null).not.toBe(OrderStatus.IN_USE);
  });

  it('never shares an entry between two callers with different SIMs', async () => {
    const own = await post(t, byId(SIM, { iccid: first }), onlyFirst.key);
    expect(own.data.sim.iccid).toBe(first);
    const again = await post(t, byId(SIM, { iccid: first }), onlyFirst.key);
    expect(again.data).toEqual(own.data);
    const foreign = await post(t, byId(SIM, { iccid: first }), onlySecond.key);
    expect(foreign.data).toEqual({ sim: null });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
  });

  it('still runs automatic persisted queries: an unknown hash asks for the text, which is then kept', async () => {
    const text = `{ sim(iccid: "${first}") { iccid } }`;
    const hash = { persistedQuery: { version: 1, sha256Hash: sha256(text) } };
    expect(codeOf(await post(t, { extensions: hash }))).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(t, { query: text, extensions: hash })).data.sim.iccid).toBe(first);
    expect((await post(t, { extensions: hash })).data.sim.iccid).toBe(first);
  });
});
