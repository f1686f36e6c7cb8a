import { createClient } from 'redis';
import type { GatewayConfig } from '../config.js';
import type { CsssClient } from '../upstream/csss/client.js';
import { Fleet, type FleetLogger } from './fleet.js';
import { redisShare } from './share/redis.js';
import { memoryShare } from './share/share.js';

/** A refresh lease lasts this long unless its holder renews it (every third of it): a crashed holder frees it soon. */
const LEASE_MS = 30_000;
/** Deadline of each Redis command of the fleet: while Redis is away, a refresh fails by it and is tried again later. */
const REDIS_TIMEOUT_MS = 2_000;

/** The fleet of this gateway: in memory, or shared through Redis with `REDIS_URL` (one connection of its own). */
export function createFleet(
  config: Pick<GatewayConfig, 'redisUrl' | 'redisKeyPrefix' | 'fleet' | 'graphql' | 'language'>,
  csss: CsssClient,
  logger: FleetLogger,
): Fleet {
  const onError = (error: unknown) => logger.warn({ err: { message: (error as Error).message } }, 'fleet: Redis error');
  let share = memoryShare();
  if (config.redisUrl) {
    const redis = createClient({ url: config.redisUrl });
    const subscriber = redis.duplicate();
    for (const client of [redis, subscriber]) {
      client.on('error', onError);
      client.connect().catch(() => undefined);
    }
    const shared = redisShare({
      redis: redis.withCommandOptions({ timeout: REDIS_TIMEOUT_MS }),
      subscriber,
      keyPrefix: config.redisKeyPrefix,
      leaseMs: LEASE_MS,
      onError,
    });
    share = {
      ...shared,
      async close() {
        for (const client of [subscriber, redis]) {
          if (client.isReady) await client.close();
          else client.destroy();
        }
      },
    };
  }
  return new Fleet({
    csss,
    share,
    logger,
    refreshMs: config.fleet.refreshMs,
    concurrency: config.graphql.fanOutConcurrency,
    language: config.language,
  });
}
