import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { Authenticator } from '../access/authenticator.js';
import { memoryAuditLog, redisAuditLog } from '../access/audit.js';
import { ConnectionLimit, RateLimits } from '../access/rate-limit.js';
import { sandboxDemoClient, type SandboxDemo } from '../access/sandbox-demo.js';
import type { AddressInfo } from 'node:net';
import type { GatewayConfig } from '../config.js';
import type { GatewayServices } from '../graph/context.js';
import { Idempotency } from '../graph/idempotency.js';
import { buildGatewaySchema } from '../graph/schema.js';
import { createEventPipeline, webhookRoutes } from '../events/index.js';
import { AddressList } from '../events/sources.js';
import { staleOnEvent } from '../graph/notification/stale.js';
import { createFleet } from '../fleet/create.js';
import { fleetCsvRoute } from '../graph/fleet/csv.js';
import { SANDBOX_PATHS, sandboxFamilies } from '../sandbox/families.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { ReadCache } from '../upstream/cache.js';
import { CsssClient } from '../upstream/csss/client.js';
import { csssEndpoints } from '../upstream/csss/endpoints.js';
import { FmsClient } from '../upstream/fms/client.js';
import { fmsEndpoints } from '../upstream/fms/endpoints.js';
import { MallClient } from '../upstream/mall/client.js';
import { mallEndpoints } from '../upstream/mall/endpoints.js';
import { notificationKinds } from '../upstream/notifications/payloads.js';
import { applyOverrides, loadOverrides } from '../upstream/overrides.js';
import { explorerLandingPage, explorerPlugin, loadExplorerBundle } from './explorer/explorer.js';
import { mountGraphQL } from './graphql.js';
import { mountHealth } from './health.js';
import { persistedOperations } from './persisted-operations.js';
import { mountCors } from './cors.js';
import { createMetrics, mountMetrics } from './metrics.js';
import { createKeyvStore } from './store.js';
import { mountSubscriptions } from './subscriptions.js';

/** Why order-status events may never arrive: said at start-up (log and banner). */
export const UNSIGNED_ORDER_STATUS_REFUSED =
  'order-status pushes without x-lf-md5 will be refused (401): Linksfield documents them as unsigned for now (§7.7), and neither WEBHOOK_ORDER_STATUS_TOKEN nor WEBHOOK_ALLOWED_SOURCES is set, so order-status events will not arrive until one is';

