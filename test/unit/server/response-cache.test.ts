import { Keyv } from 'keyv';
import { describe, expect, it, vi } from 'vitest';
import { SANDBOX_ANONYMOUS } from '../../../src/access/caller.js';
import { ResponseCache } from '../../../src/server/response-cache.js';
import { ReadCache } from '../../../src/upstream/cache.js';
import { ReadTrace } from '../../../src/upstream/read-trace.js';

/**
 * The response cache remembers recent answers in process (the near cache), so a hot answer costs no store read,
 * yet still checks its tags in the shared store each time; what falls out of the bound is read from the store again.
 */
function setup(maxNearChars?: number) {
  const store = new Keyv({ throwOnErrors: true });
  const reads = new ReadCache(store, 'account');
  const responses = new ResponseCache(reads, maxNearChars);
  const keyOf = (iccid: string) =>
    responses.keyOf({ documentHash: 'doc', variables: { iccid }, caller: SANDBOX_ANONYMOUS })!;
  const traceOf = (iccid: string) => {
    const trace = new ReadTrace();
    trace.saw([[`sim:${iccid}`, null]], Date.now() + 60_000);
    trace.errorFree = true;
    return trace;
  };
  return { store, reads, responses, keyOf, traceOf, storeReads: vi.spyOn(store, 'get') };
}

describe('the response cache', () => {
  it('answers a kept answer without reading it from the store, and misses once one of its tags changes', async () => {
    const { reads, responses, keyOf, traceOf, storeReads } = setup();
    await responses.keep(keyOf('1'), 'one', traceOf('1'));
    expect(await responses.answer(keyOf('1'))).toBe('one');
    expect(await responses.answer(keyOf('1'))).toBe('one');
    expect(storeReads).not.toHaveBeenCalled();
    await reads.invalidate(['sim:1']);
    expect(await responses.answer(keyOf('1'))).toBeUndefined();
    // The stale answer is gone from the near cache: the next miss asks the store, which has nothing fresher.
    expect(storeReads).toHaveBeenCalledTimes(1);
  });

  it('reads an answer from the store again once the in-process bound pushed it out', async () => {
    const { responses, keyOf, traceOf, storeReads } = setup(10);
    await responses.keep(keyOf('1'), 'first!', traceOf('1'));
    await responses.keep(keyOf('2'), 'second', traceOf('2'));
    expect(await responses.answer(keyOf('2'))).toBe('second');
    expect(storeReads).not.toHaveBeenCalled();
    expect(await responses.answer(keyOf('1'))).toBe('first!');
    expect(storeReads).toHaveBeenCalledTimes(1);
    // Read back, it is remembered again (and the other one pushed out).
    expect(await responses.answer(keyOf('1'))).toBe('first!');
    expect(storeReads).toHaveBeenCalledTimes(1);
  });

  it('takes an answer another instance kept over a stale one of its own', async () => {
    const { reads, responses, keyOf, traceOf, store } = setup();
    await responses.keep(keyOf('1'), 'old', traceOf('1'));
    await reads.invalidate(['sim:1']);
    const [[, version]] = (await reads.versionsOf(['sim:1'])).entries();
    const newer = new ReadTrace();
    newer.saw([['sim:1', version]], Date.now() + 60_000);
    newer.errorFree = true;
    // What another instance on the same store would have written.
    const other = new ResponseCache(new ReadCache(store, 'account'));
    await other.keep(keyOf('1'), 'new', newer);
    expect(await responses.answer(keyOf('1'))).toBe('new');
  });
});
