import type { Logger } from 'pino';
import type { Dedupe } from './dedupe.js';
import type { NewEvent, StoredEvent } from './event.js';
import type { EventLog } from './log/log.js';

/**
 * Everything that happens to a verified, decoded notification: tell the hooks, then store it once.
 * Live subscribers hear of it from the log itself (see EventPubSub), so there is no publish step to fail.
 */
export type Ingest = (event: NewEvent) => Promise<StoredEvent | null>;

/**
 * Runs before the event is stored, e.g. to drop cache entries the event made stale: a subscriber reacting to
 * the event then never reads the data it replaces. The change already happened upstream, so running for a
 * repeat delivery, or for an event that then fails to store, drops nothing that was still right. A failure
 * is logged, never fatal.
 */
export type BeforeStoreHook = (event: NewEvent) => void | Promise<void>;

export interface IngestOptions {
  log: EventLog;
  dedupe: Dedupe;
  beforeStore?: readonly BeforeStoreHook[];
  logger: Pick<Logger, 'error'>;
}

/**
 * Resolves the stored event, or null for a repeat delivery; rejects when the event could not be stored (the
 * webhook then answers 5xx and Linksfield retries). A push without `x-lf-delivery` is stored without dedupe:
 * nothing else tells a retry from a new event that happens to have the same body.
 */
export function createIngest(options: IngestOptions): Ingest {
  const { log, dedupe, beforeStore = [], logger } = options;
  return async (event) => {
    const outcomes = await Promise.allSettled(beforeStore.map(async (hook) => hook(event)));
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') logger.error({ err: outcome.reason, kind: event.kind }, 'a beforeStore hook failed');
    }
    return event.deliveryId === null ? log.append(event) : dedupe.appendOnce(event.deliveryId, event);
  };
}
