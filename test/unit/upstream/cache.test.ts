import { Keyv } from 'keyv';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MemoryStore } from '../../../src/server/store.js';
import { LocalSpace, ReadCache, type CacheKind } from '../../../src/upstream/cache.js';

/**
 * The read cache keeps its entries and tag versions in the keyv store, or, over the in-memory store, in its own maps.
 * Both must behave alike: a hit costs no load, an invalidated tag or an expired entry makes the next read load again,
 * and a write during a load leaves that load's entry stale.
 */
const tagsOf = (key: string) => [`sim:${key}`];
/** Misses loaded by `load` in batches of at most `limit` keys. */
const inBatches = <T>(load: (keys: string[]) => Promise<(T | Error)[]>, limit = 100) => ({
  limit,
  concurrency: 2,
  load,
});

function setup(local: boolean) {
  const store = new Keyv({ throwOnErrors: true });
  const looked = { hit: 0, miss: 0 };
  const cache = new ReadCache(
    store,
    'account',
    {
      hit: (_kind: CacheKind, count: number) => void (looked.hit += count),
      miss: (_kind: CacheKind, count: number) => void (looked.miss += count),
      storeError: () => undefined,
    },
    local,
  );
  const loads: string[][] = [];
  let version = 0;
  const loadMissing = async (keys: string[]): Promise<(string | Error)[]> => {
    loads.push(keys);
    version++;
    return keys.map((key) => `${key}@${version}`);
  };
  // Answers come in the order asked; by key here, so each test reads what it means.
  const read = async (keys: string[], load = loadMissing) => {
    const values = await cache.getMany('usage', keys, tagsOf, inBatches(load));
    return new Map(keys.map((key, index) => [key, values[index]]));
  };
  return { store, cache, looked, loads, read };
}

afterEach(() => vi.useRealTimers());

describe.each([
  ['over the in-memory store (its own maps)', true],
  ['over a shared keyv store', false],
])('the read cache %s', (_name, local) => {
  it('answers cached keys without loading them, loading only the missing ones in one call', async () => {
    const { read, loads, looked } = setup(local);
    await read(['1', '2']);
    const all = await read(['1', '2', '3']);
    expect(Object.fromEntries(all)).toEqual({ 1: '1@1', 2: '2@1', 3: '3@2' });
    expect(loads).toEqual([['1', '2'], ['3']]);
    expect(looked).toEqual({ hit: 2, miss: 3 });
  });

  it('answers in the order asked when cached and missing keys interleave', async () => {
    const { cache, loads } = setup(local);
    await cache.getMany(
      'usage',
      ['2'],
      tagsOf,
      inBatches(async (keys) => keys.map((key) => `${key}@1`)),
    );
    const values = await cache.getMany(
      'usage',
      ['1', '2', '3'],
      tagsOf,
      inBatches(async (keys) => {
        loads.push(keys);
        return keys.map((key) => `${key}@2`);
      }),
    );
    expect(values).toEqual(['1@2', '2@1', '3@2']);
    expect(loads).toEqual([['1', '3']]);
  });

  it('loads the missing keys in batches of the limit, keeping each answer but a failed batch', async () => {
    const { cache, loads } = setup(local);
    let failing = true;
    const load = async (keys: string[]) => {
      loads.push(keys);
      return keys.map((key) => (failing && keys.includes('3') ? new Error('batch failed') : `${key}@1`));
    };
    const first = await cache.getMany('usage', ['1', '2', '3', '4', '5'], tagsOf, inBatches(load, 2));
    expect(first.map((value) => (value instanceof Error ? value.message : value))).toEqual([
      '1@1',
      '2@1',
      'batch failed',
      'batch failed',
      '5@1',
    ]);
    expect(loads).toEqual([['1', '2'], ['3', '4'], ['5']]);
    failing = false;
    const again = await cache.getMany('usage', ['1', '2', '3', '4', '5'], tagsOf, inBatches(load, 2));
    expect(again).toEqual(['1@1', '2@1', '3@1', '4@1', '5@1']);
    expect(loads.at(-1)).toEqual(['3', '4']);
  });

  it('misses a key once its tag is invalidated, and only that key', async () => {
    const { cache, read, loads } = setup(local);
    await read(['1', '2']);
    await cache.invalidate(['sim:1']);
    const again = await read(['1', '2']);
    expect(Object.fromEntries(again)).toEqual({ 1: '1@2', 2: '2@1' });
    expect(loads).toEqual([['1', '2'], ['1']]);
  });

  it('keeps the value of a load that a write overtook stale: the next read loads again', async () => {
    const { cache, read, loads } = setup(local);
    await read(['1'], async (keys) => {
      await cache.invalidate(['sim:1']);
      loads.push(keys);
      return ['before the write'];
    });
    const after = await read(['1']);
    expect(after.get('1')).toBe('1@1');
    expect(loads).toEqual([['1'], ['1']]);
  });

  it('misses an entry past its time to live', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z') });
    const { read, loads } = setup(local);
    await read(['1']);
    vi.setSystemTime(Date.now() + 29_000);
    await read(['1']);
    expect(loads).toHaveLength(1);
    vi.setSystemTime(Date.now() + 2_000);
    await read(['1']);
    expect(loads).toHaveLength(2);
  });

  it('never caches an error', async () => {
    const { read, loads } = setup(local);
    const failed = await read(['1'], async (keys) => {
      loads.push(keys);
      return [new Error('upstream down')];
    });
    expect(failed.get('1')).toBeInstanceOf(Error);
    expect((await read(['1'])).get('1')).toBe('1@1');
    expect(loads).toEqual([['1'], ['1']]);
  });
});

it('over the in-memory store, keeps its entries out of the keyv store (which the response cache still uses)', async () => {
  const { store, read } = setup(true);
  const writes = vi.spyOn(store, 'setMany');
  await read(['1']);
  expect(writes).not.toHaveBeenCalled();
});

describe('in memory, what nobody reads again', () => {
  afterEach(() => vi.useRealTimers());
  const entry = (expiresAt: number) => ({ value: 'v', tags: [], expiresAt });

  it('is swept out of the read cache once expired, at the next write a minute on', () => {
    vi.useFakeTimers({ now: Date.parse('2026-01-01T00:00:00Z') });
    const space = new LocalSpace();
    space.put('dailyUsage', [['past-day', entry(Date.now() + 60_000)]]);
    space.put('usage', [['kept', entry(Date.now() + 600_000)]]);
    vi.setSystemTime(Date.now() + 59_000);
    space.put('usage', [['other', entry(Date.now() + 600_000)]]);
    expect(space.size).toBe(3);
    vi.setSystemTime(Date.now() + 2_000);
    space.put('usage', [['another', entry(Date.now() + 600_000)]]);
    expect(space.size).toBe(3);
    expect(space.entries('dailyUsage', ['past-day'])).toEqual([undefined]);
  });

  it('is swept out of the keyv store once expired (idempotency keys, kept answers)', () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    const store = new MemoryStore(() => now);
    store.set('idempotency', { value: 'done', expires: now + 30_000 });
    store.set('forever', { value: 'plan catalogue' });
    now += 61_000;
    store.set('fresh', { value: 'v', expires: now + 30_000 });
    expect([...store.keys()]).toEqual(['forever', 'fresh']);
  });
});
