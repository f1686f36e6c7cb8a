import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, askOverWs, bearer } from '../../support/access.js';
import { apiKey, clientsFile, type ClientsFileFixture } from '../../support/clients-file.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/** HTTP and graphql-ws apply one policy: introspection for admins only and no suggestions in production, the same limits. */
const admin = apiKey();
const reader = apiKey();
let file: ClientsFileFixture;
let production: TestGateway;
let development: TestGateway;
beforeAll(async () => {
  file = clientsFile({
    clients: [
      { id: 'ops', keys: [admin.digest], scopes: ['admin', 'sims:read'] },
      { id: 'app', keys: [reader.digest], scopes: ['sims:read'] },
    ],
  });
  // Libraries read the process's NODE_ENV too (Apollo turns introspection off under it): built as in production.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    production = await startTestGateway({
      SANDBOX_SIMS: '5',
      NODE_ENV: 'production',
      LINKSFIELD_SANDBOX: 'true',
      GATEWAY_CLIENTS_FILE: file.path,
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  development = await startTestGateway({ SANDBOX_SIMS: '5', GATEWAY_CLIENTS_FILE: file.path });
});
afterAll(async () => {
  await Promise.all([production.close(), development.close()]);
  file.remove();
});

const overWs = (t: TestGateway, key: string, query: string) => askOverWs(t, query, {}, bearer(key));

const INTROSPECTION = '{ __schema { queryType { name } } }';
const TYPO = '{ plans { cod } }';

describe('in production', () => {
  it('answers introspection only to callers with admin, over HTTP and graphql-ws', async () => {
    const refused = await ask(production, INTROSPECTION, {}, bearer(reader.key));
    expect(refused.status).toBe(403);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await overWs(production, reader.key, INTROSPECTION)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const allowed = await ask(production, INTROSPECTION, {}, bearer(admin.key));
    expect(allowed.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect((await overWs(production, admin.key, INTROSPECTION)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    // A __type lookup is introspection too.
    expect(
      (await ask(production, '{ __type(name: "Sim") { name } }', {}, bearer(reader.key))).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('never suggests field names, over either transport', async () => {
    const http = await ask(production, TYPO, {}, bearer(reader.key));
    const ws = await overWs(production, reader.key, TYPO);
    for (const errors of [http.errors, ws.errors])
      expect(errors?.[0].message).toBe('Cannot query field "cod" on type "Plan".');
  });
});

describe('off production', () => {
  it('lets anyone introspect and suggests names', async () => {
    expect((await ask(development, INTROSPECTION, {}, bearer(reader.key))).data).toBeDefined();
    expect((await ask(development, TYPO, {}, bearer(reader.key))).errors?.[0].message).toMatch(/Did you mean "code"\?/);
    expect((await overWs(development, reader.key, TYPO)).errors?.[0].message).toMatch(/Did you mean "code"\?/);
  });
});

describe('both transports', () => {
  it('apply the same alias limit', async () => {
    const query = `{ ${Array.from({ length: 31 }, (_, index) => `a${index}: plans { code }`).join(' ')} }`;
    const http = await ask(development, query, {}, bearer(reader.key));
    const ws = await overWs(development, reader.key, query);
    expect(http.errors?.[0].message).toMatch(/aliases/i);
    expect(ws.errors?.[0].message).toBe(http.errors?.[0].message);
  });
});
