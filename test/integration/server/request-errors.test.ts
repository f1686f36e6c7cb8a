import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MAX_TOKENS } from '../../../src/server/request-errors.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

type ErrorBody = { errors: { extensions: { code: string } }[] };

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';
let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: '5', METRICS_TOKEN });
});
afterAll(() => t.close());

const post = (query: string, accept: string) =>
  fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept },
    body: JSON.stringify({ query }),
  });
/** Over the token limit, but small in bytes: one selection repeated. */
const tooManyTokens = `{ ${'__typename '.repeat(MAX_TOKENS)} }`;
const refusals = async (transport: string) => {
  const text = await (
    await fetch(`${t.origin}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  return Number(
    new RegExp(`^graphql_documents_refused_total\\{reason="token_limit",transport="${transport}"\\} (\\d+)`, 'm').exec(
      text,
    )?.[1] ?? 0,
  );
};

describe('parse and validation errors are client errors, never 500', () => {
  const cases = [
    ['a syntax error', '{ plans { code }', 'GRAPHQL_PARSE_FAILED'],
    ['a validation error', '{ noSuchField }', 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a document over the alias limit',
      `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: plans { code }`).join(' ')} }`,
      'GRAPHQL_VALIDATION_FAILED',
    ],
    ['a document over the token limit', tooManyTokens, 'GRAPHQL_PARSE_FAILED'],
  ] as const;
  it.each(cases)(
    '%s: 400 with application/graphql-response+json, 200 with application/json',
    async (_name, query, code) => {
      const strict = await post(query, 'application/graphql-response+json');
      expect(strict.status).toBe(400);
      expect(strict.headers.get('content-type')).toContain('application/graphql-response+json');
      expect(((await strict.json()) as ErrorBody).errors[0].extensions.code).toBe(code);
      const legacy = await post(query, 'application/json');
      expect(legacy.status).toBe(200);
      expect(legacy.headers.get('content-type')).toContain('application/json');
      const body = (await legacy.json()) as ErrorBody;
      expect(body.errors[0].extensions.code).toBe(code);
      expect(body).not.toHaveProperty('data');
    },
  );

  it('a request that is not GraphQL over HTTP at all (no query) stays 400 with either media type', async () => {
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ variables: {} }),
    });
    expect(response.status).toBe(400);
  });

  it('counts token-limit refusals in /metrics', async () => {
    const before = await refusals('http');
    await post(tooManyTokens, 'application/json');
    expect(await refusals('http')).toBe(before + 1);
  });
});

describe('over WebSocket', () => {
  it('applies the same token limit, failing only that operation: the socket and its other operations carry on', async () => {
    const closed: number[] = [];
    const client = createClient({
      url: t.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      on: { closed: (event) => closed.push((event as { code: number }).code) },
    });
    const run = (query: string) =>
      new Promise<{ data?: unknown; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }>(
        (resolve) => {
          let result: { data?: unknown } = {};
          client.subscribe(
            { query },
            {
              next: (value) => (result = value),
              error: (errors) => resolve({ errors: errors as never }),
              complete: () => resolve(result),
            },
          );
        },
      );
    const before = await refusals('ws');
    const [refused, broken, fine] = await Promise.all([
      run(tooManyTokens),
      run('{ plans { code }'),
      run('{ __typename }'),
    ]);
    expect(refused.errors?.[0].message).toMatch(/more tha[nt] 5000 tokens/);
    expect(refused.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(broken.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(fine).toEqual({ data: { __typename: 'Query' } });
    expect(await run('{ __typename }')).toEqual({ data: { __typename: 'Query' } });
    expect(closed).toEqual([]);
    expect(await refusals('ws')).toBe(before + 1);
    await client.dispose();
  });
});
