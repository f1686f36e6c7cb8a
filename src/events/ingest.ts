import type { Logger } from 'pino';
import type { Dedupe } from './dedupe.js';
import type { NewEvent, StoredEvent } from './event.js';
import type { EventLog } from './log/log.js';

/**
 * Everything that happens to a verified, decoded notification: store it once, then tell the hooks.
 * Live subscribers hear of it from the log itself (see EventPubSub), so there is no publish step to fail.
 */
export type Ingest = (event: NewEvent) => Promise<StoredEvent | null>;

/**
 * Runs on the instance that stored the event, e.g. to drop cache entries the event made stale. Its failure is
 * logged, never fatal. Live subscribers may hear of the event before the hooks have finished.
 */
export type StoredHook = (event: StoredEvent) => void | Promise<void>;

export interface IngestOptions {
  log: EventLog;
  dedupe: Dedupe;
  onStored?: readonly StoredHook[];
  logger: Pick<Logger, 'error'>;
}

/**
 * Resolves the stored event, or null for a repeat delivery; rejects when the event could not be stored (the
 * webhook then answers 5xx and Linksfield retries). A push without `x-lf-delivery` is stored without dedupe:
 * nothing else tells a retry from a new event that happens to have the same body.
 */
export function createIngest(options: IngestOptions): Ingest {
  const { log, dedupe, onStored = [], logger } = options;
  return async (event) => {
    const stored = event.deliveryId === null ? await log.append(event) : await dedupe.appendOnce(event.deliveryId, event);
    if (stored === null) return null;
    const outcomes = await Promise.allSettled(onStored.map(async (hook) => hook(stored)));
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') logger.error({ err: outcome.reason, eventId: stored.id, kind: stored.kind }, 'an onStored hook failed');
    }
    return stored;
  };
}
