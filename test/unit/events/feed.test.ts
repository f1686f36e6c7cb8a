import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../src/events/event.js';
import { InvalidEventIdError } from '../../../src/events/event-id.js';
import { createFeed, SubscriberTooSlowError, type FeedOptions } from '../../../src/events/feed.js';
import type { EventLog } from '../../../src/events/log/log.js';
import { createMemoryEventLog } from '../../../src/events/log/memory.js';
import { createMemoryPubSub } from '../../../src/events/pubsub/memory.js';
import type { EventListener, EventPubSub } from '../../../src/events/pubsub/pubsub.js';
import { logMethods, sampleEvent } from './examples.js';

function setup(options: { maxEvents?: number; queueLimit?: number; pageSize?: number } = {}) {
  const pubsub = createMemoryPubSub();
  const listening = new Set<EventListener>();
  const counted: EventPubSub = {
    ready: pubsub.ready,
    subscribe(listener) {
      listening.add(listener);
      const stop = pubsub.subscribe(listener);
      return () => {
        listening.delete(listener);
        stop();
      };
    },
    close: () => pubsub.close(),
  };
  const log = createMemoryEventLog({
    maxEvents: options.maxEvents ?? 100,
    maxBytes: 1024 * 1024,
    onAppend: pubsub.publish,
  });
  const feedWith = (overrides: Partial<FeedOptions> = {}) =>
    createFeed({
      log,
      pubsub: counted,
      queueLimit: options.queueLimit ?? 100,
      pageSize: options.pageSize,
      ...overrides,
    });
  const append = (iccid: string) => log.append(sampleEvent(iccid));
  return { log, feed: feedWith(), feedWith, append, listeners: () => listening.size };
}

async function next(events: AsyncIterator<StoredEvent>): Promise<string> {
  const result = await events.next();
  if (result.done) throw new Error('the feed ended');
  return result.value.iccids[0];
}

async function nextMany(events: AsyncIterator<StoredEvent>, count: number): Promise<string[]> {
  const seen: string[] = [];
  while (seen.length < count) seen.push(await next(events));
  return seen;
}

const everything = () => true;

