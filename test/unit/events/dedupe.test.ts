import { describe, expect, it } from 'vitest';
import { createMemoryDedupe } from '../../../src/events/dedupe.js';
import type { EventLog } from '../../../src/events/log/log.js';
import { createMemoryEventLog } from '../../../src/events/log/memory.js';
import { logMethods, sampleEvent } from './examples.js';

function setup(maxEntries = 100) {
  let clock = 0;
  const log = createMemoryEventLog({ maxEvents: 100 });
  const dedupe = createMemoryDedupe(log, { ttlSeconds: 60, maxEntries, now: () => clock });
  const advance = (seconds: number) => (clock += seconds * 1000);
  const stored = async () => (await log.readAfter(null, 100)).length;
  return { log, dedupe, advance, stored };
}

describe('memory dedupe', () => {
  it('stores a delivery once and drops its repeats until the TTL has passed', async () => {
    const { dedupe, advance, stored } = setup();
    expect(await dedupe.appendOnce('d1', sampleEvent('a', 'd1'))).toMatchObject({ iccids: ['a'] });
    advance(59);
    expect(await dedupe.appendOnce('d1', sampleEvent('a', 'd1'))).toBeNull();
    expect(await stored()).toBe(1);
    advance(1);
    expect(await dedupe.appendOnce('d1', sampleEvent('a', 'd1'))).not.toBeNull();
    expect(await stored()).toBe(2);
  });

  it('forgets the oldest ids past its bound', async () => {
    const { dedupe } = setup(2);
    for (const id of ['d1', 'd2', 'd3']) await dedupe.appendOnce(id, sampleEvent('a', id));
    expect(await dedupe.appendOnce('d3', sampleEvent('a', 'd3'))).toBeNull();
    expect(await dedupe.appendOnce('d2', sampleEvent('a', 'd2'))).toBeNull();
    expect(await dedupe.appendOnce('d1', sampleEvent('a', 'd1'))).not.toBeNull();
  });

  it('does not remember a delivery whose event was not stored, so the retry is stored', async () => {
    const log = createMemoryEventLog({ maxEvents: 100 });
    let storeFails = true;
    const flaky: EventLog = { ...logMethods(log), append: (event) => (storeFails ? Promise.reject(new Error('store down')) : log.append(event)) };
    const dedupe = createMemoryDedupe(flaky, { ttlSeconds: 60, maxEntries: 100 });
    await expect(dedupe.appendOnce('d1', sampleEvent('a', 'd1'))).rejects.toThrow('store down');
    storeFails = false;
    expect(await dedupe.appendOnce('d1', sampleEvent('a', 'd1'))).not.toBeNull();
    expect(await log.readAfter(null, 10)).toHaveLength(1);
  });

  it('stores concurrent copies of one delivery once', async () => {
    const { dedupe, stored } = setup();
    const outcomes = await Promise.all([1, 2, 3].map(() => dedupe.appendOnce('d1', sampleEvent('a', 'd1'))));
    expect(outcomes.filter((outcome) => outcome !== null)).toHaveLength(1);
    expect(await stored()).toBe(1);
  });
});
