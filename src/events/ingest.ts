import type { Logger } from 'pino';
import type { Dedupe, Receipt } from './dedupe.js';
import type { NewEvent } from './event.js';

/**
 * Everything that happens to a verified, decoded notification: tell the hooks, then store it once.
 * Live subscribers hear of it from the log itself (see EventPubSub), so there is no publish step to fail.
 */
export type Ingest = (event: NewEvent, digest?: string | null) => Promise<Receipt>;

/**
 * Runs before the event is stored, e.g. to drop cache entries the event made stale: a subscriber reacting to
 * the event then never reads the data it replaces. The change already happened upstream, so running for a
 * repeat delivery, or for an event that then fails to store, drops nothing that was still right. A failure
 * is logged, never fatal.
 */
export type BeforeStoreHook = (event: NewEvent) => void | Promise<void>;

export interface IngestOptions {
  dedupe: Dedupe;
  beforeStore?: readonly BeforeStoreHook[];
  logger: Pick<Logger, 'error'>;
}

/**
 * Resolves what became of the event (stored, or acknowledged as a duplicate or replay: see Dedupe); rejects when
 * it could not be stored (the webhook then answers 5xx and Linksfield retries). `digest` identifies the push's
 * signed content; without one (an event the gateway made itself) only the delivery id, if any, is checked.
 */
export function createIngest(options: IngestOptions): Ingest {
  const { dedupe, beforeStore = [], logger } = options;
  return async (event, digest = null) => {
    const outcomes = await Promise.allSettled(beforeStore.map(async (hook) => hook(event)));
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected')
        logger.error({ err: outcome.reason, kind: event.kind }, 'a beforeStore hook failed');
    }
    return dedupe.appendOnce(event, digest);
  };
}