describe('feed', () => {
  it('replays the events after `after`, page by page, then goes live', async () => {
    const { feed, append } = setup({ pageSize: 2 });
    const [first] = [await append('a'), await append('b'), await append('c'), await append('d'), await append('e')];
    const events = feed.subscribe({ after: first.id, filter: everything });
    expect(await nextMany(events, 4)).toEqual(['b', 'c', 'd', 'e']);
    await append('f');
    expect(await next(events)).toBe('f');
    await events.return?.();
  });

  it('has no gap and no duplicate at the seam when events arrive while the log is read', async () => {
    const { log, feedWith, append } = setup();
    const first = await append('a');
    await append('b');
    let raced = false;
    // During the first read one event lands before the read (so replay and live both see it), one after it.
    const racing: EventLog = {
      ...logMethods(log),
      async readAfter(after, limit) {
        if (raced) return log.readAfter(after, limit);
        raced = true;
        await append('during');
        const page = await log.readAfter(after, limit);
        await append('after');
        return page;
      },
    };
    const events = feedWith({ log: racing }).subscribe({ after: first.id, filter: everything });
    expect(await nextMany(events, 3)).toEqual(['b', 'during', 'after']);
    await append('later');
    expect(await next(events)).toBe('later');
    await events.return?.();
  });

  it('yields only the events its filter accepts, replayed or live', async () => {
    const { feed, append } = setup();
    await append('x1');
    await append('y1');
    const events = feed.subscribe({ after: '0-0', filter: (event) => event.iccids[0].startsWith('x') });
    expect(await next(events)).toBe('x1');
    await append('y2');
    await append('x2');
    expect(await next(events)).toBe('x2');
    await events.return?.();
  });

  it('closes a subscriber that falls behind live events, and only that one', async () => {
    const { feed, append, listeners } = setup({ queueLimit: 3 });
    const slow = feed.subscribe({ filter: everything });
    const fast = feed.subscribe({ filter: everything });
    for (let index = 0; index < 10; index += 1) {
      await append(`e${index}`);
      expect(await next(fast)).toBe(`e${index}`);
    }
    const failure = slow.next();
    await expect(failure).rejects.toThrow(SubscriberTooSlowError);
    await expect(failure).rejects.toThrow(/more than 3 events behind/);
    expect(listeners()).toBe(1);
    await append('after');
    expect(await next(fast)).toBe('after');
    await fast.return?.();
  });

  it('names the last event id to resume after once one was delivered', async () => {
    const { feed, append } = setup({ queueLimit: 1 });
    const events = feed.subscribe({ filter: everything });
    const first = await append('a');
    expect(await next(events)).toBe('a');
    await append('b');
    await append('c');
    await expect(events.next()).rejects.toThrow(`resume with after: "${first.id}"`);
  });

  it('reads on from the log instead of failing when live events pile up during a replay', async () => {
    const { feed, append } = setup({ queueLimit: 2, pageSize: 2 });
    for (const iccid of ['a', 'b', 'c']) await append(iccid);
    const events = feed.subscribe({ after: '0-0', filter: everything });
    expect(await next(events)).toBe('a');
    for (const iccid of ['d', 'e', 'f', 'g', 'h']) await append(iccid);
    expect(await nextMany(events, 7)).toEqual(['b', 'c', 'd', 'e', 'f', 'g', 'h']);
    await append('i');
    expect(await next(events)).toBe('i');
    await events.return?.();
  });

  it('tells of a gap when `after` was evicted, and replays from the oldest retained event', async () => {
    const { feed, append } = setup({ maxEvents: 2 });
    const [a, b] = [await append('a'), await append('b'), await append('c'), await append('d')];
    const gaps: unknown[] = [];
    const resumed = feed.subscribe({ after: a.id, filter: everything, onGap: (gap) => gaps.push(gap) });
    expect(await nextMany(resumed, 2)).toEqual(['c', 'd']);
    expect(gaps).toEqual([{ after: a.id, evictedThrough: b.id }]);
    await resumed.return?.();

    const noGap = feed.subscribe({ after: b.id, filter: everything, onGap: (gap) => gaps.push(gap) });
    expect(await next(noGap)).toBe('c');
    expect(gaps).toHaveLength(1);
    await noGap.return?.();
  });

  it('stops listening when returned, aborted or closed, even while waiting', async () => {
    const { feed, listeners } = setup();
    const returned = feed.subscribe({ filter: everything });
    const waiting = returned.next();
    await returned.return?.();
    expect(await waiting).toEqual({ done: true, value: undefined });

    const controller = new AbortController();
    const aborted = feed.subscribe({ filter: everything, signal: controller.signal });
    const pending = aborted.next();
    controller.abort();
    expect((await pending).done).toBe(true);

    const closed = feed.subscribe({ filter: everything });
    const open = closed.next();
    feed.close();
    expect((await open).done).toBe(true);
    expect(listeners()).toBe(0);
  });

  it('reads the log only once the pubsub is ready, so the tail cannot start after the replay read', async () => {
    const { log, feedWith, append } = setup();
    await append('a');
    let becomeReady!: () => void;
    const pubsub = createMemoryPubSub();
    const notYet: EventPubSub = { ...pubsub, ready: new Promise<void>((resolve) => (becomeReady = resolve)) };
    let reads = 0;
    const counting: EventLog = {
      ...logMethods(log),
      readAfter: (after, limit) => ((reads += 1), log.readAfter(after, limit)),
    };
    const events = feedWith({ log: counting, pubsub: notYet }).subscribe({ after: '0-0', filter: everything });
    const first = next(events);
    await new Promise((resolve) => setImmediate(resolve));
    expect(reads).toBe(0);
    becomeReady();
    expect(await first).toBe('a');
    await events.return?.();
  });

  it('refuses an `after` that is not an event id before listening', () => {
    const { feed, listeners } = setup();
    expect(() => feed.subscribe({ after: 'yesterday', filter: everything })).toThrow(InvalidEventIdError);
    expect(listeners()).toBe(0);
  });

  it('ends only the subscription whose filter throws', async () => {
    const { feed, append } = setup();
    const broken = feed.subscribe({
      filter: () => {
        throw new Error('bad filter');
      },
    });
    const healthy = feed.subscribe({ filter: everything });
    await append('a');
    await expect(broken.next()).rejects.toThrow('bad filter');
    expect(await next(healthy)).toBe('a');
    await healthy.return?.();
  });
});
