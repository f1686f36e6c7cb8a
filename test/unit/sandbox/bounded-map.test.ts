import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../../src/sandbox/bounded-map.js';

describe('BoundedMap', () => {
  it('forgets the oldest entry beyond its limit and tells onEvict', () => {
    const evicted: [string, string][] = [];
    const map = new BoundedMap<string, string>(2, (value, key) => evicted.push([key, value]));
    map.set('a', '1').set('b', '2').set('c', '3');
    expect([...map.keys()]).toEqual(['b', 'c']);
    expect(evicted).toEqual([['a', '1']]);
  });

  it('counts a key set again as the newest, without evicting anything', () => {
    const evicted: string[] = [];
    const map = new BoundedMap<string, number>(2, (_value, key) => evicted.push(key));
    map.set('a', 1).set('b', 2).set('a', 3);
    expect(evicted).toEqual([]);
    map.set('c', 4);
    expect([...map.entries()]).toEqual([
      ['a', 3],
      ['c', 4],
    ]);
    expect(evicted).toEqual(['b']);
  });

  it('does not call onEvict for entries deleted on purpose', () => {
    const evicted: string[] = [];
    const map = new BoundedMap<string, number>(1, (_value, key) => evicted.push(key));
    map.set('a', 1);
    map.delete('a');
    map.set('b', 2);
    expect(evicted).toEqual([]);
  });
});
