import type { NewEvent, StoredEvent } from '../event.js';

/**
 * The durable, bounded record of accepted events, oldest first. When the bound is reached the oldest events go;
 * `evictedThrough` says how far, so a subscriber resuming from an evicted position can be told of the gap.
 */
export interface EventLog {
  /** Stores the event under a new id, greater than every id before it. */
  append(event: NewEvent): Promise<StoredEvent>;
  /** Up to `limit` events with ids greater than `afterId` (from the oldest retained one when null), oldest first. */
  readAfter(afterId: string | null, limit: number): Promise<StoredEvent[]>;
  /** The id of the newest event, or null while the log is empty. */
  latestId(): Promise<string | null>;
  /** The id of the newest event the bound has dropped, or null while nothing was. */
  evictedThrough(): Promise<string | null>;
  close(): Promise<void>;
}
