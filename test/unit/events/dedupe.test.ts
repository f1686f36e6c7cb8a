import { describe, expect, it } from 'vitest';
import { createMemoryDedupe } from '../../../src/events/dedupe.js';
import type { EventLog } from '../../../src/events/log/log.js';
import { createMemoryEventLog } from '../../../src/events/log/memory.js';
import { logMethods, sampleEvent } from './examples.js';

const LOG_BOUNDS = { maxEvents: 100, maxBytes: 1024 * 1024 };

function setup(maxEntries = 100) {
  let clock = 0;
  const log = createMemoryEventLog(LOG_BOUNDS);
  const dedupe = createMemoryDedupe(log, { ttlSeconds: 60, replayWindowSeconds: 30, maxEntries, now: () => clock });
  const advance = (seconds: number) => (clock += seconds * 1000);
  const stored = async () => (await log.readAfter(null, 100)).length;
  const outcome = async (deliveryId: string | null, digest: string | null) =>
    (await dedupe.appendOnce(sampleEvent('a', deliveryId), digest)).outcome;
  return { log, dedupe, advance, stored, outcome };
}

describe('memory dedupe', () => {
  it('stores a delivery once and acknowledges its retries until the TTL has passed', async () => {
    const { dedupe, advance, stored, outcome } = setup();
    expect(await dedupe.appendOnce(sampleEvent('a', 'd1'), 'body-1')).toMatchObject({
      outcome: 'stored',
      event: { iccids: ['a'] },
    });
    advance(59);
    expect(await dedupe.appendOnce(sampleEvent('a', 'd1'), 'body-1')).toEqual({ outcome: 'duplicate', event: null });
    expect(await stored()).toBe(1);
    advance(1);
    expect(await outcome('d1', 'body-1')).toBe('stored');
    expect(await stored()).toBe(2);
  });

  it('acknowledges the same content under new delivery ids as replays within the window, without storing them', async () => {
    const { advance, stored, outcome } = setup();
    expect(await outcome('d1', 'captured')).toBe('stored');
    expect([await outcome('d2', 'captured'), await outcome('d3', 'captured'), await outcome(null, 'captured')]).toEqual(
      ['replay', 'replay', 'replay'],
    );
    expect(await stored()).toBe(1);
    advance(30);
    expect(await outcome('d4', 'captured')).toBe('stored');
  });

  it('stores a push whose delivery id was claimed by a replay, and its retry once', async () => {
    const { stored, outcome } = setup();
    expect(await outcome('old', 'captured')).toBe('stored');
    // An attacker sends the captured push under the id Linksfield will use next: a replay, so the id is not taken.
    expect(await outcome('next', 'captured')).toBe('replay');
    expect(await outcome('next', 'real')).toBe('stored');
    expect(await outcome('next', 'real')).toBe('duplicate');
    expect(await stored()).toBe(2);
  });

  it('stores the same delivery id with other content, and says so', async () => {
    const { stored, outcome } = setup();
    expect(await outcome('d1', 'first')).toBe('stored');
    expect(await outcome('d1', 'second')).toBe('stored-reused-id');
    expect([await outcome('d1', 'first'), await outcome('d1', 'second')]).toEqual(['duplicate', 'duplicate']);
    expect(await stored()).toBe(2);
  });

  it('knows a push without a digest by its delivery id alone, and stores every push with neither', async () => {
    const { stored, outcome } = setup();
    expect([await outcome('d1', null), await outcome('d1', null)]).toEqual(['stored', 'duplicate']);
    expect([await outcome(null, null), await outcome(null, null)]).toEqual(['stored', 'stored']);
    expect(await stored()).toBe(3);
  });

  it('forgets the oldest ids past its bound', async () => {
    const { outcome } = setup(2);
    for (const id of ['d1', 'd2', 'd3']) await outcome(id, id);
    expect(await outcome('d3', 'd3')).toBe('duplicate');
    expect(await outcome('d2', 'd2')).toBe('duplicate');
    expect(await outcome('d1', 'd1')).toBe('stored');
  });

  it('does not remember a delivery whose event was not stored, so the retry is stored', async () => {
    const log = createMemoryEventLog(LOG_BOUNDS);
    let storeFails = true;
    const flaky: EventLog = {
      ...logMethods(log),
      append: (event) => (storeFails ? Promise.reject(new Error('store down')) : log.append(event)),
    };
    const dedupe = createMemoryDedupe(flaky, { ttlSeconds: 60, replayWindowSeconds: 30, maxEntries: 100 });
    await expect(dedupe.appendOnce(sampleEvent('a', 'd1'), 'body')).rejects.toThrow('store down');
    storeFails = false;
    expect((await dedupe.appendOnce(sampleEvent('a', 'd1'), 'body')).outcome).toBe('stored');
    expect(await log.readAfter(null, 10)).toHaveLength(1);
  });

  it('stores concurrent copies of one push once, whatever ids they carry', async () => {
    const { dedupe, stored } = setup();
    const outcomes = await Promise.all(
      ['d1', 'd1', 'd2', 'd3'].map((id) => dedupe.appendOnce(sampleEvent('a', id), 'same')),
    );
    expect(outcomes.map((receipt) => receipt.outcome)).toEqual(['stored', 'duplicate', 'replay', 'replay']);
    expect(await stored()).toBe(1);
  });
});
