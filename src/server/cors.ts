import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import type { IncomingMessage } from 'node:http';

/** How long a browser may reuse a preflight answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for browser apps on other origins: only the origins of `CORS_ORIGINS` (or any, with `*`, refused in
 * production) get `Access-Control-Allow-Origin`; every other origin's preflight gets no CORS headers, so the
 * browser refuses the call. Servers send no `Origin` and are not concerned.
 */
export async function mountCors(app: FastifyInstance, origins: readonly string[]): Promise<void> {
  await app.register(cors, {
    origin: (origin, callback) => callback(null, origin !== undefined && listed(origins, origin) ? origin : false),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'accept',
      'accept-language',
      'x-esim-token',
      'apollo-require-preflight',
    ],
    exposedHeaders: ['retry-after'],
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
  });
}

/**
 * The same rule for a WebSocket upgrade, which CORS does not cover: no `Origin` (a server) passes, a page of the
 * gateway's own origin (the explorer) passes, a listed origin passes; any other page is refused.
 */
export function upgradeOriginAllowed(origins: readonly string[], request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (listed(origins, origin)) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function listed(origins: readonly string[], origin: string): boolean {
  return origins.includes('*') || origins.includes(origin);
}
