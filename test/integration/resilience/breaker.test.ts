import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { codes, iccids, metric, METRICS_TOKEN, SimWithUsageDocument, until } from './support.js';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({
    SANDBOX_SIMS: '5',
    UPSTREAM_BREAKER_FAILURES: '3',
    UPSTREAM_BREAKER_PAUSE_MS: '2500',
    METRICS_TOKEN,
  });
});
afterAll(() => t.close());

describe('circuit breaker', () => {
  it('stops calling an endpoint that fails alone, answers the rest of the query, and closes after a good probe', async () => {
    const [iccid] = iccids(t);
    t.sandbox.inject({ endpoint: 'csss.getUsage', kind: 'http-503', times: 1_000 });
    const results = [];
    for (let i = 0; i < 20; i += 1) results.push(await t.execute(SimWithUsageDocument, { iccid }));

    // One read and its two retries open the breaker (3 failures in a row); the other 19 reads never reach Linksfield.
    expect(t.sandbox.calls('csss.getUsage')).toBe(3);
    for (const result of results) {
      expect(result.data?.sim).toMatchObject({ iccid, usage: null });
      expect(codes(result)).toEqual(['UPSTREAM_UNAVAILABLE']);
    }
    const refused = results.at(-1)!.errors![0];
    expect(refused.path).toEqual(['sim', 'usage']);
    expect(refused.extensions?.retryAfter).toBeGreaterThanOrEqual(1);
    expect(await metric(t, 'linksfield_upstream_breaker_state{breaker="csss.getUsage"}')).toBe(2);
    expect(await metric(t, 'linksfield_upstream_refused_total{family="csss",reason="breaker"}')).toBe(19);

    const health = await fetch(`${t.origin}/health/upstream`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      status: 'degraded',
      families: { csss: { state: 'closed', endpoints: { 'csss.getUsage': { state: 'open' } } } },
    });
    expect((await fetch(`${t.origin}/readyz`)).status).toBe(200);

    t.sandbox.clearFaults();
    const healed = await until(
      () => t.execute(SimWithUsageDocument, { iccid }),
      (result) => result.data?.sim?.usage != null,
    );
    expect(healed.errors).toBeUndefined();
    // The pause was waited out without calls; then one probe went through and closed the breaker.
    expect(t.sandbox.calls('csss.getUsage')).toBe(4);
    expect(await metric(t, 'linksfield_upstream_breaker_state{breaker="csss.getUsage"}')).toBe(0);
    expect((await fetch(`${t.origin}/health/upstream`)).status).toBe(200);
  });
});
