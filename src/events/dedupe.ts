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

export interface DedupeWindows {
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
function classify(digestsOfId: ReadonlySet<string> | undefined, digest: string, firstIdOfDigest: string | undefined, deliveryId: string): DeliveryOutcome {
  if (digestsOfId?.has(digest)) return 'duplicate';
  if (firstIdOfDigest !== undefined) return firstIdOfDigest === deliveryId ? 'duplicate' : 'replay';
  return digestsOfId && digestsOfId.size > 0 ? 'stored-reused-id' : 'stored';
}

/** Single instance: decisions are taken one at a time (the memory log stores at once, so the queue is short). */
export function createMemoryDedupe(log: EventLog, options: MemoryDedupeOptions): Dedupe {
  const now = options.now ?? Date.now;
  const digestsById = new ExpiringMap<string, Set<string>>(options.ttlSeconds * 1000, options.maxEntries, now);
  const idByDigest = new ExpiringMap<string, string>(options.replayWindowSeconds * 1000, options.maxEntries, now);
  let queue: Promise<unknown> = Promise.resolve();

  const decide = async (event: NewEvent, digest: string | null): Promise<Receipt> => {
    const deliveryId = event.deliveryId ?? '';
    const digests = event.deliveryId === null ? undefined : digestsById.get(event.deliveryId);
    const outcome = classify(digests, digest ?? '', digest === null ? undefined : idByDigest.get(digest), deliveryId);
    if (outcome === 'duplicate' || outcome === 'replay') return { outcome, event: null };
    const stored = await log.append(event);
    if (event.deliveryId !== null) digestsById.set(event.deliveryId, new Set(digests).add(digest ?? ''));
    if (digest !== null) idByDigest.set(digest, deliveryId);
    return { outcome, event: stored };
  };

  return {
    appendOnce(event, digest) {
      const decision = queue.then(() => decide(event, digest));
      queue = decision.catch(() => undefined);
      return decision;
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
