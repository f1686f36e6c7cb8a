import type { StoredEvent } from '../event.js';

/** Hands each stored event to the live subscribers of this instance. A listener must return at once. */
export type EventListener = (event: StoredEvent) => void;

/**
 * Live events, in id order. Publishing is a consequence of storing, not a step of its own: the memory log
 * announces each append as it assigns the id, the Redis pubsub tails the stream. So no event is stored but
 * not published, and none reaches a subscriber out of order.
 */
export interface EventPubSub {
  /** Settles once every event stored from then on will reach the listeners (or once closed). */
  ready: Promise<void>;
  /**
   * Returns the function that stops the listener. With `iccids`, the listener hears only events about one of
   * those SIMs (an index, so publishing costs the matching listeners, not all of them); null or absent: every event.
   */
  subscribe(listener: EventListener, iccids?: readonly string[] | null): () => void;
  close(): Promise<void>;
}
