import { expect, it } from 'vitest';
import { Prefetched } from '../../../src/graph/prefetch.js';

it('forgets every early read of a key a write changed, and keeps the other keys', () => {
  const prefetched = new Prefetched();
  prefetched.set('usage', 'A', { usedBytes: 1 });
  prefetched.set('balance', 'A', { dataBytes: 2 });
  prefetched.set('usage', 'B', { usedBytes: 3 });
  prefetched.forget('A');
  expect(prefetched.get('usage', 'A')).toBeUndefined();
  expect(prefetched.get('balance', 'A')).toBeUndefined();
  expect(prefetched.get('usage', 'B')).toEqual({ usedBytes: 3 });
});
