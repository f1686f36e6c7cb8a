import { Keyv } from 'keyv';
import { describe, expect, it } from 'vitest';
import type { SimScope } from '../../../src/access/caller.js';
import { BatchLoader, batchLoader } from '../../../src/graph/batching.js';
import { ReadCache } from '../../../src/upstream/cache.js';
import { CodeTable } from '../../../src/upstream/code-table.js';
import type { BatchItem } from '../../../src/upstream/csss/model.js';

/** A loader over a fake batch read that records each read's keys; `bad` answers an Error in its place. */
function recordingLoader(read?: (keys: readonly string[]) => Promise<(string | Error)[]>) {
  const reads: string[][] = [];
  const loader = new BatchLoader<string>(async (keys) => {
    reads.push([...keys]);
    if (read) return read(keys);
    return keys.map((key) => (key === 'bad' ? new Error(`no ${key}`) : `value of ${key}`));
  });
  return { loader, reads };
}

describe('BatchLoader', () => {
  it('reads the keys of one tick together, each once, whether asked by load or loadMany', async () => {
    const { loader, reads } = recordingLoader();
    const [one, many, other] = await Promise.all([
      loader.load('a'),
      loader.loadMany(['b', 'a', 'c', 'b']),
      // Asked after an await, but before the batch goes out: the same tick's promise jobs.
      Promise.resolve().then(() => loader.load('d')),
    ]);
    expect(reads).toEqual([['a', 'b', 'c', 'd']]);
    expect(one).toBe('value of a');
    expect(many).toEqual(['value of b', 'value of a', 'value of c', 'value of b']);
    expect(other).toBe('value of d');
  });

  it('answers a failed key with its Error in a list and by rejecting a load, and the other keys still arrive', async () => {
    const { loader } = recordingLoader();
    const many = await loader.loadMany(['a', 'bad']);
    expect(many[0]).toBe('value of a');
    expect(many[1]).toBeInstanceOf(Error);
    await expect(loader.load('bad')).rejects.toThrow('no bad');
  });

  it('gives every key of a read that failed as a whole its error', async () => {
    const { loader } = recordingLoader(() => Promise.reject(new Error('upstream down')));
    const many = await loader.loadMany(['a', 'b']);
    expect(many.map((value) => (value as Error).message)).toEqual(['upstream down', 'upstream down']);
    await expect(loader.load('a')).rejects.toThrow('upstream down');
  });

  it('reads a key again only after it was cleared, and answers a list from the reads of earlier ticks', async () => {
    const { loader, reads } = recordingLoader();
    await loader.loadMany(['a', 'b']);
    await loader.load('c');
    expect(await loader.loadMany(['c', 'a', 'd'])).toEqual(['value of c', 'value of a', 'value of d']);
    expect(reads).toEqual([['a', 'b'], ['c'], ['d']]);
    loader.clear('a');
    await loader.load('a');
    await loader.load('b');
    expect(reads).toEqual([['a', 'b'], ['c'], ['d'], ['a']]);
  });
});

describe('batchLoader', () => {
  const codes = new CodeTable(
    'csss',
    { BUSY: { meaning: 'busy', gatewayCode: 'UPSTREAM_UNAVAILABLE', retryable: false, provenance: 'assumed' } },
    { meaning: 'unlisted', gatewayCode: 'UPSTREAM_ERROR', retryable: false, provenance: 'assumed' },
  );

  /** A loader over a fake batch endpoint that answers each chunk reversed, with one item it was not asked for. */
  function loaderOver(fetchChunk: (keys: string[]) => Promise<BatchItem<string>[]>, sims: SimScope | null = null) {
    const chunks: string[][] = [];
    const loader = batchLoader<string>({
      cache: new ReadCache(new Keyv(), 'account', undefined, true),
      kind: 'usage',
      endpoint: 'csss.getUsageBatch',
      codes,
      limit: 3,
      concurrency: 2,
      tagsOf: (key) => [`sim:${key}`],
      fetchChunk: (keys) => {
        chunks.push(keys);
        return fetchChunk(keys);
      },
      sims,
    });
    return { loader, chunks };
  }
  const reversed = async (keys: string[]): Promise<BatchItem<string>[]> => [
    { iccid: 'not-asked', value: 'stray' },
    ...[...keys].reverse().map((iccid) => ({ iccid, value: `usage of ${iccid}` })),
  ];

  it('chunks the keys at the limit and matches each answer to its key by ICCID, never by position', async () => {
    const { loader, chunks } = loaderOver(reversed);
    const keys = ['1', '2', '3', '4', '5', '6', '7'];
    expect(await loader.loadMany(keys)).toEqual(keys.map((key) => `usage of ${key}`));
    expect(chunks).toEqual([['1', '2', '3'], ['4', '5', '6'], ['7']]);
  });

  it('answers a key the upstream left out as not found, an item error by its code, a failed chunk with its error', async () => {
    const { loader } = loaderOver(async (keys) => {
      if (keys.includes('4')) throw new Error('chunk failed');
      return [
        { iccid: '1', value: 'usage of 1' },
        { iccid: '2', error: { upstreamCode: 'BUSY', message: 'try later' } },
      ];
    });
    const [one, two, three, four] = await loader.loadMany(['1', '2', '3', '4']);
    expect(one).toBe('usage of 1');
    expect(two).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstreamCode: 'BUSY' });
    expect(three).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((four as Error).message).toBe('chunk failed');
  });

  it('answers a SIM outside the scope as not found without reading it, the others in the order asked', async () => {
    const { loader, chunks } = loaderOver(reversed, { allows: (iccid) => iccid !== '2' });
    const [one, two, three] = await loader.loadMany(['1', '2', '3']);
    expect([one, three]).toEqual(['usage of 1', 'usage of 3']);
    expect(two).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(chunks).toEqual([['1', '3']]);
  });
});
