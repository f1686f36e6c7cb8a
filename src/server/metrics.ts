import type { ApolloServerPlugin } from '@apollo/server';
import { timingSafeEqual, createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Caller } from '../access/caller.js';
import type { LimitKind } from '../access/rate-limit.js';
import type { GraphContext } from '../graph/context.js';
import type { WebhookObserver } from '../events/webhooks.js';
import type { CacheObserver } from '../upstream/cache.js';
import type { BreakerState, GuardMonitor } from '../upstream/guard.js';
import type { UpstreamObserver } from '../upstream/http.js';
import { createRefusalCounter, type RefusalCounter } from './request-errors.js';

/**
 * Prometheus metrics for `GET /metrics`, in a registry of the gateway's own (two gateways in one
 * process, as in tests, never mix counts). Labels are bounded: endpoint names, cache kinds, error codes, and
 * `client`: a client id of the clients file, `anonymous`, or `other` (a token naming no client).
 */
export interface GatewayMetrics {
  registry: Registry;
  upstream: UpstreamObserver;
  cache: CacheObserver;
  guard: GuardMonitor;
  /** A request refused by load shedding (503 OVERLOADED), by what was over its limit. */
  shed(reason: string): void;
  webhooks: WebhookObserver;
  /** Documents refused before they ran (token limit), over HTTP and WebSocket. */
  refusals: RefusalCounter;
  /** Counts the operations Apollo answers over HTTP, and the errors in their answers. */
  apolloPlugin: ApolloServerPlugin<GraphContext>;
  /** Counts an operation run over WebSocket (a subscription once, when it starts), and its errors. */
  websocket: {
    operation(operation: string, caller: Caller): void;
    errors(codes: readonly string[], caller: Caller | undefined): void;
  };
  /** Counts a refusal by the rate limiter. */
  rateLimited(caller: Caller, kind: LimitKind | 'connections'): void;
}

/** The `client` label: bounded by the clients file, whatever callers send. */
function clientLabel(caller: Caller | undefined): string {
  if (!caller) return 'anonymous';
  return caller.clientId ?? (caller.kind === 'anonymous' ? 'anonymous' : 'other');
}

/** Breaker states as gauge values: 0 closed, 1 half-open (a probe is out), 2 open (calls refused). */
const BREAKER_VALUES: Record<BreakerState, number> = { closed: 0, 'half-open': 1, open: 2 };

