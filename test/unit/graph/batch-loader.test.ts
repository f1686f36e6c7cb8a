import { describe, expect, it } from 'vitest';
import { BatchLoader } from '../../../src/graph/batching.js';

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
