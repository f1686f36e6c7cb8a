import { GraphQLError } from 'graphql';
import type { SimScope } from '../../access/caller.js';
import { withinScope } from '../../events/filter.js';
import {
  eventFilter,
  InvalidEventIdError,
  SubscriberTooSlowError,
  type EventFeed,
  type EventKind,
  type ReplayGap,
  type StoredEvent,
} from '../../events/index.js';
import { badInput, checkIccid } from '../errors.js';

/** Bound on one subscription's `iccids`: the filter runs for every event on the publishing path. */
export const MAX_ICCIDS = 1_000;

/** What one subscription asks for; absent criteria do not restrict, an empty list matches nothing. */
export interface StreamCriteria {
  iccids?: readonly string[] | null;
  kinds?: readonly EventKind[] | null;
  after?: string | null;
  /** The caller's SIMs (null: every SIM): live events and replays alike carry only these. */
  sims: SimScope | null;
}

/** A stored event, or an error the client is told in-band without the subscription ending (a replay gap). */
export type StreamItem = StoredEvent | GraphQLError;

/**
 * One subscription's events from the feed: the criteria checked first (BAD_USER_INPUT), a replay gap reported
 * as the first item, a subscriber that fell too far behind ended with SUBSCRIBER_TOO_SLOW and where to resume.
 * `return` (the client unsubscribed or left) stops the feed at once, even while it waits for an event.
 */
export function notificationStream(feed: EventFeed, criteria: StreamCriteria): AsyncIterableIterator<StreamItem> {
  const { sims } = criteria;
  // Asking for a foreign SIM is like asking for an unknown one: it simply never has an event.
  const asked = criteria.iccids ? checkIccids(criteria.iccids) : null;
  const iccids = asked && sims ? asked.filter((iccid) => sims.allows(iccid)) : asked;
  return new NotificationStream(feed, { iccids, kinds: criteria.kinds, after: criteria.after, sims });
}

/**
 * One plain object per subscription over the feed's own iterator, with no async frame or promise of its own while
 * it waits (for a caller with every SIM; a narrower SIM scope adds one derived promise). Only a resumed
 * subscription (`after`) waits for a gap report, and only before its first item.
 */
class NotificationStream implements AsyncIterableIterator<StreamItem> {
  private readonly events: AsyncIterableIterator<StoredEvent>;
  private readonly sims: SimScope | null;
  /** Until the first item of a resumed subscription: settles when the feed reports a gap. */
  private gapReported: Promise<void> | null = null;
  private gap: ReplayGap | null = null;
  /** The first event, asked of the feed before the gap was reported in its place. */
  private afterGap: Promise<IteratorResult<StoredEvent>> | null = null;

  constructor(feed: EventFeed, criteria: StreamCriteria) {
    this.sims = criteria.sims;
    let onGap: ((gap: ReplayGap) => void) | undefined;
    if (criteria.after != null) {
      let reported!: () => void;
      this.gapReported = new Promise<void>((resolve) => (reported = resolve));
      onGap = (gap) => {
        this.gap = gap;
        reported();
      };
    }
    this.events = subscribeOrRefuse(feed, {
      after: criteria.after,
      filter: eventFilter(criteria),
      iccids: criteria.iccids,
      tooSlow: tooSlowError,
      onGap,
    });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  next(): Promise<IteratorResult<StreamItem>> {
    if (this.gapReported) return this.first(this.gapReported);
    const next = this.afterGap ?? this.events.next();
    this.afterGap = null;
    return this.sims === null ? next : next.then((result) => this.scoped(result));
  }

  async return(): Promise<IteratorResult<StreamItem>> {
    return this.events.return!();
  }

  /** The gap is known before the first event, which may be a long time coming: the client is told at once. */
  private async first(gapReported: Promise<void>): Promise<IteratorResult<StreamItem>> {
    this.gapReported = null;
    const first = this.events.next();
    await Promise.race([first, gapReported]);
    if (!this.gap) return this.scoped(await first);
    this.afterGap = first;
    return { done: false, value: replayGapError(this.gap) };
  }

  private scoped(result: IteratorResult<StoredEvent>): IteratorResult<StreamItem> {
    return result.done || this.sims === null ? result : { done: false, value: withinScope(result.value, this.sims) };
  }
}

function checkIccids(iccids: readonly string[]): readonly string[] {
  if (iccids.length > MAX_ICCIDS) throw badInput(`at most ${MAX_ICCIDS} ICCIDs per subscription`, 'iccids');
  for (const iccid of iccids) checkIccid(iccid, 'iccids');
  return iccids;
}

function subscribeOrRefuse(
  feed: EventFeed,
  options: Parameters<EventFeed['subscribe']>[0],
): AsyncIterableIterator<StoredEvent> {
  try {
    return feed.subscribe(options);
  } catch (error) {
    throw error instanceof InvalidEventIdError ? badInput(error.message, 'after') : error;
  }
}

function replayGapError(gap: ReplayGap): GraphQLError {
  return new GraphQLError(
    `events after ${gap.after} up to ${gap.evictedThrough} were no longer retained and cannot be replayed; the replay continues with the oldest event retained`,
    { extensions: { code: 'REPLAY_GAP', after: gap.after, evictedThrough: gap.evictedThrough } },
  );
}

function tooSlowError(error: SubscriberTooSlowError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: 'SUBSCRIBER_TOO_SLOW', limit: error.limit, lastEventId: error.lastEventId },
  });
}
