import { describe, expect, it } from 'vitest';
import { encodeEvent } from '../../../src/events/codec.js';
import type { NewEvent, StoredEvent } from '../../../src/events/event.js';
import { compareEventIds, EventIdSequence } from '../../../src/events/event-id.js';
import { createMemoryEventLog } from '../../../src/events/log/memory.js';
import { sampleEvent } from './examples.js';

const ids = (events: StoredEvent[]) => events.map((event) => event.iccids[0]);

describe('compareEventIds', () => {
  it('orders by milliseconds, then sequence, as whole numbers of any length', () => {
    const sorted = ['999-5', '1000-0', '1000-2', '1000-10', '10000-0', '99999999999999999999-0'];
    expect([...sorted].reverse().sort(compareEventIds)).toEqual(sorted);
    expect(compareEventIds('1000-2', '1000-2')).toBe(0);
  });
});

describe('EventIdSequence', () => {
  it('keeps increasing when the clock stands still or steps back', () => {
    const clock = [5, 5, 7, 3, 8];
    const sequence = new EventIdSequence(() => clock.shift()!);
    expect(Array.from({ length: 5 }, () => sequence.next())).toEqual(['5-0', '5-1', '7-0', '7-1', '8-0']);
  });
});

describe('memory event log', () => {
  it('hands out increasing ids and reads after any of them, in pages', async () => {
    const log = createMemoryEventLog({ maxEvents: 10, maxBytes: 1024 * 1024, now: () => 1000 });
    const stored = [];
    for (const iccid of ['a', 'b', 'c', 'd']) stored.push(await log.append(sampleEvent(iccid)));
    expect(stored.map((event) => event.id)).toEqual(['1000-0', '1000-1', '1000-2', '1000-3']);
    expect(ids(await log.readAfter(null, 10))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(await log.readAfter('1000-1', 10))).toEqual(['c', 'd']);
    expect(ids(await log.readAfter('1000-0', 2))).toEqual(['b', 'c']);
    expect(await log.readAfter('1000-3', 10)).toEqual([]);
    expect(await log.latestId()).toBe('1000-3');
  });

  it('keeps only the newest maxEvents and says which it dropped', async () => {
    const log = createMemoryEventLog({ maxEvents: 3, maxBytes: 1024 * 1024 });
    expect(await log.latestId()).toBeNull();
    const stored = [];
    for (const iccid of ['a', 'b', 'c', 'd', 'e']) stored.push(await log.append(sampleEvent(iccid)));
    expect(ids(await log.readAfter(null, 10))).toEqual(['c', 'd', 'e']);
    expect(await log.evictedThrough()).toBe(stored[1].id);
    // Resuming from an evicted id starts at the oldest retained event.
    expect(ids(await log.readAfter(stored[0].id, 10))).toEqual(['c', 'd', 'e']);
    expect(ids(await log.readAfter(stored[3].id, 10))).toEqual(['e']);
  });

  it('keeps the newest events within maxBytes of their encoding, and always the newest one', async () => {
    const size = Buffer.byteLength(encodeEvent(sampleEvent('a')));
    const log = createMemoryEventLog({ maxEvents: 100, maxBytes: size * 3 });
    const stored = [];
    for (const iccid of ['a', 'b', 'c', 'd', 'e']) stored.push(await log.append(sampleEvent(iccid)));
    expect(ids(await log.readAfter(null, 10))).toEqual(['c', 'd', 'e']);
    expect(await log.evictedThrough()).toBe(stored[1].id);
    const big = {
      ...sampleEvent('f'),
      payload: { ...(sampleEvent('f').payload as object), text: 'x'.repeat(size * 5) },
    } as NewEvent;
    await log.append(big);
    expect(ids(await log.readAfter(null, 10))).toEqual(['f']);
    await log.append(sampleEvent('g'));
    expect(ids(await log.readAfter(null, 10))).toEqual(['g']);
  });

  it('announces each append in id order as it stores it', async () => {
    const heard: string[] = [];
    const log = createMemoryEventLog({
      maxEvents: 2,
      maxBytes: 1024 * 1024,
      onAppend: (event) => heard.push(event.id),
    });
    const stored = await Promise.all(['a', 'b', 'c'].map((iccid) => log.append(sampleEvent(iccid))));
    expect(heard).toEqual(stored.map((event) => event.id));
  });
});
