import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createMemoryDedupe } from '../../../src/events/dedupe.js';
import type { NewEvent } from '../../../src/events/event.js';
import { createIngest, type BeforeStoreHook } from '../../../src/events/ingest.js';
import { createMemoryEventLog } from '../../../src/events/log/memory.js';
import { sampleEvent } from './examples.js';

function setup(beforeStore: BeforeStoreHook[] = []) {
  const log = createMemoryEventLog({ maxEvents: 100, maxBytes: 1024 * 1024 });
  const dedupe = createMemoryDedupe(log, { ttlSeconds: 3600, replayWindowSeconds: 600, maxEntries: 100 });
  const errors: string[] = [];
  const logger = pino({}, { write: (line: string) => errors.push(JSON.parse(line).msg) });
  const ingest = createIngest({ dedupe, beforeStore, logger });
  return { log, ingest, errors };
}

describe('ingest', () => {
  it('runs the hooks before the event is stored, and stores a delivery once', async () => {
    const heard: NewEvent[] = [];
    const seenInLog: number[] = [];
    const { log, ingest } = setup([
      async (event) => {
        heard.push(event);
        seenInLog.push((await log.readAfter(null, 10)).length);
      },
    ]);
    const { event: stored } = await ingest(sampleEvent('a', 'd1'), 'digest');
    expect(seenInLog).toEqual([0]);
    expect(await ingest(sampleEvent('a', 'd1'), 'digest')).toEqual({ outcome: 'duplicate', event: null });
    expect(heard).toHaveLength(2);
    expect(await log.readAfter(null, 10)).toEqual([stored]);
  });

  it('stores every event that has neither a delivery id nor a digest', async () => {
    const { log, ingest } = setup();
    await ingest(sampleEvent('a'));
    await ingest(sampleEvent('a'));
    expect(await log.readAfter(null, 10)).toHaveLength(2);
  });

  it('logs a failing hook and still reports the event as stored', async () => {
    const heard: string[] = [];
    const { ingest, errors } = setup([
      async () => {
        throw new Error('cache down');
      },
      (event) => void heard.push(event.kind),
    ]);
    const { event: stored } = await ingest(sampleEvent('a', 'd1'));
    expect(stored).not.toBeNull();
    expect(heard).toEqual([stored!.kind]);
    expect(errors).toEqual(['a beforeStore hook failed']);
  });
});