export function createMetrics(): GatewayMetrics {
  const registry = new Registry();
  // Event-loop lag, heap, GC, handles: the process's own health beside the gateway's.
  collectDefaultMetrics({ register: registry });
  const breakerState = new Gauge({
    name: 'linksfield_upstream_breaker_state',
    help: 'Circuit breaker per upstream family (`csss`) and endpoint (`csss.getUsage`): 0 closed, 1 half-open, 2 open (calls refused at once).',
    labelNames: ['breaker'],
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'linksfield_upstream_refused_total',
    help: 'Upstream calls refused without being sent, by family and reason: breaker (open), bulkhead (full), deadline (the request ran out of time).',
    labelNames: ['family', 'reason'],
    registers: [registry],
  });
  const shedRequests = new Counter({
    name: 'gateway_shed_requests_total',
    help: 'Requests answered 503 OVERLOADED by load shedding, by what was over its limit (event-loop delay, heap).',
    labelNames: ['reason'],
    registers: [registry],
  });
  const upstreamRequests = new Counter({
    name: 'linksfield_upstream_requests_total',
    help: 'HTTP requests sent to Linksfield (or the sandbox), by endpoint and outcome; retries count each attempt.',
    labelNames: ['endpoint', 'outcome'],
    registers: [registry],
  });
  const upstreamLatency = new Histogram({
    name: 'linksfield_upstream_request_duration_seconds',
    help: 'Time from sending an upstream request to its parsed answer, by endpoint.',
    labelNames: ['endpoint'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const cacheRequests = new Counter({
    name: 'gateway_cache_requests_total',
    help: 'Read cache look-ups, by kind of data and result (hit or miss).',
    labelNames: ['kind', 'result'],
    registers: [registry],
  });
  const cacheStoreErrors = new Counter({
    name: 'gateway_cache_store_errors_total',
    help: 'Cache store operations that failed or timed out (the read went to the upstream instead).',
    registers: [registry],
  });
  const graphqlRequests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations run, by operation type, client and transport (http, websocket: a subscription counts once, when it starts).',
    labelNames: ['operation', 'client', 'transport'],
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors returned in GraphQL responses, by extensions.code, client and transport (http, websocket).',
    labelNames: ['code', 'client', 'transport'],
    registers: [registry],
  });
  const rateLimited = new Counter({
    name: 'gateway_rate_limited_total',
    help: 'Refusals by the rate limits, by client and limit: requests or writes (RATE_LIMITED), connections (graphql-ws close 4429).',
    labelNames: ['client', 'limit'],
    registers: [registry],
  });

  const webhooksAccepted = new Counter({
    name: 'gateway_webhooks_accepted_total',
    help: 'Webhook pushes answered 200, by kind and outcome: stored, stored-reused-id (a known delivery id with another body), duplicate (a retry), replay (known content under another id).',
    labelNames: ['kind', 'outcome'],
    registers: [registry],
  });
  const webhooksRefused = new Counter({
    name: 'gateway_webhooks_refused_total',
    help: 'Webhook pushes refused, by kind and reason (body_too_large, not_utf8, too_deeply_nested, not_json, bad_delivery_id, not_an_object, wrong_token, unsigned, source_not_allowed, bad_signature, malformed, not_stored, ...).',
    labelNames: ['kind', 'reason'],
    registers: [registry],
  });

  // Counted on every upstream call and every cache read (a read counts its look-ups at once).
  const upstreamRequestsOf = childrenOf((endpoint: string, outcome: string) =>
    upstreamRequests.labels({ endpoint, outcome }),
  );
  const upstreamLatencyOf = childrenOf((endpoint: string) => upstreamLatency.labels({ endpoint }));
  const cacheHitsOf = childrenOf((kind: string) => cacheRequests.labels({ kind, result: 'hit' }));
  const cacheMissesOf = childrenOf((kind: string) => cacheRequests.labels({ kind, result: 'miss' }));

  return {
    registry,
    webhooks: {
      accepted: (kind, outcome) => webhooksAccepted.inc({ kind, outcome }),
      refused: (kind, reason) => webhooksRefused.inc({ kind, reason }),
    },
    refusals: createRefusalCounter(registry),
    upstream(endpoint, outcome, seconds) {
      upstreamRequestsOf(endpoint, outcome).inc();
      upstreamLatencyOf(endpoint).observe(seconds);
    },
    cache: {
      hit: (kind, count) => cacheHitsOf(kind).inc(count),
      miss: (kind, count) => cacheMissesOf(kind).inc(count),
      storeError: () => cacheStoreErrors.inc(),
    },
    guard: {
      breakerState: (breaker, state) => breakerState.set({ breaker }, BREAKER_VALUES[state]),
      refused: (family, reason) => refusals.inc({ family, reason }),
    },
    shed: (reason) => shedRequests.inc({ reason }),
    apolloPlugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ operation, response, contextValue }) {
            const client = clientLabel(contextValue?.caller);
            graphqlRequests.inc({ operation: operation?.operation ?? 'invalid', client, transport: 'http' });
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            for (const error of errors)
              graphqlErrors.inc({
                code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
                client,
                transport: 'http',
              });
          },
        };
      },
    },
    websocket: {
      operation: (operation, caller) =>
        graphqlRequests.inc({ operation, client: clientLabel(caller), transport: 'websocket' }),
      errors(codes, caller) {
        for (const code of codes) graphqlErrors.inc({ code, client: clientLabel(caller), transport: 'websocket' });
      },
    },
    rateLimited: (caller, kind) => rateLimited.inc({ client: clientLabel(caller), limit: kind }),
  };
}

/**
 * `GET /metrics` is never public: on the main port it needs `Authorization: Bearer <METRICS_TOKEN>` (compared
 * without timing leaks; else 401), and with `METRICS_PORT` it is also served alone on that port, for a scraper on an
 * internal network. With neither set it is not served. Returns the separate port's address once listening.
 */
export function mountMetrics(
  app: FastifyInstance,
  registry: Registry,
  options: { token: string | null; port: number | null; host: string },
): () => AddressInfo | null {
  const { token, port, host } = options;
  const text = async () => registry.metrics();
  if (token !== null) {
    const expected = createHash('sha256').update(`Bearer ${token}`).digest();
    app.get('/metrics', async (request, reply) => {
      const given = createHash('sha256')
        .update(request.headers.authorization ?? '')
        .digest();
      if (!timingSafeEqual(given, expected))
        return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'the metrics token is required' });
      return reply.type(registry.contentType).send(await text());
    });
  }
  if (port === null) return () => null;
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || new URL(request.url ?? '/', 'http://localhost').pathname !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    text().then(
      (body) => response.writeHead(200, { 'content-type': registry.contentType }).end(body),
      () => response.writeHead(500).end(),
    );
  });
  server.requestTimeout = 10_000;
  // onReady is awaited before the main port listens, so the metrics port is up (or failed start-up) by then.
  app.addHook('onReady', async () => {
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, host, () => resolve()));
  });
  app.addHook('onClose', async () => {
    if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return () => (server.listening ? (server.address() as AddressInfo) : null);
}

/**
 * A metric's child per label set, made once: prom-client hashes the label object on every labelled call. The label
 * values here come from fixed tables (endpoints, outcomes, cache kinds), so the map stays as small as those.
 */
function childrenOf<Values extends string[], Child>(make: (...values: Values) => Child): (...values: Values) => Child {
  const made = new Map<string, Child>();
  return (...values) => {
    const key = values.join('\n');
    let child = made.get(key);
    if (child === undefined) made.set(key, (child = make(...values)));
    return child;
  };
}