export interface Gateway {
  app: FastifyInstance;
  services: GatewayServices;
  /** The in-process sandbox when no `LINKSFIELD_BASE_URL` is set; null otherwise. */
  sandbox: Sandbox | null;
  /** On the sandbox with no clients file: a key of the restricted `sandbox-demo` client, to try the restricted path. */
  sandboxDemo: SandboxDemo | null;
  /** `http://host:port/metrics` of the separate metrics port (`METRICS_PORT`) once listening; null without one. */
  metricsUrl(): string | null;
  /** Starts listening; resolves to the GraphQL URL. */
  listen(): Promise<string>;
  /** Stops accepting work, drains, and closes every connection and store. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Builds the whole gateway from a validated config: upstream clients (or the sandbox), stores, the graph,
 * and the HTTP routes. Nothing listens until `listen()`.
 */
export async function createGateway(config: GatewayConfig): Promise<Gateway> {
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers["x-lf-md5"]', 'req.headers["x-access-token"]', 'req.headers["x-esim-token"]', 'req.headers.authorization'] },
    // Per-request lines would dominate the log and the hot path; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    requestTimeout: 30_000,
  });
  const overrides = loadOverrides(config.endpointsFile);
  const endpoints = applyOverrides('csss', csssEndpoints, overrides);

  const sandbox = config.linksfieldBaseUrl
    ? null
    : await startSandbox({
        port: config.sandbox.port ?? 0,
        sims: config.sandbox.sims,
        accessCode: config.accessCode,
        secret: config.secret,
        notifySecret: config.notifySecret,
        endpoints,
        families: sandboxFamilies(config, overrides),
      });
  // With no clients file on the sandbox, a key generated now lets a newcomer try a restricted client at once.
  const sandboxDemo = sandbox && config.access.clientsFile === null ? sandboxDemoClient(sandbox.csss.state.sims.map((sim) => sim.iccid)) : null;
  let access: Authenticator;
  try {
    access = new Authenticator({
      clientsFile: config.access.clientsFile,
      builtIn: sandboxDemo ? [sandboxDemo.client] : [],
      onReloadError: (error) => app.log.error(`${error.message}; the clients read before stay in force`),
    });
  } catch (error) {
    await sandbox?.close();
    throw error;
  }
  const metrics = createMetrics();
  const store = createKeyvStore(config.redisUrl, config.redisKeyPrefix);
  const csss = new CsssClient({
    baseUrl: config.linksfieldBaseUrl ?? sandbox!.url,
    accessCode: config.accessCode,
    secret: config.secret,
    endpoints,
    timeoutMs: config.upstreamTimeoutMs,
    retries: config.upstreamRetries,
    observe: metrics.upstream,
  });
  const upstreamOptions = { timeoutMs: config.upstreamTimeoutMs, retries: config.upstreamRetries, observe: metrics.upstream };
  const fmsUrl = config.fms.baseUrl ?? (sandbox ? sandbox.url + SANDBOX_PATHS.fms : null);
  const fms = fmsUrl
    ? new FmsClient({ baseUrl: fmsUrl, partnerCode: config.fms.partnerCode, endpoints: applyOverrides('fms', fmsEndpoints, overrides), ...upstreamOptions })
    : null;
  const mallUrls = config.mall.vshopUrl
    ? { vshopUrl: config.mall.vshopUrl, paymentUrl: config.mall.paymentUrl!, topupUrl: config.mall.topupUrl! }
    : sandbox
      ? { vshopUrl: sandbox.url + SANDBOX_PATHS.mallVshop, paymentUrl: sandbox.url + SANDBOX_PATHS.mallPayment, topupUrl: sandbox.url + SANDBOX_PATHS.mallTopup }
      : null;
  const mall = mallUrls
    ? new MallClient({ ...config.mall, ...mallUrls, endpoints: applyOverrides('mall', mallEndpoints, overrides), ...upstreamOptions })
    : null;
  const cache = new ReadCache(store.keyv, csss.account, metrics.cache);
  const fleet = createFleet(config, csss, app.log);
  const events = createEventPipeline(config, { logger: app.log, beforeStore: [staleOnEvent(cache, fleet)] });
  const services: GatewayServices = {
    config,
    logger: app.log,
    csss,
    fms,
    mall,
    cache,
    idempotency: new Idempotency(store.keyv, store.claims, csss.account),
    events,
    access,
    fleet,
    rateLimits: new RateLimits({
      redis: store.redis,
      keyPrefix: config.redisKeyPrefix,
      defaults: config.limits,
      onRefused: metrics.rateLimited,
    }),
    connections: new ConnectionLimit(config.limits.connectionsPerClient, (caller) => metrics.rateLimited(caller, 'connections')),
    audit: store.redis ? redisAuditLog(store.redis, `${config.redisKeyPrefix}audit`, config.audit.maxRecords) : memoryAuditLog(config.audit.maxRecords),
  };

  const schema = await buildGatewaySchema();
  await mountCors(app, config.corsOrigins);
  const explorer = config.graphql.explorer ? loadExplorerBundle() : null;
  const persisted = persistedOperations(services, metrics.registry);
  await mountGraphQL(app, schema, services, metrics, explorerLandingPage(explorer), persisted);
  if (explorer) await app.register(explorerPlugin, { bundle: explorer });
  mountSubscriptions(app, schema, services, metrics, persisted);
  await app.register(webhookRoutes, {
    kinds: notificationKinds,
    notifySecret: config.notifySecret,
    secondFactor: {
      token: config.webhooks.orderStatusToken,
      allowedSources: new AddressList(config.webhooks.allowedSources),
      trustedProxies: new AddressList(config.webhooks.trustedProxies),
    },
    maxBodyBytes: config.webhooks.maxBodyBytes,
    ingest: events.ingest,
    observer: metrics.webhooks,
  });
  if (!sandbox && config.webhooks.orderStatusToken === null && config.webhooks.allowedSources.length === 0) {
    app.log.warn(UNSIGNED_ORDER_STATUS_REFUSED);
  }
  mountHealth(app, services, store.ready);
  await app.register(fleetCsvRoute, { services });
  void fleet.start();
  const metricsAddress = mountMetrics(app, metrics.registry, { ...config.metrics, host: config.host });

  let closed: Promise<void> | undefined;
  return {
    app,
    services,
    sandbox,
    sandboxDemo,
    metricsUrl() {
      const address = metricsAddress();
      return address ? `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${address.port}/metrics` : null;
    },
    async listen() {
      await app.listen({ port: config.port, host: config.host });
      const { port } = app.server.address() as AddressInfo;
      sandbox?.setNotifyUrl(`http://127.0.0.1:${port}/webhooks/linksfield`);
      return `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
    },
    close() {
      closed ??= (async () => {
        await app.close();
        await fleet.close();
        await events.close();
        await Promise.all([csss.close(), fms?.close(), mall?.close()]);
        await store.close();
        await sandbox?.close();
      })();
      return closed;
    },
  };
}
