import type { NewEvent, StoredEvent } from './event.js';
import type { EventLog } from './log/log.js';
import type { RedisEventLog } from './log/redis.js';

/**
 * Linksfield retries a push with the same `x-lf-delivery` until it gets a 200 (§7.1). A delivery id is
 * remembered only once its event is stored, and an event is stored at most once per remembered id: a failed
 * store is retried by Linksfield and stored then, a repeat of a stored one is acknowledged and dropped.
 */
export interface Dedupe {
  /** Appends the event unless a delivery with this id was stored within the TTL; null for such a repeat. */
  appendOnce(deliveryId: string, event: NewEvent): Promise<StoredEvent | null>;
}

export interface MemoryDedupeOptions {
  ttlSeconds: number;
  /** Bound on remembered ids; past it the oldest are forgotten early. */
  maxEntries: number;
  now?: () => number;
}

/** Single instance: a map of delivery id → expiry. One TTL for all means insertion order is expiry order. */
export function createMemoryDedupe(log: EventLog, options: MemoryDedupeOptions): Dedupe {
  const now = options.now ?? Date.now;
  const ttlMs = options.ttlSeconds * 1000;
  const seen = new Map<string, number>();
  const storing = new Map<string, Promise<StoredEvent>>();

  const forgetExpired = () => {
    for (const [id, expiresAt] of seen) {
      if (expiresAt > now() && seen.size <= options.maxEntries) return;
      seen.delete(id);
    }
  };

  return {
    async appendOnce(deliveryId, event) {
      forgetExpired();
      if (seen.has(deliveryId)) return null;
      const inFlight = storing.get(deliveryId);
      if (inFlight) {
        // A concurrent repeat: a duplicate if the first store succeeds, the same failure (and a retry) if not.
        await inFlight;
        return null;
      }
      const append = log.append(event);
      storing.set(deliveryId, append);
      try {
        const stored = await append;
        seen.set(deliveryId, now() + ttlMs);
        forgetExpired();
        return stored;
      } finally {
        storing.delete(deliveryId);
      }
    },
  };
}

export interface RedisDedupeOptions {
  ttlSeconds: number;
  /** Delivery ids are kept as `<keyPrefix><id>`. */
  keyPrefix: string;
}

/**
 * Shared by every instance: `SET <key> EX ttl` runs in the same Lua script as the XADD, after checking the key
 * is absent, so no crash or outage between the two can remember a delivery whose event was not stored.
 */
export function createRedisDedupe(log: RedisEventLog, options: RedisDedupeOptions): Dedupe {
  return {
    appendOnce: (deliveryId, event) => log.appendUnlessKeyExists(`${options.keyPrefix}${deliveryId}`, options.ttlSeconds, event),
  };
}
