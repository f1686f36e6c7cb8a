import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { loadConfig, ConfigError } from '../../../src/config.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

const ALLOWED = 'https://app.example.com';
const REFUSED = 'https://evil.example';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: '5', CORS_ORIGINS: `${ALLOWED}, http://localhost:5173` });
});
afterAll(() => t.close());

const preflight = (origin: string) =>
  fetch(t.url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });

/** Opens a WebSocket to /graphql with an Origin (or none); resolves with `open` or the HTTP status of the refusal. */
function upgrade(origin: string | undefined): Promise<'open' | number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(t.url.replace(/^http/, 'ws'), 'graphql-transport-ws', origin ? { origin } : {});
    socket.once('open', () => {
      socket.close();
      resolve('open');
    });
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', () => undefined);
  });
}

describe('CORS', () => {
  it('answers the preflight of an allowed origin with its CORS headers', async () => {
    const response = await preflight(ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
  });

  it('gives any other origin no CORS headers, so the browser refuses the call', async () => {
    const response = await preflight(REFUSED);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(t.url, {
      method: 'POST',
      headers: { origin: REFUSED, 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    const allowed = await fetch(t.url, {
      method: 'POST',
      headers: { origin: ALLOWED, 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
  });

  it('gives the webhook routes no CORS headers, even for an allowed origin: only Linksfield posts there', async () => {
    const post = await fetch(`${t.origin}/webhooks/linksfield/sms-uplink`, {
      method: 'POST',
      headers: { origin: ALLOWED, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBeGreaterThanOrEqual(400);
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
    expect(post.headers.get('vary')).toBeNull();
  });

  it('refuses a cross-origin WebSocket, and lets servers (no Origin), allowed origins and the same origin through', async () => {
    expect(await upgrade(REFUSED)).toBe(403);
    expect(await upgrade(undefined)).toBe('open');
    expect(await upgrade(ALLOWED)).toBe('open');
    expect(await upgrade(t.origin)).toBe('open');
  });

  it('refuses CORS_ORIGINS=* in production, and anything that is not an origin', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig({ SANDBOX_SIMS: '5', LINKSFIELD_SANDBOX: 'true', ...env });
        return [];
      } catch (error) {
        return (error as ConfigError).problems;
      }
    };
    expect(problems({ NODE_ENV: 'production', CORS_ORIGINS: '*' })).toContain(
      'CORS_ORIGINS=* is refused under NODE_ENV=production: list the origins',
    );
    expect(problems({ CORS_ORIGINS: '*' })).toEqual([]);
    expect(problems({ CORS_ORIGINS: 'https://app.example.com/path' })).toEqual([
      'CORS_ORIGINS: "https://app.example.com/path" is not an origin like https://app.example.com (scheme, host, optional port, no path)',
    ]);
  });
});
