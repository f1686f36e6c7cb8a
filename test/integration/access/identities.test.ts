import { parse } from 'graphql';
import WebSocket from 'ws';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_SCOPES, type Scope } from '../../../src/access/scopes.js';
import { ask, bearer, callsOf, codesByPath, connectAs } from '../../support/access.js';
import { apiKey, clientsFile, type ClientsFileFixture } from '../../support/clients-file.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { connect, subscribe, watchFeed } from '../../support/subscriber.js';

/** API keys over HTTP and graphql-ws: no credentials refused, each scope allowed and denied, revocation and expiry. */
let t: TestGateway;
let file: ClientsFileFixture;
let iccid: string;
let orderId: string;
const only = new Map<Scope, string>();
const without = new Map<Scope, string>();
const expired = apiKey();
const nothing = apiKey();
const revocable = apiKey();
const clients: Record<string, unknown>[] = [];

/** One operation per scope: denied, it is FORBIDDEN with no upstream call; allowed, it is anything but FORBIDDEN. */
const OPERATIONS: [Scope, string][] = [
  ['sims:read', '{ plans { code } }'],
  ['orders:read', '{ orders(first: 1) { totalCount } }'],
  ['orders:write', 'mutation { renewOrder(input: { orderId: "1", periods: 0 }) { orderId } }'],
  ['sms:send', 'mutation { sendSms(input: { iccid: "1", text: "x" }) { message { id } } }'],
  ['esim', '{ esimRegions { __typename } }'],
  ['mall:read', '{ mallBundleGroups { id } }'],
  ['mall:write', 'mutation { createMallSubscription(input: { iccid: "1", paymentId: "x" }) { autoRenewal { id } } }'],
  ['admin', '{ auditLog(first: 1) { pageInfo { hasNextPage } } }'],
];

beforeAll(async () => {
  for (const scope of ALL_SCOPES) {
    const [a, b] = [apiKey(), apiKey()];
    only.set(scope, a.key);
    without.set(scope, b.key);
    clients.push({ id: `only-${scope.replace(':', '-')}`, keys: [a.digest], scopes: [scope] });
    clients.push({
      id: `without-${scope.replace(':', '-')}`,
      keys: [b.digest],
      scopes: ALL_SCOPES.filter((other) => other !== scope),
    });
  }
  clients.push(
    { id: 'expired', keys: [{ digest: expired.digest, expiresAt: '2020-01-01T00:00:00Z' }], scopes: ['sims:read'] },
    { id: 'nothing', keys: [nothing.digest], scopes: [] },
    { id: 'revocable', keys: [revocable.digest], scopes: ['sims:read', 'notifications:read'] },
  );
  file = clientsFile({ clients });
  t = await startTestGateway({ GATEWAY_CLIENTS_FILE: file.path, GATEWAY_AUTH_RECHECK_SECONDS: '1' });
  const { state } = t.sandbox.csss;
  const sim = state.sims.find((candidate) => state.orders.inUse(candidate.iccid))!;
  iccid = sim.iccid;
  orderId = state.orders.inUse(iccid)!.id;
});
afterAll(async () => {
  await t?.close();
  file?.remove();
});
beforeEach(() => t.sandbox.resetCalls());

