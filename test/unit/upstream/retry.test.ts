import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../../src/upstream/errors.js';
import { readRetryPolicy, sendByEffect } from '../../../src/upstream/retry.js';

/** A send that fails with `error` the first `failures` times, counting its attempts. */
function flaky(failures: number, error: Error) {
  let attempts = 0;
  const send = async () => {
    attempts += 1;
    if (attempts <= failures) throw error;
    return 'answer';
  };
  return { send, attempts: () => attempts };
}

const busy = new UpstreamError('csss.getSim: rate limited', { code: 'UPSTREAM_UNAVAILABLE', endpoint: 'csss.getSim', retryable: true });

describe('sendByEffect', () => {
  it('repeats a read after a retryable failure', async () => {
    const read = flaky(2, busy);
    await expect(sendByEffect('read', readRetryPolicy(2), read.send)).resolves.toBe('answer');
    expect(read.attempts()).toBe(3);
  });

  it('sends a write exactly once, even after a retryable failure', async () => {
    const write = flaky(1, busy);
    await expect(sendByEffect('write', readRetryPolicy(2), write.send)).rejects.toBe(busy);
    expect(write.attempts()).toBe(1);
  });

  it('does not repeat a read after a failure that is not retryable', async () => {
    const notFound = new UpstreamError('csss.getSim: SIM not found', { code: 'NOT_FOUND', endpoint: 'csss.getSim' });
    const read = flaky(1, notFound);
    await expect(sendByEffect('read', readRetryPolicy(2), read.send)).rejects.toBe(notFound);
    expect(read.attempts()).toBe(1);
  });
});
