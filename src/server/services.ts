import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { memoryAuditLog, redisAuditLog } from '../access/audit.js';
import { ConnectionLimit, RateLimits } from '../access/rate-limit.js';
import type { GatewayConfig } from '../config.js';
import { createEventPipeline } from '../events/index.js';
import { createFleet } from '../fleet/create.js';
import type { GatewayServices } from '../graph/context.js';
import { createEsimOrderPollers } from '../graph/esim/order.subscription.js';
import { Idempotency } from '../graph/idempotency.js';
import { staleOnEvent } from '../graph/notification/stale.js';
import { ReadCache } from '../upstream/cache.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** What resolvers, loaders and routes use; built once per gateway. */
    services: GatewayServices;
  }
}

/**
 * The long-lived services over the store, the upstreams and the callers: the read cache, idempotency keys, rate
 * limits, the audit log, the notification pipeline (on the gateway's Redis connection when there is one), the fleet inventory and the eSIM
 * order pollers. On close the pollers and the fleet's refreshes stop and the pipeline ends its subscriptions and its stream tail.
 */
export const servicesPlugin = fp<{ config: GatewayConfig }>(
  (async (app, { config }) => {
    const { csss, fms, mall } = app.upstreams;
    const cache = new ReadCache(app.store.keyv, csss.account, app.metrics.cache, app.store.redis === null);
    const fleet = createFleet(config, csss, app.log, app.redis);
    const events = createEventPipeline(config, {
      logger: app.log,
      beforeStore: [staleOnEvent(cache, fleet)],
      redis: app.redis ?? undefined,
    });
    const esimOrders = createEsimOrderPollers(config);
    // The first inventory build runs in the background: queries answer meanwhile, with `complete: false`.
    app.addHook('onReady', async () => {
      void fleet.start();
    });
    app.addHook('onClose', async () => {
      esimOrders.close();
      await fleet.close();
      await events.close();
    });
    app.decorate('services', {
      config,
      logger: app.log,
      csss,
      fms,
      mall,
      cache,
      idempotency: new Idempotency(app.store.keyv, app.store.claims, csss.account),
      events,
      access: app.access,
      esimOrders,
      fleet,
      rateLimits: new RateLimits({
        redis: app.store.redis,
        keyPrefix: config.redisKeyPrefix,
        defaults: config.limits,
        onRefused: app.metrics.rateLimited,
      }),
      connections: new ConnectionLimit(config.limits.connectionsPerClient, (caller) =>
        app.metrics.rateLimited(caller, 'connections'),
      ),
      audit: app.store.redis
        ? redisAuditLog(app.store.redis, `${config.redisKeyPrefix}audit`, config.audit.maxRecords)
        : memoryAuditLog(config.audit.maxRecords),
    });
  }) satisfies FastifyPluginAsync<{ config: GatewayConfig }>,
  { name: 'services', dependencies: ['redis', 'store', 'upstreams', 'access'] },
);
