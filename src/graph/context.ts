import type { FastifyBaseLogger } from 'fastify';
import type { AuditLog } from '../access/audit.js';
import type { Authenticator } from '../access/authenticator.js';
import type { Caller } from '../access/caller.js';
import type { ConnectionLimit, RateLimits } from '../access/rate-limit.js';
import type { GatewayConfig } from '../config.js';
import type { EventPipeline } from '../events/index.js';
import type { Fleet } from '../fleet/fleet.js';
import type { ReadCache } from '../upstream/cache.js';
import type { CsssClient } from '../upstream/csss/client.js';
import type { FmsClient } from '../upstream/fms/client.js';
import type { MallClient } from '../upstream/mall/client.js';
import type { EsimOrder } from './esim/order.type.js';
import type { PollerRegistry } from './esim/poller-registry.js';
import type { Idempotency } from './idempotency.js';
import type { Loaders } from './loaders.js';

/** Long-lived services, built once per gateway. */
export interface GatewayServices {
  config: GatewayConfig;
  logger: FastifyBaseLogger;
  csss: CsssClient;
  /** eSIM QR Mall; null when neither `FMS_BASE_URL` nor the sandbox provides one. */
  fms: FmsClient | null;
  /** Mall / Topup; null when neither the `MALL_*_URL`s nor the sandbox provide them. */
  mall: MallClient | null;
  cache: ReadCache;
  idempotency: Idempotency;
  /** Verified notifications: the log and the live feed subscriptions read. */
  events: EventPipeline;
  /** Who is calling: API keys, tokens and the clients file (re-read when it changes). */
  access: Authenticator;
  /** The pollers behind `esimOrder` subscriptions: one per order and user, stopped when the gateway closes. */
  esimOrders: PollerRegistry<EsimOrder>;
  /** Every SIM of the account, refreshed and kept current: the fleet views read it. */
  fleet: Fleet;
  /** Requests and writes per minute per client (shared through Redis when there is one). */
  rateLimits: RateLimits;
  /** Open graphql-ws connections per client on this instance. */
  connections: ConnectionLimit;
  /** One record per write: who, what, which SIMs and ids, and how it ended. */
  audit: AuditLog;
}

/** What every resolver receives: the services, this request's own loaders, the caller's language and eSIM token. */
export interface GraphContext {
  services: GatewayServices;
  /** Who is calling: identified before any resolver runs, the same for HTTP and WebSocket. */
  readonly caller: Caller;
  /** This request's loaders, built on first use. */
  readonly loaders: Loaders;
  /** Starts a fresh set of loaders: each event of a long-lived subscription reads current data. */
  renewLoaders(): void;
  /** The caller's `Accept-Language`, passed through to Linksfield for human-readable messages. */
  language?: string;
  /** The eSIM end user's FMS token (`x-esim-token` header, or `connectionParams.esimToken`): forwarded, never kept. */
  esimToken?: string;
}
