import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import type { GatewayConfig } from '../config.js';
import type { GatewayServices } from '../graph/context.js';
import { Idempotency } from '../graph/idempotency.js';
import { buildGatewaySchema } from '../graph/schema.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import { ReadCache } from '../upstream/cache.js';
import { CsssClient } from '../upstream/csss/client.js';
import { csssEndpoints } from '../upstream/csss/endpoints.js';
import { applyOverrides, EndpointOverrideError, readOverridesFile, unknownFamilies } from '../upstream/overrides.js';
import { mountGraphQL } from './graphql.js';
import { mountHealth } from './health.js';
import { createMetrics } from './metrics.js';
import { createKeyvStore } from './store.js';

/** The API families an endpoints override file may name. */
const FAMILIES = ['csss', 'fms', 'mall'] as const;

export interface Gateway {
  app: FastifyInstance;
  services: GatewayServices;
  /** The in-process sandbox when no `LINKSFIELD_BASE_URL` is set; null otherwise. */
  sandbox: Sandbox | null;
  /** Starts listening; resolves to the GraphQL URL. */
  listen(): Promise<string>;
  /** Stops accepting work, drains, and closes every connection and store. Safe to call twice. */
  close(): Promise<void>;
}

export interface GatewayOptions {
  /** Pino options for the gateway's logger; tests silence it. */
  logLevel?: string;
}

/**
 * Builds the whole gateway from a validated config: upstream clients (or the sandbox), stores, the graph,
 * and the HTTP routes. Nothing listens until `listen()`.
 */
export async function createGateway(config: GatewayConfig, options: GatewayOptions = {}): Promise<Gateway> {
  const app = Fastify({
    logger: { level: options.logLevel ?? config.logLevel, redact: ['req.headers["x-lf-md5"]', 'req.headers["x-access-token"]', 'req.headers.authorization'] },
    disableRequestLogging: true,
    bodyLimit: 1024 * 1024,
    requestTimeout: 30_000,
  });
  const overrides = config.endpointsFile ? readOverridesFile(config.endpointsFile) : undefined;
  const misspelt = unknownFamilies(overrides, FAMILIES);
  if (misspelt.length > 0) throw new EndpointOverrideError(`unknown API family ${misspelt.map((name) => `"${name}"`).join(', ')} (known: ${FAMILIES.join(', ')})`);
  const endpoints = applyOverrides('csss', csssEndpoints, overrides);

  const sandbox = config.linksfieldBaseUrl
    ? null
    : await startSandbox({
        port: config.sandbox.port,
        sims: config.sandbox.sims,
        accessCode: config.accessCode,
        secret: config.secret,
        notifySecret: config.notifySecret,
        endpoints,
      });
  const metrics = createMetrics();
  const store = createKeyvStore(config.redisUrl);
  const csss = new CsssClient({
    baseUrl: config.linksfieldBaseUrl ?? sandbox!.url,
    accessCode: config.accessCode,
    secret: config.secret,
    endpoints,
    timeoutMs: config.upstreamTimeoutMs,
    retries: config.upstreamRetries,
    observe: metrics.upstream,
  });
  const services: GatewayServices = {
    config,
    logger: app.log,
    csss,
    cache: new ReadCache(store.keyv, csss.account, metrics.cache),
    idempotency: new Idempotency(store.keyv, csss.account),
  };

  const schema = await buildGatewaySchema();
  await mountGraphQL(app, schema, services, metrics);
  mountHealth(app, services, metrics, store.ready);

  let closed: Promise<void> | undefined;
  return {
    app,
    services,
    sandbox,
    async listen() {
      await app.listen({ port: config.port, host: config.host });
      const { port } = app.server.address() as AddressInfo;
      sandbox?.setNotifyUrl(`http://127.0.0.1:${port}/webhooks/linksfield`);
      return `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}/graphql`;
    },
    close() {
      closed ??= (async () => {
        await app.close();
        await csss.close();
        await store.close();
        await sandbox?.close();
      })();
      return closed;
    },
  };
}
