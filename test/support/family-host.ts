import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxFamily } from '../../src/sandbox/family.js';
import { readJsonBody, sendJson } from '../../src/sandbox/http-json.js';

/**
 * Serves one SandboxFamily over node:http on an ephemeral loopback port, for tests that must not wait for the real
 * sandbox server. It counts calls per endpoint and can answer the next calls of an endpoint with an HTTP error.
 */
export interface FamilyHost {
  /** Base URL including the family's prefix, e.g. `http://127.0.0.1:41234/fms`. */
  url: string;
  /** Requests that reached the endpoint, failed ones included. */
  calls(endpoint: string): number;
  /** Answers the endpoint's next `times` requests with `status` instead of handling them. */
  failNext(endpoint: string, status?: number, times?: number): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function hostFamily(family: SandboxFamily): Promise<FamilyHost> {
  const counts = new Map<string, number>();
  const faults = new Map<string, { status: number; remaining: number }>();

  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://sandbox');
    const method = request.method ?? 'GET';
    const path = url.pathname.startsWith(`${family.prefix}/`) ? url.pathname.slice(family.prefix.length) : null;
    const endpoint = path === null ? null : family.resolve(method, path);
    if (path === null || endpoint === null) return sendJson(response, 404, { error: 'no such endpoint' });
    counts.set(endpoint, (counts.get(endpoint) ?? 0) + 1);
    const fault = faults.get(endpoint);
    if (fault) {
      if (--fault.remaining === 0) faults.delete(endpoint);
      return sendJson(response, fault.status, { error: 'injected fault' });
    }
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body.ok) return sendJson(response, body.status, { error: body.reason });
    const answer = await family.handle(endpoint, {
      method,
      path,
      query: url.searchParams,
      headers: request.headers,
      body: body.value,
    });
    sendJson(response, answer.status, answer.body);
  };

  const server = createServer((request, response) => {
    serve(request, response).catch(() => sendJson(response, 500, { error: 'sandbox failure' }));
  });
  server.requestTimeout = 5_000;
  server.headersTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${family.prefix}`,
    calls: (endpoint) => counts.get(endpoint) ?? 0,
    failNext: (endpoint, status = 503, times = 1) => faults.set(endpoint, { status, remaining: times }),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
