import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PollerRegistry } from '../../../../src/graph/esim/poller-registry.js';

/** The shared pollers behind `esimOrder`, on fake timers: counts per interval are exact. */

const INTERVAL = 1_000;

interface Reading {
  status: string;
  done?: boolean;
}

function registry(overrides: Partial<ConstructorParameters<typeof PollerRegistry<Reading>>[0]> = {}) {
  return new PollerRegistry<Reading>({
    intervalMs: INTERVAL,
    maxPollers: 10,
    subscribersPerPoller: 5,
    same: (a, b) => a.status === b.status,
    final: (reading) => reading.done === true,
    ...overrides,
  });
}

/** A read that answers the given readings in turn, then repeats the last. */
function reads(...readings: Reading[]) {
  let index = 0;
  return vi.fn(async () => readings[Math.min(index++, readings.length - 1)]);
}

async function drain(iterator: AsyncIterableIterator<Reading>): Promise<string[]> {
  const statuses: string[] = [];
  for await (const reading of { [Symbol.asyncIterator]: () => iterator }) statuses.push(reading.status);
  return statuses;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PollerRegistry', () => {
  it('runs one poller per key, however many watch it, reading once per interval', async () => {
    const pollers = registry();
    const read = reads({ status: 'waiting' });
    const watchers = await Promise.all([
      pollers.watch('client:a', 'order-1', read),
      pollers.watch('client:a', 'order-1', read),
      pollers.watch('client:a', 'order-1', read),
    ]);
    expect(read).toHaveBeenCalledTimes(1);
    expect(pollers.size).toBe(1);
    await vi.advanceTimersByTimeAsync(5 * INTERVAL);
    expect(read).toHaveBeenCalledTimes(6);
    await Promise.all(watchers.map((watcher) => watcher.return!()));
    expect(pollers.size).toBe(0);
  });

  it('pushes each change once, in order, gives a late joiner the latest at once, and completes everyone on a final reading', async () => {
    const pollers = registry();
    const read = reads(
      { status: 'waiting' },
      { status: 'waiting' },
      { status: 'paid' },
      { status: 'ready', done: true },
    );
    const early = await pollers.watch('client:a', 'order-1', read);
    const earlyStatuses = drain(early);
    await vi.advanceTimersByTimeAsync(2 * INTERVAL);
    const late = await pollers.watch('client:a', 'order-1', read);
    const lateStatuses = drain(late);
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(await earlyStatuses).toEqual(['waiting', 'paid', 'ready']);
    expect(await lateStatuses).toEqual(['paid', 'ready']);
    expect(pollers.size).toBe(0);
    await vi.advanceTimersByTimeAsync(10 * INTERVAL);
    expect(read).toHaveBeenCalledTimes(4);
  });

  it('stops when the last watcher leaves, ending a pending next() at once', async () => {
    const pollers = registry();
    const read = reads({ status: 'waiting' });
    const [first, second] = await Promise.all([
      pollers.watch('client:a', 'order-1', read),
      pollers.watch('client:a', 'order-1', read),
    ]);
    await first.next();
    const pending = first.next();
    await first.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(read).toHaveBeenCalledTimes(2);
    await second.return!();
    expect(pollers.size).toBe(0);
    await vi.advanceTimersByTimeAsync(10 * INTERVAL);
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('never overlaps reads: the next one waits for the interval after the last answer', async () => {
    const pollers = registry();
    let answer!: (reading: Reading) => void;
    const read = vi.fn(() => new Promise<Reading>((resolve) => (answer = resolve)));
    const watching = pollers.watch('client:a', 'order-1', read);
    await vi.advanceTimersByTimeAsync(5 * INTERVAL);
    expect(read).toHaveBeenCalledTimes(1);
    answer({ status: 'waiting' });
    const watcher = await watching;
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(read).toHaveBeenCalledTimes(2);
    await watcher.return!();
  });

  it('fails the watch when the first read fails, leaving no poller, and ends every watcher with a later failure', async () => {
    const pollers = registry();
    const refused = new Error('token refused');
    await expect(pollers.watch('client:a', 'order-1', async () => Promise.reject(refused))).rejects.toBe(refused);
    expect(pollers.size).toBe(0);

    let fail = false;
    const flaky = vi.fn(async () => {
      if (fail) throw refused;
      return { status: 'waiting' };
    });
    const watcher = await pollers.watch('client:a', 'order-2', flaky);
    const statuses: string[] = [];
    const ended = (async () => {
      for await (const reading of { [Symbol.asyncIterator]: () => watcher }) statuses.push(reading.status);
    })().catch((error: unknown) => error);
    fail = true;
    await vi.advanceTimersByTimeAsync(INTERVAL);
    expect(await ended).toBe(refused);
    expect(statuses).toEqual(['waiting']);
    expect(pollers.size).toBe(0);
  });

  it('keeps keys apart and bounds pollers and watchers per poller', async () => {
    const pollers = registry({ maxPollers: 2, subscribersPerPoller: 2 });
    const mine = reads({ status: 'mine' });
    const theirs = reads({ status: 'theirs' });
    const [a, b] = await Promise.all([
      pollers.watch('client:a', 'order-1:user-a', mine),
      pollers.watch('client:a', 'order-1:user-b', theirs),
    ]);
    expect([(await a.next()).value, (await b.next()).value]).toEqual([{ status: 'mine' }, { status: 'theirs' }]);
    const tooMany = await pollers.watch('client:a', 'order-2', reads({ status: 'x' })).catch((error: unknown) => error);
    expect((tooMany as GraphQLError).extensions.code).toBe('LIMIT_EXCEEDED');
    await pollers.watch('client:a', 'order-1:user-a', mine);
    const crowded = await pollers.watch('client:a', 'order-1:user-a', mine).catch((error: unknown) => error);
    expect((crowded as GraphQLError).extensions.code).toBe('LIMIT_EXCEEDED');
    expect(mine).toHaveBeenCalledTimes(1);
  });

  it('never lets two owners (clients) share a poller, even for the same key', async () => {
    const pollers = registry({ maxPollers: 4, subscribersPerPoller: 4 });
    const read = reads({ status: 'x' });
    await Promise.all([
      pollers.watch('client:a', 'order-1', read),
      pollers.watch('client:b', 'order-1', read),
      pollers.watch('client:a', 'order-1', read),
    ]);
    expect(pollers.size).toBe(2);
    expect(read).toHaveBeenCalledTimes(2);
  });
});
