import type { GatewayConfig } from '../config.js';
import type { RedisClient } from '../events/log/redis.js';
import { closeRedis, duplicateRedis } from '../server/redis.js';
import type { CsssClient } from '../upstream/csss/client.js';
import { Fleet, type FleetLogger } from './fleet.js';
import { redisShare } from './share/redis.js';
import { memoryShare } from './share/share.js';

/** Deadline of each Redis command of the fleet: while Redis is away, a refresh fails by it and is tried again later. */
const REDIS_TIMEOUT_MS = 2_000;
/** How long the first refresh waits for the fleet's sockets to connect before it tries (and, failing, retries later). */
const CONNECT_WAIT_MS = 2_000;

/**
 * The fleet of this gateway: in memory, or shared through the gateway's Redis when it has one. Its two sockets
 * (commands that carry whole snapshots, which should not hold up the shared connection, and a subscriber) are
 * duplicates of the gateway's, under the same connection policy; the fleet closes them when it closes.
 */
export function createFleet(
  config: Pick<GatewayConfig, 'redisKeyPrefix' | 'fleet' | 'graphql' | 'language'>,
  csss: CsssClient,
  logger: FleetLogger,
  redis: RedisClient | null,
): Fleet {
  let share = memoryShare();
  if (redis) {
    const commands = duplicateRedis(redis, logger);
    const subscriber = duplicateRedis(redis, logger);
    share = {
      ...redisShare({
        redis: commands.withCommandOptions({ timeout: REDIS_TIMEOUT_MS }),
        subscriber,
        keyPrefix: config.redisKeyPrefix,
        leaseMs: config.fleet.leaseMs,
        onError: (error) => logger.warn({ err: { message: (error as Error).message } }, 'fleet: Redis error'),
      }),
      ready: () => connected([commands, subscriber], CONNECT_WAIT_MS),
      close: async () => {
        await Promise.all([closeRedis(subscriber), closeRedis(commands)]);
      },
    };
  }
  return new Fleet({
    csss,
    share,
    logger,
    refreshMs: config.fleet.refreshMs,
    leaseMs: redis ? config.fleet.leaseMs : null,
    concurrency: config.graphql.fanOutConcurrency,
    language: config.language,
  });
}

/** Resolves once every client is connected, or after `waitMs`. */
async function connected(clients: RedisClient[], waitMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const ready = clients.map((client) =>
    client.isReady ? Promise.resolve() : new Promise<void>((resolve) => client.once('ready', () => resolve())),
  );
  await Promise.race([Promise.all(ready), new Promise<void>((resolve) => (timer = setTimeout(resolve, waitMs)))]);
  clearTimeout(timer);
}
