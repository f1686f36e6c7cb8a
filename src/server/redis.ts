import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { createClient } from 'redis';
import type { RedisClient } from '../events/log/redis.js';

/**
 * The one connection policy for every Redis socket of the gateway (the store's commands, the event log, the
 * stream tail that `duplicate()`s it): connect in the background, so a gateway starts with Redis down and
 * `/readyz` says so; while Redis is away commands fail at once instead of queueing (the cache steps aside,
 * webhooks answer 503 so Linksfield retries, keyed writes refuse); reconnect with backoff up to 2 s; log each
 * connection error once per outage rather than once per attempt.
 */
interface RedisLogger {
  warn(details: Record<string, unknown>, message: string): void;
  info(details: Record<string, unknown>, message: string): void;
}

const CONNECT_TIMEOUT_MS = 2_000;
const MAX_RECONNECT_DELAY_MS = 2_000;

function connectRedis(url: string, logger: RedisLogger): RedisClient {
  return watched(
    createClient({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: CONNECT_TIMEOUT_MS,
        reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
      },
    }),
    logger,
  );
}

/**
 * Another socket to the gateway's Redis under the same policy (a subscriber, or commands that move big values and
 * should not hold up the shared connection); the plugin that asks for it closes it with `closeRedis`.
 */
export function duplicateRedis(client: RedisClient, logger: RedisLogger): RedisClient {
  return watched(client.duplicate(), logger);
}

/** Logs a lost connection once per outage, and connects in the background. */
function watched(client: RedisClient, logger: RedisLogger): RedisClient {
  let down = false;
  client.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ err: error }, 'Redis connection lost; reconnecting');
  });
  client.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({}, 'Redis connection back');
  });
  client.connect().catch(() => undefined);
  return client;
}

/** Closes gracefully when connected; a client that never connected would wait for ever, so it is dropped. */
export async function closeRedis(client: RedisClient): Promise<void> {
  if (client.isReady) await client.close().catch(() => client.destroy());
  else client.destroy();
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The gateway's Redis connection (`REDIS_URL`); null: everything in memory. */
    redis: RedisClient | null;
  }
}

/** Opens the gateway's Redis connection, shared by the store and the event pipeline; closes it last of them. */
export const redisPlugin = fp<{ url: string | null }>(
  (async (app, { url }) => {
    const client = url === null ? null : connectRedis(url, app.log);
    app.decorate('redis', client);
    if (client) app.addHook('onClose', () => closeRedis(client));
  }) satisfies FastifyPluginAsync<{ url: string | null }>,
  { name: 'redis' },
);
