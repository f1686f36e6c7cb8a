import underPressure from '@fastify/under-pressure';
import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { getHeapStatistics } from 'node:v8';
import type { GatewayConfig } from '../config.js';
import type { GatewayMetrics } from './metrics.js';

/** Seconds a shed client is told to wait (`Retry-After`, `extensions.retryAfter`). */
const OVERLOAD_RETRY_AFTER_SECONDS = 5;

/**
 * Load shedding: while the event loop lags or the heap is nearly full, `/graphql` answers at once with 503,
 * `Retry-After` and a GraphQL error `OVERLOADED`, and new WebSockets are refused with 503, instead of queueing
 * work the process cannot finish in time. Health, metrics and webhook intake are never shed: they are cheap,
 * and a shed webhook would wait for Linksfield's next retry hours later.
 */
async function registerOverload(
  app: FastifyInstance,
  config: Pick<GatewayConfig, 'server'>,
  metrics: GatewayMetrics,
): Promise<void> {
  const heapLimit =
    config.server.maxHeapMb === null
      ? Math.floor(getHeapStatistics().heap_size_limit * 0.9)
      : config.server.maxHeapMb * 1024 * 1024;
  await app.register(underPressure, {
    maxEventLoopDelay: config.server.maxEventLoopDelayMs,
    maxHeapUsedBytes: heapLimit,
    retryAfter: OVERLOAD_RETRY_AFTER_SECONDS,
    pressureHandler(request, reply, type) {
      if (!request.url.startsWith('/graphql')) return;
      metrics.shed(type);
      // Sent here: fastify stops a request whose reply a hook has already sent.
      void reply
        .code(503)
        .header('retry-after', String(OVERLOAD_RETRY_AFTER_SECONDS))
        .send({
          errors: [
            {
              message: `the gateway is overloaded; retry after ${OVERLOAD_RETRY_AFTER_SECONDS} s`,
              extensions: { code: 'OVERLOADED', retryAfter: OVERLOAD_RETRY_AFTER_SECONDS },
            },
          ],
        });
    },
  });
}

/** Load shedding as a part of the gateway; register it last (see `createGateway`). */
export const overloadPlugin = fp<{ config: Pick<GatewayConfig, 'server'> }>(
  (async (app, { config }) => registerOverload(app, config, app.metrics)) satisfies FastifyPluginAsync<{
    config: Pick<GatewayConfig, 'server'>;
  }>,
  { name: 'overload', dependencies: ['telemetry'] },
);
