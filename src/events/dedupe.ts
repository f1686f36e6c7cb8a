import type { NewEvent, StoredEvent } from './event.js';
import { ExpiringMap } from './expiring-map.js';
import type { EventLog } from './log/log.js';
import type { RedisEventLog } from './log/redis.js';

/**
 * Linksfield retries a push with the same `x-lf-delivery` until it gets a 200 (§7.1), but the delivery id is not
 * covered by `x-lf-md5`: anyone who captured one signed push can re-send it under new ids, or under ids Linksfield
 * is about to use. So a push is known by its delivery id AND the digest of its signed content:
 * - same id, same digest: Linksfield's retry → `duplicate`, acknowledged, not stored again;
 * - same digest under another id (or without one) within the replay window → `replay`, acknowledged, not stored;
 * - same id, another digest: not a repeat (the id may have been claimed by a replay) → stored, `stored-reused-id`;
 * - otherwise → `stored`.
 * A delivery is remembered only once its event is stored, in the same atomic step, so a failed store is retried
 * by Linksfield and stored then.
 */
export type DeliveryOutcome = 'stored' | 'stored-reused-id' | 'duplicate' | 'replay';

export interface Receipt {
  outcome: DeliveryOutcome;
  /** The stored event; null when the push was a duplicate or a replay. */
  event: StoredEvent | null;
}

export interface Dedupe {
  /** Stores the event unless it repeats a remembered push; `digest` identifies its signed content (null: not checked). */
  appendOnce(event: NewEvent, digest: string | null): Promise<Receipt>;
}

interface DedupeWindows {
  /** How long a delivery id is remembered. */
  ttlSeconds: number;
  /** How long a body digest is remembered; shorter than a week, so Linksfield's weekly full-set alerts still pass. */
  replayWindowSeconds: number;
}

export interface MemoryDedupeOptions extends DedupeWindows {
  /** Bound on remembered ids and digests; past it the oldest are forgotten early. */
  maxEntries: number;
  now?: () => number;
}

/**
 * What a push's delivery id and digest say about it before it is stored. A push without a digest (one the gateway
 * made itself) is known by its id alone, remembered under the empty digest.
 */
function classify(
  digestsOfId: ReadonlySet<string> | undefined,
  digest: string,
  firstIdOfDigest: string | undefined,
  deliveryId: string,
): DeliveryOutcome {
  if (digestsOfId?.has(digest)) return 'duplicate';
  if (firstIdOfDigest !== undefined) return firstIdOfDigest === deliveryId ? 'duplicate' : 'replay';
  return digestsOfId && digestsOfId.size > 0 ? 'stored-reused-id' : 'stored';
}

/**
 * Single instance. A push is decided and remembered synchronously, before its append is awaited, so concurrent
 * copies see it; a copy of a push still being stored waits for that store and fails with it (Linksfield then
 * retries), and a failed store is forgotten again.
 */
export function createMemoryDedupe(log: EventLog, options: MemoryDedupeOptions): Dedupe {
  const now = options.now ?? Date.now;
  const digestsById = new ExpiringMap<string, Set<string>>(options.ttlSeconds * 1000, options.maxEntries, now);
  const idByDigest = new ExpiringMap<string, string>(options.replayWindowSeconds * 1000, options.maxEntries, now);
  /** Stores in flight, by `<id>\n<digest>` and by `\n<digest>`. */
  const storing = new Map<string, Promise<unknown>>();

  return {
    appendOnce(event, digest) {
      const deliveryId = event.deliveryId ?? '';
      const idKey = `${deliveryId}\n${digest ?? ''}`;
      const bodyKey = `\n${digest}`;
      const digests = event.deliveryId === null ? undefined : digestsById.get(event.deliveryId);
      const outcome = classify(digests, digest ?? '', digest === null ? undefined : idByDigest.get(digest), deliveryId);
      if (outcome === 'duplicate' || outcome === 'replay') {
        const first = storing.get(idKey) ?? (digest === null ? undefined : storing.get(bodyKey)) ?? Promise.resolve();
        return first.then(() => ({ outcome, event: null }));
      }
      if (event.deliveryId !== null) digestsById.set(event.deliveryId, new Set(digests).add(digest ?? ''));
      if (digest !== null) idByDigest.set(digest, deliveryId);
      const forget = () => {
        const remembered = event.deliveryId === null ? undefined : digestsById.get(event.deliveryId);
        remembered?.delete(digest ?? '');
        if (remembered?.size === 0) digestsById.delete(event.deliveryId!);
        if (digest !== null && idByDigest.get(digest) === deliveryId) idByDigest.delete(digest);
      };
      const append = log.append(event).then(
        (stored): Receipt => ({ outcome, event: stored }),
        (error: unknown) => {
          forget();
          throw error;
        },
      );
      const keys = digest === null ? [idKey] : [idKey, bodyKey];
      for (const key of keys) storing.set(key, append);
      const settled = () => keys.forEach((key) => storing.get(key) === append && storing.delete(key));
      append.then(settled, settled);
      return append;
    },
  };
}

export interface RedisDedupeOptions extends DedupeWindows {
  /** Delivery ids are kept as `<keyPrefix>delivery:<id>` (a set of digests), digests as `<keyPrefix>body:<digest>`. */
  keyPrefix: string;
}

/** Shared by every instance: the check, the append and the remembering run in one Lua script (see RedisEventLog). */
export function createRedisDedupe(log: RedisEventLog, options: RedisDedupeOptions): Dedupe {
  return {
    appendOnce: (event, digest) =>
      log.appendDeduplicated(event, {
        deliveryKey: event.deliveryId === null ? null : `${options.keyPrefix}delivery:${event.deliveryId}`,
        bodyKey: digest === null ? null : `${options.keyPrefix}body:${digest}`,
        digest: digest ?? '',
        deliveryId: event.deliveryId ?? '',
        ttlSeconds: options.ttlSeconds,
        replayWindowSeconds: options.replayWindowSeconds,
      }),
  };
}
