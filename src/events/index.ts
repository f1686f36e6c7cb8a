import { pino, type Logger } from 'pino';
import { createClient } from 'redis';
import type { GatewayConfig } from '../config.js';
import { createMemoryDedupe, createRedisDedupe, type Dedupe } from './dedupe.js';
import { createFeed, type EventFeed } from './feed.js';
import { createIngest, type BeforeStoreHook, type Ingest } from './ingest.js';
import type { EventLog } from './log/log.js';
import { createMemoryEventLog } from './log/memory.js';
import { RedisEventLog, type RedisClient } from './log/redis.js';
import { createMemoryPubSub } from './pubsub/memory.js';
import type { EventPubSub } from './pubsub/pubsub.js';
import { createRedisPubSub } from './pubsub/redis.js';

export { OrderChange, SmsDeliveryStatus, SmsEncoding, UsageWarning } from './codes.js';
export type * from './event.js';
export { InvalidEventIdError } from './event-id.js';
export { SubscriberTooSlowError, type EventFeed, type ReplayGap } from './feed.js';
export { eventFilter } from './filter.js';
export type { BeforeStoreHook } from './ingest.js';
export { webhookRoutes } from './webhooks.js';

/**
 * The notification pipeline in one call: memory backends by default, Redis ones (shared by every instance)
 * when `redisUrl` is set or a client is given, under `redisKeyPrefix`: `<prefix>events` (the stream),
 * `<prefix>delivery:<id>` and `<prefix>body:<digest>` (dedupe). Webhooks feed `ingest`; subscriptions iterate `feed`.
 */
export interface EventPipeline {
  ingest: Ingest;
  feed: EventFeed;
  log: EventLog;
  /** Ends every subscription, stops the stream tail and closes the Redis connections the pipeline opened. */
  close(): Promise<void>;
}

export type EventPipelineConfig = Pick<
  GatewayConfig,
  'redisUrl' | 'redisKeyPrefix' | 'logLevel' | 'webhooks' | 'events'
>;

/** The two log levels the pipeline uses; a pino or fastify logger fits. */
type EventLogger = Pick<Logger, 'warn' | 'error'>;

export interface EventPipelineOptions {
  /** A client to share (the caller connects and closes it); otherwise one is opened from `redisUrl`. */
  redis?: RedisClient;
  beforeStore?: readonly BeforeStoreHook[];
  logger?: EventLogger;
  /** Deadline of each Redis command on the webhook path; a webhook answers 503 past it. */
  redisTimeoutMs?: number;
  /** How long one XREAD of the stream tail blocks before it asks again. */
  tailBlockMs?: number;
}

interface Backends {
  log: EventLog;
  dedupe: Dedupe;
  pubsub: EventPubSub;
  close(): Promise<void>;
}

export function createEventPipeline(config: EventPipelineConfig, options: EventPipelineOptions = {}): EventPipeline {
  const logger: EventLogger = options.logger ?? pino({ name: 'events', level: config.logLevel });
  const backends = options.redis || config.redisUrl ? redisBackends(config, options, logger) : memoryBackends(config);
  const feed = createFeed({
    log: backends.log,
    pubsub: backends.pubsub,
    queueLimit: config.events.subscriberQueueLimit,
  });
  const ingest = createIngest({ dedupe: backends.dedupe, beforeStore: options.beforeStore, logger });
  return {
    ingest,
    feed,
    log: backends.log,
    async close() {
      feed.close();
      await backends.close();
    },
  };
}

function memoryBackends(config: EventPipelineConfig): Backends {
  const pubsub = createMemoryPubSub();
  const log = createMemoryEventLog({
    maxEvents: config.events.maxEvents,
    maxBytes: config.events.maxBytes,
    onAppend: pubsub.publishSoon,
  });
  // As many deliveries as the log holds events: a repeat of an evicted event is the only one missed.
  const dedupe = createMemoryDedupe(log, { ...dedupeWindows(config), maxEntries: config.events.maxEvents });
  return { log, dedupe, pubsub, close: () => pubsub.close() };
}

function redisBackends(config: EventPipelineConfig, options: EventPipelineOptions, logger: EventLogger): Backends {
  const { redisTimeoutMs = 2_000, tailBlockMs = 5_000 } = options;
  const keyPrefix = config.redisKeyPrefix;
  const client = options.redis ?? connect(createClient({ url: config.redisUrl ?? undefined }), logger);
  const owned = options.redis ? null : client;
  const log = new RedisEventLog({
    redis: client.withCommandOptions({ timeout: redisTimeoutMs }),
    key: `${keyPrefix}events`,
    maxEvents: config.events.maxEvents,
    maxBytes: config.events.maxBytes,
  });
  const dedupe = createRedisDedupe(log, { ...dedupeWindows(config), keyPrefix });
  const reader = connect(client.duplicate({ commandOptions: { timeout: tailBlockMs + redisTimeoutMs } }), logger);
  const pubsub = createRedisPubSub({ log, reader, logger, blockMs: tailBlockMs });
  return {
    log,
    dedupe,
    pubsub,
    async close() {
      await pubsub.close();
      if (owned?.isReady) await owned.close();
      else owned?.destroy();
    },
  };
}

function dedupeWindows(config: EventPipelineConfig) {
  return { ttlSeconds: config.webhooks.dedupeTtlSeconds, replayWindowSeconds: config.webhooks.replayWindowSeconds };
}

/** Connects in the background: while Redis is away commands fail by their timeout and node-redis reconnects. */
function connect(client: RedisClient, logger: EventLogger): RedisClient {
  client.on('error', (error: Error) => logger.warn({ err: error }, 'Redis connection error'));
  client.connect().catch(() => undefined);
  return client;
}
