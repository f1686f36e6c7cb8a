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
  let gap: ReplayGap | null = null;
  let gapReported!: () => void;
  const gapSeen = new Promise<void>((resolve) => (gapReported = resolve));
  const events = subscribeOrRefuse(feed, {
    after: criteria.after,
    filter: eventFilter({ iccids, kinds: criteria.kinds, sims }),
    iccids,
    onGap: (reported) => {
      gap = reported;
      gapReported();
    },
  });

  async function* relay(): AsyncGenerator<StreamItem> {
    try {
      const first = events.next();
      // The gap is known before the first event, which may be a long time coming: tell the client now.
      await Promise.race([first, gapSeen]);
      if (gap) yield replayGapError(gap);
      for (let result = await first; !result.done; result = await events.next()) yield withinScope(result.value, sims);
    } catch (error) {
      throw error instanceof SubscriberTooSlowError ? tooSlowError(error) : error;
    }
  }

  const items = relay();
  return {
    next: () => items.next(),
    return: async (value?: unknown) => {
      const [, result] = await Promise.all([events.return!(), items.return(value)]);
      return result;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
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
