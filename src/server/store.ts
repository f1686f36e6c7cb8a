import KeyvRedis from '@keyv/redis';
import { Keyv } from 'keyv';
import { createClient, type RedisClientType } from 'redis';

/**
 * The keyv store behind the read cache and idempotency keys: in memory by default, Redis when
 * `REDIS_URL` is set. In Redis, values go through JSON with Dates kept as Dates, so both stores return the same shapes.
 */
export interface KeyvStore {
  keyv: Keyv;
  /** True while the store can answer (always, in memory). */
  ready(): boolean;
  close(): Promise<void>;
}

export function createKeyvStore(redisUrl: string | null): KeyvStore {
  if (redisUrl === null) {
    // In memory, values are kept as they are (cached records are never mutated): no JSON round trip per read.
    const keyv = new Keyv({ serialize: undefined, deserialize: undefined, throwOnErrors: true });
    return { keyv, ready: () => true, close: async () => keyv.disconnect() };
  }
  // Commands fail fast while Redis is away instead of queueing: the cache steps aside, idempotent writes refuse.
  const client: RedisClientType = createClient({
    url: redisUrl,
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000) },
  });
  client.on('error', () => undefined);
  // Not awaited: with Redis down at start-up the gateway still starts, /readyz says why, and the client reconnects.
  client.connect().catch(() => undefined);
  // Errors must surface: idempotency refuses a write it cannot check, where a silent miss would repeat it.
  const keyv = new Keyv({ store: new KeyvRedis(client, { throwOnErrors: true, throwOnConnectError: true }), serialize, deserialize, namespace: 'gateway', throwOnErrors: true });
  keyv.on('error', () => undefined);
  return {
    keyv,
    ready: () => client.isReady,
    close: async () => {
      // A client that never connected would wait for ever on a graceful close.
      if (client.isReady) await client.close().catch(() => client.destroy());
      else client.destroy();
    },
  };
}

function serialize(data: unknown): string {
  return JSON.stringify(data, function replacer(this: Record<string, unknown>, key, value) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : value;
  });
}

function deserialize<T>(text: string): T {
  return JSON.parse(text, (_key, value) =>
    value !== null && typeof value === 'object' && typeof value.$date === 'string' && Object.keys(value).length === 1 ? new Date(value.$date) : value,
  ) as T;
}
