import type { FastifyBaseLogger } from 'fastify';
import type { GatewayConfig } from '../config.js';
import type { ReadCache } from '../upstream/cache.js';
import type { CsssClient } from '../upstream/csss/client.js';
import type { Idempotency } from './idempotency.js';
import type { Loaders } from './loaders.js';

/** Long-lived services, built once per gateway. */
export interface GatewayServices {
  config: GatewayConfig;
  logger: FastifyBaseLogger;
  csss: CsssClient;
  cache: ReadCache;
  idempotency: Idempotency;
}

/** What every resolver receives: the services, this request's own loaders, and the caller's language. */
export interface GraphContext {
  services: GatewayServices;
  loaders: Loaders;
  /** The caller's `Accept-Language`, passed through to Linksfield for human-readable messages. */
  language?: string;
}
