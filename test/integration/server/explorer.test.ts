import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExplorerBundle } from '../../../src/server/explorer/explorer.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/** The explorer's routes over plain HTTP; test/e2e/explorer.test.ts drives the page itself in a browser. */
const html = { accept: 'text/html,application/xhtml+xml' };

describe('explorer on (the default off production)', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ SANDBOX_SIMS: '5' });
  });
  afterAll(() => t.close());

  it('answers a browser at /graphql with the self-hosted page, and points / there', async () => {
    const page = await fetch(t.url, { headers: html });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const body = await page.text();
    expect(body).not.toMatch(/https?:\/\/(?!localhost|127\.0\.0\.1)/);
    const root = await fetch(`${t.origin}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/graphql');
  });

  it('serves the bundle files it was built with, and nothing else', async () => {
    const bundle = loadExplorerBundle();
    const [name] = [...bundle.files.keys()].filter((file) => file.endsWith('.js'));
    if (name) {
      const asset = await fetch(`${t.origin}/explorer/assets/${name}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toContain('text/javascript');
    }
    expect((await fetch(`${t.origin}/explorer/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it('still answers GraphQL GET requests that ask for JSON', async () => {
    const response = await fetch(`${t.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('explorer off (GRAPHQL_EXPLORER=false, the default under production)', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ SANDBOX_SIMS: '5', GRAPHQL_EXPLORER: 'false' });
  });
  afterAll(() => t.close());

  it('serves no page, no bundle and no redirect', async () => {
    const page = await fetch(t.url, { headers: html });
    expect(page.headers.get('content-type')).not.toContain('text/html');
    expect(page.status).toBe(400);
    expect((await fetch(`${t.origin}/`, { redirect: 'manual' })).status).toBe(404);
    expect((await fetch(`${t.origin}/explorer/assets/index.js`)).status).toBe(404);
  });
});
