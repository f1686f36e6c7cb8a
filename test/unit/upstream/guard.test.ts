import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../../src/upstream/errors.js';
import { UpstreamGuard } from '../../../src/upstream/guard.js';
import { withRequestBudget } from '../../../src/upstream/request-budget.js';
import { RetryBudget } from '../../../src/upstream/retry.js';

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

const busy = new UpstreamError('csss.getSim: rate limited', {
  code: 'UPSTREAM_UNAVAILABLE',
  endpoint: 'csss.getSim',
  retryable: true,
});
const guard = (tuning: ConstructorParameters<typeof UpstreamGuard>[3] = {}, inFlight = 4) =>
  new UpstreamGuard('csss', 2, inFlight, tuning);

describe('retries', () => {
  it('repeats a read after a retryable failure', async () => {
    const read = flaky(2, busy);
    await expect(guard().run('csss.getSim', 'read', read.send)).resolves.toBe('answer');
    expect(read.attempts()).toBe(3);
  });

  it('sends a write exactly once, even after a retryable failure', async () => {
    const write = flaky(1, busy);
    await expect(guard().run('csss.orderPlan', 'write', write.send)).rejects.toBe(busy);
    expect(write.attempts()).toBe(1);
  });

  it('does not repeat a read after a failure that is not retryable', async () => {
    const notFound = new UpstreamError('csss.getSim: SIM not found', { code: 'NOT_FOUND', endpoint: 'csss.getSim' });
    const read = flaky(1, notFound);
    await expect(guard().run('csss.getSim', 'read', read.send)).rejects.toBe(notFound);
    expect(read.attempts()).toBe(1);
  });

  it('spends at most the budget: 20 % extra calls once the reserve is gone', () => {
    const budget = new RetryBudget(0.2, 10);
    let retries = 0;
    for (let call = 0; call < 1_000; call += 1) {
      budget.deposit();
      if (budget.withdraw()) retries += 1;
    }
    expect(retries).toBeLessThanOrEqual(10 + 200);
    expect(retries).toBeGreaterThanOrEqual(190);
  });

  it('does not retry past the request deadline', async () => {
    const read = flaky(5, busy);
    // The first backoff is about 50 ms; a deadline 10 ms away leaves no room for it.
    await expect(
      withRequestBudget({ calls: 0, deadline: Date.now() + 10 }, () => guard().run('csss.getSim', 'read', read.send)),
    ).rejects.toBe(busy);
    expect(read.attempts()).toBe(1);
  });
});

describe('breakers', () => {
  it('opens after consecutive failures of one endpoint, refuses at once with a retry-after hint, and a probe closes it', async () => {
    const g = new UpstreamGuard('csss', 0, 4, { breakerFailures: 3, halfOpenAfterMs: 100 });
    const failing = flaky(3, busy);
    for (let i = 0; i < 3; i += 1) await expect(g.run('csss.getUsage', 'read', failing.send)).rejects.toBe(busy);
    const refused = await g.run('csss.getUsage', 'read', failing.send).catch((error: UpstreamError) => error);
    expect(refused).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryAfterSeconds: 1 });
    expect(failing.attempts()).toBe(3);
    expect(g.health().endpoints['csss.getUsage']).toMatchObject({ state: 'open' });
    // Other endpoints of the family are not paused by one failing alone.
    await expect(g.run('csss.getSim', 'read', async () => 'sim')).resolves.toBe('sim');
    await new Promise((resolve) => setTimeout(resolve, 150));
    await expect(g.run('csss.getUsage', 'read', failing.send)).resolves.toBe('answer');
    expect(g.health()).toMatchObject({ state: 'closed', endpoints: {} });
  });

  it('opens the family breaker when failures span its endpoints', async () => {
    const g = new UpstreamGuard('csss', 0, 4, { breakerFailures: 3, halfOpenAfterMs: 10_000 });
    const failing = async () => Promise.reject(busy);
    for (const endpoint of ['a', 'b', 'c', 'd', 'e', 'f'])
      await expect(g.run(`csss.${endpoint}`, 'read', failing)).rejects.toBe(busy);
    expect(g.health().state).toBe('open');
    let sent = false;
    const refused = await g.run('csss.other', 'read', async () => (sent = true)).catch((error: UpstreamError) => error);
    expect(refused).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', retryAfterSeconds: 10 });
    expect(sent).toBe(false);
  });

  it('does not count a NOT_FOUND against the upstream', async () => {
    const g = new UpstreamGuard('csss', 0, 4, { breakerFailures: 2 });
    const notFound = new UpstreamError('no such SIM', { code: 'NOT_FOUND', endpoint: 'csss.getSim' });
    for (let i = 0; i < 5; i += 1)
      await expect(g.run('csss.getSim', 'read', () => Promise.reject(notFound))).rejects.toBe(notFound);
    expect(g.health().endpoints).toEqual({});
  });
});

describe('bulkhead', () => {
  it('refuses at once beyond the running and waiting bounds', async () => {
    const g = new UpstreamGuard('csss', 0, 2, { maxQueue: 1 });
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let sent = 0;
    const slow = async () => {
      sent += 1;
      await gate;
      return 'ok';
    };
    const held = [
      g.run('csss.getSim', 'read', slow),
      g.run('csss.getSim', 'read', slow),
      g.run('csss.getSim', 'read', slow),
    ];
    await expect(g.run('csss.getSim', 'read', slow)).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      retryAfterSeconds: 1,
    });
    expect(g.health()).toMatchObject({ inFlight: 2, queued: 1 });
    release();
    await expect(Promise.all(held)).resolves.toEqual(['ok', 'ok', 'ok']);
    expect(sent).toBe(3);
  });

  it('gives up on a waiting call when the request deadline passes, without sending it', async () => {
    const g = new UpstreamGuard('csss', 0, 1, {});
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let sent = 0;
    const slow = async () => {
      sent += 1;
      await gate;
      return 'ok';
    };
    const first = g.run('csss.getSim', 'read', slow);
    const waiting = withRequestBudget({ calls: 0, deadline: Date.now() + 50 }, () =>
      g.run('csss.getSim', 'read', slow),
    );
    await expect(waiting).rejects.toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
    release();
    await first;
    expect(sent).toBe(1);
    expect(g.health()).toMatchObject({ inFlight: 0, queued: 0 });
  });
});
