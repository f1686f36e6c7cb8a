import type { StoredEvent } from './event.js';
import { assertEventId, compareEventIds } from './event-id.js';
import type { EventLog } from './log/log.js';
import type { EventPubSub } from './pubsub/pubsub.js';
import { QUEUE_CLOSED, QUEUE_OVERFLOWED, SubscriberQueue } from './subscriber-queue.js';

/**
 * What the GraphQL subscriptions iterate: the log's events after `after`, then live ones, without a gap or a
 * duplicate at the seam. Listening starts before the log is read; a live event the replay already yielded
 * (id ≤ the last one seen) is dropped.
 */
interface SubscribeOptions {
  /** Replay the events after this id first. Absent or null: live events only; `"0-0"`: all that is retained. */
  after?: string | null;
  /** Called for every event that reaches the subscription, in the publishing path: keep it quick and pure. */
  filter: (event: StoredEvent) => boolean;
  /** Only events about one of these SIMs reach `filter` live (an index, not a second filter); null or absent: all. */
  iccids?: readonly string[] | null;
  /** Aborting ends the iteration (it completes). */
  signal?: AbortSignal;
  /** Told, before any event is yielded, that events after `after` had already been evicted from the log. */
  onGap?: (gap: ReplayGap) => void;
}

export interface ReplayGap {
  after: string;
  /** The newest evicted event: everything from `after` to here is lost; the replay starts at the oldest retained. */
  evictedThrough: string;
}

export interface EventFeed {
  /** Throws InvalidEventIdError at once when `after` is not an event id. */
  subscribe(options: SubscribeOptions): AsyncIterableIterator<StoredEvent>;
  /** Ends every open subscription (each completes normally). */
  close(): void;
}

export interface FeedOptions {
  log: EventLog;
  pubsub: EventPubSub;
  /** Live events one subscriber may have waiting before it is closed with SubscriberTooSlowError. */
  queueLimit: number;
  /** Events read from the log at a time while replaying. */
  pageSize?: number;
}

export class SubscriberTooSlowError extends Error {
  constructor(
    readonly limit: number,
    readonly lastEventId: string | null,
  ) {
    const resume = lastEventId === null ? 'subscribe again' : `resume with after: "${lastEventId}"`;
    super(
      `the subscriber fell more than ${limit} events behind the live stream and was closed; ${resume} to get what it missed`,
    );
    this.name = 'SubscriberTooSlowError';
  }
}

export function createFeed(options: FeedOptions): EventFeed {
  const { log, pubsub, queueLimit, pageSize = 100 } = options;
  const open = new Set<() => void>();

  async function* events(
    queue: SubscriberQueue,
    subscription: SubscribeOptions,
    stop: () => void,
  ): AsyncGenerator<StoredEvent> {
    const { filter, onGap } = subscription;
    let cursor = subscription.after ?? null;
    try {
      // Before the tail knows where it starts, an event stored now might reach neither the replay nor the queue.
      await pubsub.ready;
      if (cursor !== null) {
        if (onGap) await reportGap(cursor, onGap);
        for (;;) {
          if (queue.isClosed) return;
          const page = await log.readAfter(cursor, pageSize);
          for (const event of page) {
            cursor = event.id;
            if (filter(event)) yield event;
          }
          // Live events dropped while replaying are all in the log: read on from it rather than fail.
          if (page.length < pageSize && !queue.recover()) break;
        }
      }
      for (;;) {
        const next = await queue.take();
        if (next === QUEUE_CLOSED) return;
        if (next === QUEUE_OVERFLOWED) throw new SubscriberTooSlowError(queueLimit, cursor);
        if (cursor !== null && compareEventIds(next.id, cursor) <= 0) continue;
        cursor = next.id;
        yield next;
      }
    } finally {
      stop();
    }
  }

  async function reportGap(after: string, onGap: (gap: ReplayGap) => void): Promise<void> {
    const evictedThrough = await log.evictedThrough();
    if (evictedThrough !== null && compareEventIds(after, evictedThrough) < 0) onGap({ after, evictedThrough });
  }

  return {
    subscribe(subscription) {
      const { filter, signal } = subscription;
      if (subscription.after != null) assertEventId(subscription.after);
      const queue = new SubscriberQueue(queueLimit);
      const stopListening = pubsub.subscribe((event) => {
        try {
          if (filter(event)) queue.push(event);
        } catch (error) {
          queue.fail(error);
        }
      }, subscription.iccids);
      const stop = () => {
        stopListening();
        queue.close();
        signal?.removeEventListener('abort', stop);
        open.delete(stop);
      };
      open.add(stop);
      signal?.addEventListener('abort', stop, { once: true });
      if (signal?.aborted) stop();

      // An async generator cannot be returned while it awaits; stopping first wakes it so `return` is prompt.
      const iterator = events(queue, subscription, stop);
      return {
        next: () => iterator.next(),
        return: (value?: unknown) => {
          stop();
          return iterator.return(value);
        },
        throw: (error?: unknown) => {
          stop();
          return iterator.throw(error);
        },
        [Symbol.asyncIterator]() {
          return this;
        },
      };
    },
    close() {
      for (const stop of [...open]) stop();
    },
  };
}
