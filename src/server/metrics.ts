import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, Registry } from 'prom-client';
import type { WebhookObserver } from '../events/webhooks.js';
import type { CacheObserver } from '../upstream/cache.js';
import type { UpstreamObserver } from '../upstream/http.js';
import { createRefusalCounter, type RefusalCounter } from './request-errors.js';

/**
 * Prometheus metrics for `GET /metrics`, in a registry of the gateway's own (two gateways in one
 * process, as in tests, never mix counts). Labels are bounded: endpoint names, cache kinds, error codes.
 */
export interface GatewayMetrics {
  registry: Registry;
  upstream: UpstreamObserver;
  cache: CacheObserver;
  webhooks: WebhookObserver;
  apolloPlugin: ApolloServerPlugin;
  /** Documents refused before they ran (token limit), over HTTP and WebSocket. */
  refusals: RefusalCounter;
}

export function createMetrics(): GatewayMetrics {
  const registry = new Registry();
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
    help: 'GraphQL operations executed over HTTP, by operation type.',
    labelNames: ['operation'],
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors returned in GraphQL responses, by extensions.code.',
    labelNames: ['code'],
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

  return {
    registry,
    webhooks: {
      accepted: (kind, outcome) => webhooksAccepted.inc({ kind, outcome }),
      refused: (kind, reason) => webhooksRefused.inc({ kind, reason }),
    },
    refusals: createRefusalCounter(registry),
    upstream(endpoint, outcome, seconds) {
      upstreamRequests.inc({ endpoint, outcome });
      upstreamLatency.observe({ endpoint }, seconds);
    },
    cache: {
      hit: (kind) => cacheRequests.inc({ kind, result: 'hit' }),
      miss: (kind) => cacheRequests.inc({ kind, result: 'miss' }),
      storeError: () => cacheStoreErrors.inc(),
    },
    apolloPlugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ operation, response }) {
            graphqlRequests.inc({ operation: operation?.operation ?? 'invalid' });
            const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
            for (const error of errors) graphqlErrors.inc({ code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
          },
        };
      },
    },
  };
}