describe('with a clients file', () => {
  it('refuses a request without credentials, or with a bad or expired key, with 401 UNAUTHENTICATED and no upstream call', async () => {
    const anonymous = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ plans { code } }' }),
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(((await anonymous.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const get = await fetch(`${t.url}?query=${encodeURIComponent('{ plans { code } }')}`);
    expect(get.status).toBe(401);
    for (const authorization of [
      bearer('lfk_not-a-key'),
      `Basic ${Buffer.from('a:b').toString('base64')}`,
      bearer(expired.key),
      only.get('sims:read')!,
    ]) {
      const refused = await ask(t, '{ plans { code } }', {}, authorization);
      expect(refused.status, authorization).toBe(401);
      expect(codesByPath(refused.errors)).toEqual({ '-': 'UNAUTHENTICATED' });
    }
    const noScope = await ask(t, '{ plans { code } }', {}, bearer(nothing.key));
    expect(noScope.status).toBe(403);
    expect(codesByPath(noScope.errors)).toEqual({ '-': 'FORBIDDEN' });
    expect(callsOf(t)).toBe(0);
  });

  it.each(OPERATIONS)(
    'allows %s only to callers holding it: FORBIDDEN otherwise, with no upstream call',
    async (scope, query) => {
      const denied = await ask(t, query, {}, bearer(without.get(scope)!));
      expect(denied.status).toBe(200);
      expect(Object.values(codesByPath(denied.errors))).toEqual(['FORBIDDEN']);
      expect(denied.errors![0].extensions).toMatchObject({ scopes: [scope] });
      expect(callsOf(t)).toBe(0);
      const allowed = await ask(t, query, {}, bearer(only.get(scope)!));
      expect(allowed.status).toBe(200);
      expect(Object.values(codesByPath(allowed.errors))).not.toContain('FORBIDDEN');
    },
  );

  it('answers a query mixing allowed and forbidden fields with the allowed data and FORBIDDEN for the rest, never reading the rest', async () => {
    const mixed = await ask(
      t,
      'query($iccid: ID!, $id: ID!) { sim(iccid: $iccid) { iccid } order(id: $id) { id } }',
      { iccid, id: orderId },
      bearer(only.get('sims:read')!),
    );
    expect(mixed.data).toEqual({ sim: { iccid }, order: null });
    expect(codesByPath(mixed.errors)).toEqual({ order: 'FORBIDDEN' });
    expect(callsOf(t, 'csss.listOrders')).toBe(0);
    const nested = await ask(
      t,
      'query($iccid: ID!) { sim(iccid: $iccid) { iccid activeOrder { id } } }',
      { iccid },
      bearer(only.get('sims:read')!),
    );
    expect(nested.data).toEqual({ sim: { iccid, activeOrder: null } });
    expect(codesByPath(nested.errors)).toEqual({ 'sim.activeOrder': 'FORBIDDEN' });
  });

  it('closes a WebSocket without valid credentials with 4401, one whose credentials grant nothing with 4403', async () => {
    for (const [authorization, code] of [
      [undefined, 4401],
      [bearer('lfk_not-a-key'), 4401],
      [bearer(expired.key), 4401],
      [bearer(nothing.key), 4403],
    ] as const) {
      const { closed } = connectAs(t, authorization);
      expect(await closed, authorization).toBe(code);
    }
  });

  it('takes the credentials from the upgrade request too, and applies the scopes over graphql-ws as over HTTP', async () => {
    const headers = { authorization: bearer(without.get('notifications:read')!) };
    const client = connect(t.url, {
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers });
        }
      },
    });
    const spyOnFeed = vi.spyOn(t.gateway.services.events.feed, 'subscribe');
    const denied = subscribe(client, parse('subscription { notifications { id } }') as never, {});
    // Refused before its feed opens: one result carrying the error, then the subscription completes.
    expect(await denied.ended).toBeNull();
    expect(denied.results.flatMap((result) => result.errors ?? []).map((error) => error.extensions?.code)).toEqual([
      'FORBIDDEN',
    ]);
    expect(spyOnFeed).not.toHaveBeenCalled();
    const read = await client.iterate({ query: '{ plans { code } }' }).next();
    expect((read.value as any).data.plans.length).toBeGreaterThan(0);
    spyOnFeed.mockRestore();
    await client.dispose();
  });

  it('stops a revoked key at once over HTTP, and closes its open subscriptions with 4403', async () => {
    const { client, closed } = connectAs(t, bearer(revocable.key));
    const feed = watchFeed(t.gateway);
    subscribe(client, parse('subscription { notifications { id } }') as never, {});
    await feed.opened(1);
    expect((await ask(t, '{ plans { code } }', {}, bearer(revocable.key))).status).toBe(200);
    file.write({ clients: clients.filter((client) => client.id !== 'revocable') });
    expect(await closed).toBe(4403);
    await vi.waitFor(
      async () => expect((await ask(t, '{ plans { code } }', {}, bearer(revocable.key))).status).toBe(401),
      { timeout: 10_000, interval: 500 },
    );
    file.write({ clients });
  });

  it('closes the subscriptions of a key once it expires, with 4401', async () => {
    const soon = apiKey();
    file.write({
      clients: [
        ...clients,
        {
          id: 'short-lived',
          keys: [{ digest: soon.digest, expiresAt: new Date(Date.now() + 3_000).toISOString() }],
          scopes: ['notifications:read'],
        },
      ],
    });
    await vi.waitFor(async () => expect((await ask(t, '{ __typename }', {}, bearer(soon.key))).status).toBe(200), {
      timeout: 10_000,
      interval: 500,
    });
    const { client, closed } = connectAs(t, bearer(soon.key));
    subscribe(client, parse('subscription { notifications { id } }') as never, {});
    expect(await closed).toBe(4401);
  });
});

describe('on the sandbox with no clients file', () => {
  let open: TestGateway;
  beforeAll(async () => {
    open = await startTestGateway();
  });
  afterAll(() => open?.close());

  it('gives anonymous callers every scope, and the printed demo key a restricted client', async () => {
    const { state } = open.sandbox.csss;
    const anonymous = await ask(
      open,
      'query($iccid: ID!) { sim(iccid: $iccid) { iccid } orders(first: 1) { totalCount } }',
      { iccid: state.sims[10].iccid },
    );
    expect(anonymous.errors).toBeUndefined();
    const demo = open.gateway.sandboxDemo!;
    const [own, other] = [demo.client.iccids![0], state.sims[10].iccid];
    const asDemo = (query: string, variables: Record<string, unknown>) => ask(open, query, variables, bearer(demo.key));
    expect((await asDemo('query($iccid: ID!) { sim(iccid: $iccid) { iccid } }', { iccid: own })).data).toEqual({
      sim: { iccid: own },
    });
    expect(
      codesByPath((await asDemo('query($iccid: ID!) { sim(iccid: $iccid) { iccid } }', { iccid: other })).errors),
    ).toEqual({ sim: 'NOT_FOUND' });
    expect(
      codesByPath(
        (
          await asDemo('mutation($iccid: ID!) { sendSms(input: { iccid: $iccid, text: "hi" }) { message { id } } }', {
            iccid: own,
          })
        ).errors,
      ),
    ).toEqual({ sendSms: 'FORBIDDEN' });
    expect((await ask(open, '{ __typename }', {}, bearer('lfk_wrong'))).status).toBe(401);
  });
});
