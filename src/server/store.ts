import KeyvRedis from '@keyv/redis';
import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { Keyv } from 'keyv';
import type { RedisClientType } from 'redis';
import type { RedisClient } from '../events/log/redis.js';

/** An exclusive, expiring claim on a key: what keyv cannot do atomically, so writes get it beside the store. */
export interface Claims {
  /** True when this caller now holds `key` (for `ttlMs`); false when someone else does. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  release(key: string): Promise<void>;
}

/**
 * The keyv store behind the read cache and idempotency keys: in memory by default, on the gateway's Redis
 * connection when `REDIS_URL` is set (whose connection policy makes commands fail fast while Redis is away: the
 * cache steps aside, idempotent writes refuse). In Redis, values go through JSON with Dates kept as Dates, so both
 * stores return the same shapes.
 */
export interface KeyvStore {
  keyv: Keyv;
  /** The Redis connection behind it, for the other shared state (rate limits, audit); null in memory. */
  redis: RedisClientType | null;
  claims: Claims;
  /** True while the store can answer (always, in memory). */
  ready(): boolean;
}

/** In Redis, keys are `<prefix>cache::<key>` (keyv's separator) and `<prefix>claim:<key>`. */
function createKeyvStore(client: RedisClient | null, keyPrefix: string): KeyvStore {
  if (client === null) {
    // In memory, values are kept as they are (cached records are never mutated): no JSON round trip per read.
    const keyv = new Keyv({
      store: new MemoryStore(),
      serialize: undefined,
      deserialize: undefined,
      throwOnErrors: true,
    });
    return { keyv, redis: null, claims: memoryClaims(), ready: () => true };
  }
  // Errors must surface: idempotency refuses a write it cannot check, where a silent miss would repeat it.
  const store = new KeyvRedis(client as unknown as RedisClientType, { throwOnErrors: true, throwOnConnectError: true });
  const keyv = new Keyv({ store, serialize, deserialize, namespace: `${keyPrefix}cache`, throwOnErrors: true });
  keyv.on('error', () => undefined);
  const claimPrefix = `${keyPrefix}claim:`;
  return {
    keyv,
    redis: client as unknown as RedisClientType,
    claims: {
      claim: async (key, ttlMs) => (await client.set(claimPrefix + key, '1', { NX: true, PX: ttlMs })) === 'OK',
      release: async (key) => void (await client.del(claimPrefix + key)),
    },
    ready: () => client.isReady,
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    store: KeyvStore;
  }
}

/** The keyv store, on the Redis connection the redis plugin opened (which closes it), or in memory. */
export const storePlugin = fp<{ keyPrefix: string }>(
  (async (app, { keyPrefix }) => {
    app.decorate('store', createKeyvStore(app.redis, keyPrefix));
  }) satisfies FastifyPluginAsync<{ keyPrefix: string }>,
  { name: 'store', dependencies: ['redis'] },
);

/** How often the in-memory store drops what has expired. */
const SWEEP_EVERY_MS = 60_000;

/**
 * keyv's in-memory Map with batch reads and writes: without them keyv makes a promise per key, which a read of
 * 1,000 SIMs' entries pays twice (entries, then their tags' versions). Values hold keyv's own `expires`, checked by
 * it on read; keyv never drops a value nobody reads again (an idempotency key, a kept answer), so writes sweep
 * the expired ones out at most once a minute, or a long-running gateway would keep them all.
 */
export class MemoryStore extends Map<string, unknown> {
  private sweptAt: number;

  constructor(private readonly now: () => number = Date.now) {
    super();
    this.sweptAt = now();
  }

  getMany(keys: readonly string[]): unknown[] {
    return keys.map((key) => this.get(key));
  }

  override set(key: string, value: unknown): this {
    this.sweep();
    return super.set(key, value);
  }

  setMany(entries: readonly { key: string; value: unknown }[]): void {
    for (const { key, value } of entries) this.set(key, value);
  }

  private sweep(): void {
    const now = this.now();
    if (now - this.sweptAt < SWEEP_EVERY_MS) return;
    this.sweptAt = now;
    for (const [key, data] of this) {
      const expires = (data as { expires?: unknown } | null)?.expires;
      if (typeof expires === 'number' && expires < now) this.delete(key);
    }
  }
}

function memoryClaims(): Claims {
  const held = new Map<string, number>();
  return {
    async claim(key, ttlMs) {
      const now = Date.now();
      if ((held.get(key) ?? 0) > now) return false;
      held.set(key, now + ttlMs);
      // Expired claims are dropped as new ones come, so the map stays as small as the writes in flight.
      for (const [other, until] of held) if (until <= now) held.delete(other);
      return true;
    },
    async release(key) {
      held.delete(key);
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
    value !== null && typeof value === 'object' && typeof value.$date === 'string' && Object.keys(value).length === 1
      ? new Date(value.$date)
      : value,
  ) as T;
}
