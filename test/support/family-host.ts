import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SandboxFamily } from '../../src/sandbox/family.js';

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
    if (path === null || endpoint === null) return reply(response, 404, { error: 'no such endpoint' });
    counts.set(endpoint, (counts.get(endpoint) ?? 0) + 1);
    const fault = faults.get(endpoint);
    if (fault) {
      if (--fault.remaining === 0) faults.delete(endpoint);
      return reply(response, fault.status, { error: 'injected fault' });
    }
    const raw = await readBody(request);
    let body: unknown;
    try {
      body = raw === '' ? undefined : JSON.parse(raw);
    } catch {
      return reply(response, 400, { error: 'body is not JSON' });
    }
    const answer = await family.handle(endpoint, { method, path, query: url.searchParams, headers: request.headers, body });
    reply(response, answer.status, answer.body);
  };

  const server = createServer((request, response) => {
    serve(request, response).catch(() => reply(response, 500, { error: 'sandbox failure' }));
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

function reply(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
