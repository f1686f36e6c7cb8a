import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import type { Caller } from './caller.js';
import type { Scope } from './scopes.js';
import type { Authenticator } from './authenticator.js';
import { AccessDeniedError } from './errors.js';
import { rateLimitedError, type RateLimits } from './rate-limit.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling, set by the access hook of every authenticated route before its handler runs. */
    caller: Caller;
  }
}

/** The caller of a request that carries no operation (a CORS preflight, the explorer page): it may do nothing. */
const NO_OPERATION: Caller = Object.freeze({
  kind: 'anonymous',
  clientId: null,
  scopes: new Set<Scope>(),
  sims: { allows: () => false },
  limits: {},
});

/**
 * Declares `request.caller` and returns the hook that sets it: put it as `onRequest` on every route that
 * needs a caller (`/graphql`, the fleet CSV export). A refusal is answered at once, in the GraphQL error shape:
 * 401 UNAUTHENTICATED (with `WWW-Authenticate: Bearer`) or 403 FORBIDDEN.
 */
export function callerHook(
  app: FastifyInstance,
  authenticator: Authenticator,
  options: { skip?: (request: FastifyRequest) => boolean } = {},
): onRequestHookHandler {
  if (!app.hasRequestDecorator('caller')) app.decorateRequest('caller', null as unknown as Caller);
  return async function identifyCaller(request: FastifyRequest, reply: FastifyReply) {
    if (options.skip?.(request)) {
      request.caller = NO_OPERATION;
      return;
    }
    try {
      request.caller = await authenticator.authenticate(request.headers.authorization);
    } catch (error) {
      if (!(error instanceof AccessDeniedError)) throw error;
      if (error.code === 'UNAUTHENTICATED') reply.header('www-authenticate', 'Bearer');
      return reply
        .code(error.httpStatus)
        .type('application/json; charset=utf-8')
        .send({ errors: [{ message: error.message, extensions: { code: error.code } }] });
    }
  };
}

/** A GraphQL request with no operation in it: a preflight, or a plain GET for the explorer page. */
export function carriesNoOperation(request: FastifyRequest): boolean {
  if (request.method === 'OPTIONS') return true;
  const query = (request.query as object | undefined) ?? {};
  return request.method === 'GET' && !['query', 'documentId', 'extensions'].some((name) => Object.hasOwn(query, name));
}

/**
 * The hook after `callerHook` that counts the request against the caller's requests per minute: over it, HTTP 429
 * with `Retry-After` and `RATE_LIMITED`, before the request is even parsed. A request with no operation is free.
 */
export function requestLimitHook(limits: RateLimits): onRequestHookHandler {
  return async function limitRequests(request: FastifyRequest, reply: FastifyReply) {
    if (request.caller === NO_OPERATION) return;
    const refused = await limits.consume(request.caller, 'requests');
    if (!refused) return;
    const { message, extensions } = rateLimitedError(refused, 'ws');
    return reply
      .code(429)
      .header('retry-after', String(refused.retryAfterSeconds))
      .type('application/json; charset=utf-8')
      .send({ errors: [{ message, extensions }] });
  };
}
