import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { SandboxDemo } from '../access/sandbox-demo.js';
import type { GatewayConfig } from '../config.js';
import { webhookRoutes } from '../events/index.js';
import { AddressList } from '../events/sources.js';
import type { GatewayServices } from '../graph/context.js';
import { fleetCsvRoute } from '../graph/fleet/csv.js';
import { buildGatewaySchema } from '../graph/schema.js';
import type { Sandbox } from '../sandbox/server.js';
import { notificationKinds } from '../upstream/notifications/payloads.js';
import { accessPlugin } from './access.js';
import { connectionLimitsPlugin } from './connection-limits.js';
import { mountCors } from './cors.js';
import { explorerLandingPage, explorerPlugin, loadExplorerBundle } from './explorer/explorer.js';
import { graphqlPlugin } from './graphql.js';
import { healthPlugin } from './health.js';
import { mountMetrics } from './metrics.js';
import { observabilityPlugin } from './observability.js';
import { traceIdOfCurrentOperation } from './operation.js';
import { overloadPlugin } from './overload.js';
import { persistedOperations } from './persisted-operations.js';
import { redisPlugin } from './redis.js';
import { servicesPlugin } from './services.js';
import { storePlugin } from './store.js';
import { subscriptionsPlugin } from './subscriptions.js';
import { upstreamsPlugin } from './upstreams.js';

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
 * The built-in sandbox sends order status unsigned, as Linksfield does (§7.7), so the default setup takes the same
 * path a real one does: with no second factor configured, the gateway makes a URL token of its own for this process,
 * known only to the sandbox. A configured token or sender list is used as it is (the sandbox posts from 127.0.0.1).
 */
function withSandboxSecondFactor(config: GatewayConfig): GatewayConfig {
  const { webhooks } = config;
  if (config.linksfieldBaseUrl !== null || webhooks.orderStatusToken !== null || webhooks.allowedSources.length > 0)
    return config;
  return { ...config, webhooks: { ...webhooks, orderStatusToken: randomBytes(32).toString('hex') } };
}

/**
 * Builds the whole gateway from a validated config. Each part is a fastify plugin that opens what it needs and
 * closes it in `onClose`; fastify closes them in reverse order, and also when the start fails half-way, so a
 * failed start leaves nothing running. Nothing listens until `listen()`.
 */
export async function createGateway(configured: GatewayConfig): Promise<Gateway> {
  const config = withSandboxSecondFactor(configured);
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: [
        'req.headers["x-lf-md5"]',
        'req.headers["x-access-token"]',
        'req.headers["x-esim-token"]',
        'req.headers.authorization',
      ],
      mixin: traceIdOfCurrentOperation,
    },
    // Per-request lines would dominate the log and the hot path; errors are still logged.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    requestTimeout: 30_000,
    // Slow-header clients are cut off in seconds, checked every second rather than Node's default 30 s.
    http: { headersTimeout: config.server.headersTimeoutMs, connectionsCheckingInterval: 1_000 },
  });
  let metricsAddress: () => AddressInfo | null = () => null;
  try {
    await app.register(observabilityPlugin, { config });
    await app.register(connectionLimitsPlugin, { limits: config.server });
    await app.register(redisPlugin, { url: config.redisUrl });
    await app.register(storePlugin, { keyPrefix: config.redisKeyPrefix });
    await app.register(upstreamsPlugin, { config });
    await app.register(accessPlugin, { config });
    await app.register(servicesPlugin, { config });
    const schema = await buildGatewaySchema();
    await mountCors(app, config.corsOrigins);
    const explorer = config.graphql.explorer ? loadExplorerBundle() : null;
    const persisted = persistedOperations(app.services, app.metrics.registry);
    await app.register(graphqlPlugin, { schema, landingPage: explorerLandingPage(explorer), persisted });
    if (explorer) await app.register(explorerPlugin, { bundle: explorer });
    await app.register(subscriptionsPlugin, { schema, persisted });
    await app.register(webhookRoutes, {
      kinds: notificationKinds,
      notifySecret: config.notifySecret,
      secondFactor: {
        token: config.webhooks.orderStatusToken,
        allowedSources: new AddressList(config.webhooks.allowedSources),
        trustedProxies: new AddressList(config.webhooks.trustedProxies),
      },
      maxBodyBytes: config.webhooks.maxBodyBytes,
      ingest: app.services.events.ingest,
      observer: app.metrics.webhooks,
    });
    if (
      config.linksfieldBaseUrl !== null &&
      config.webhooks.orderStatusToken === null &&
      config.webhooks.allowedSources.length === 0
    ) {
      app.log.warn(UNSIGNED_ORDER_STATUS_REFUSED);
    }
    await app.register(healthPlugin);
    await app.register(fleetCsvRoute, { services: app.services });
    metricsAddress = mountMetrics(app, app.metrics.registry, { ...config.metrics, host: config.host });
    // Last, so the event-loop delay it samples starts after the start-up work (schema, Apollo) and is not mistaken for load.
    await app.register(overloadPlugin, { config });
    await app.ready();
  } catch (error) {
    await app.close();
    throw error;
  }

  const { sandbox } = app.upstreams;
  let closed: Promise<void> | undefined;
  return {
    app,
    services: app.services,
    sandbox,
    sandboxDemo: app.sandboxDemo,
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
      closed ??= app.close();
      return closed;
    },
  };
}
