import type { StoredEvent } from './event.js';
import { assertEventId, compareEventIds } from './event-id.js';
import type { EventLog } from './log/log.js';
import type { EventPubSub } from './pubsub/pubsub.js';

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
  /** What a subscriber that fell behind is ended with, instead of the SubscriberTooSlowError itself. */
  tooSlow?: (error: SubscriberTooSlowError) => Error;
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
  /** Events read from the log at a time while replaying; 100. */
  pageSize?: number;
}

const DEFAULT_PAGE_SIZE = 100;

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
  const open = new Set<FeedSubscription>();
  // Known once for all: subscribers that start after it need not each wait on the promise.
  const tail: TailState = { ready: false };
  void options.pubsub.ready.then(() => (tail.ready = true));
  return {
    subscribe(subscription) {
      if (subscription.after != null) assertEventId(subscription.after);
      return new FeedSubscription(options, tail, subscription, open);
    },
    close() {
      for (const subscription of [...open]) subscription.stop();
    },
  };
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** Whether the pubsub's `ready` has settled: from then on every stored event reaches the listeners. */
interface TailState {
  ready: boolean;
}

type Wake = (result: IteratorResult<StoredEvent> | Promise<never>) => void;

/**
 * One subscription as one plain object, not a chain of async generators, wrappers and a separate queue: an idle
 * live subscriber is this object, its listener and the one promise its `next` waits on, which the publisher
 * resolves directly. `next` replays from the log first (when `after` is set), then hands out live events;
 * `return` (or the signal, or `close`) stops it at once, even while `next` waits. `push` never waits, so a slow
 * subscriber costs the publisher nothing: past `queueLimit` waiting events it drops them and ends with
 * SubscriberTooSlowError (while replaying it reads on from the log instead, which still holds what was dropped).
 */
class FeedSubscription implements AsyncIterableIterator<StoredEvent> {
  /** Live events not handed out yet. */
  private items: StoredEvent[] = [];
  private overflowed = false;
  private failure: { error: unknown } | null = null;
  /** Resolves the `next` waiting for a live event. */
  private wake: Wake | null = null;
  /** The last event handed out (or passed over while replaying). */
  private cursor: string | null;
  /** The replay under way (when `after` is set): the log is read page by page until it has nothing newer; null once live. */
  private replay: { page: StoredEvent[]; index: number; read: boolean } | null;
  private stopped = false;
  private readonly stopListening: () => void;
  /** Only with a signal: what stops the subscription when it aborts. */
  private onAbort: (() => void) | null = null;

  constructor(
    private readonly feed: FeedOptions,
    private readonly tail: TailState,
    private readonly options: SubscribeOptions,
    private readonly open: Set<FeedSubscription>,
  ) {
    this.cursor = options.after ?? null;
    this.replay = this.cursor === null ? null : { page: [], index: 0, read: false };
    this.stopListening = feed.pubsub.subscribe((event) => this.push(event), options.iccids);
    open.add(this);
    const { signal } = options;
    if (signal?.aborted) this.stop();
    else if (signal) {
      this.onAbort = () => this.stop();
      signal.addEventListener('abort', this.onAbort, { once: true });
    }
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<StoredEvent>> {
    if (this.replay !== null) return this.nextReplayed();
    // Before the tail knows where it starts, an event stored now might reach neither the replay nor the queue.
    if (!this.tail.ready) return this.feed.pubsub.ready.then(() => this.nextLive());
    return this.nextLive();
  }

  async return(): Promise<IteratorResult<StoredEvent>> {
    this.stop();
    return DONE;
  }

  async throw(error?: unknown): Promise<IteratorResult<StoredEvent>> {
    this.stop();
    throw error;
  }

  /** Stops listening and completes a waiting `next`. Safe to call twice. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.stopListening();
    this.items = [];
    this.replay = null;
    if (this.onAbort) this.options.signal?.removeEventListener('abort', this.onAbort);
    this.open.delete(this);
    this.handOver(DONE);
  }

  /** The pubsub's listener, in the publishing path: quick, and never waits. */
  private push(event: StoredEvent): void {
    if (this.stopped || this.overflowed || this.failure) return;
    try {
      if (!this.options.filter(event)) return;
    } catch (error) {
      this.failure = { error };
      if (this.wake) {
        this.handOver(Promise.reject(error));
        this.stop();
      }
      return;
    }
    if (this.wake) {
      // Waiting means live and nothing queued: the event goes straight to the subscriber.
      if (this.isNew(event)) {
        this.cursor = event.id;
        this.handOver({ done: false, value: event });
      }
    } else if (this.items.length < this.feed.queueLimit) {
      this.items.push(event);
    } else {
      this.overflowed = true;
      this.items = [];
    }
  }

  private nextLive(): Promise<IteratorResult<StoredEvent>> {
    for (;;) {
      if (this.stopped) return Promise.resolve(DONE);
      if (this.failure) return this.end(this.failure.error);
      if (this.overflowed) {
        const error = new SubscriberTooSlowError(this.feed.queueLimit, this.cursor);
        return this.end(this.options.tooSlow?.(error) ?? error);
      }
      const event = this.items.shift();
      if (!event) return new Promise((resolve) => (this.wake = resolve));
      if (this.isNew(event)) {
        this.cursor = event.id;
        return Promise.resolve({ done: false, value: event });
      }
    }
  }

  /** Replays what passes the filter, then goes live; the first call first reports a gap, when there is one. */
  private async nextReplayed(): Promise<IteratorResult<StoredEvent>> {
    try {
      const { filter, onGap } = this.options;
      const pageSize = this.feed.pageSize ?? DEFAULT_PAGE_SIZE;
      for (let replay = this.replay; replay; replay = this.replay) {
        if (!replay.read) {
          await this.feed.pubsub.ready;
          if (onGap) await this.reportGap(onGap);
        }
        if (replay.index < replay.page.length) {
          const event = replay.page[replay.index++];
          this.cursor = event.id;
          if (filter(event)) return { done: false, value: event };
          continue;
        }
        // Live events dropped while replaying are all in the log: read on from it rather than fail.
        if (replay.read && replay.page.length < pageSize && !this.recover()) this.replay = null;
        else {
          replay.page = await this.feed.log.readAfter(this.cursor, pageSize);
          replay.index = 0;
          replay.read = true;
        }
      }
      return this.nextLive();
    } catch (error) {
      return this.end(error);
    }
  }

  private handOver(result: IteratorResult<StoredEvent> | Promise<never>): void {
    const wake = this.wake;
    this.wake = null;
    wake?.(result);
  }

  private end(error: unknown): Promise<never> {
    this.stop();
    return Promise.reject(error);
  }

  /** Clears an overflow and says whether there was one. */
  private recover(): boolean {
    const overflowed = this.overflowed;
    this.overflowed = false;
    return overflowed;
  }

  /** Past the cursor: at the seam of replay and live, an event may come both ways. */
  private isNew(event: StoredEvent): boolean {
    return this.cursor === null || compareEventIds(event.id, this.cursor) > 0;
  }

  private async reportGap(onGap: (gap: ReplayGap) => void): Promise<void> {
    const evictedThrough = await this.feed.log.evictedThrough();
    const after = this.options.after!;
    if (evictedThrough !== null && compareEventIds(after, evictedThrough) < 0) onGap({ after, evictedThrough });
  }
}
