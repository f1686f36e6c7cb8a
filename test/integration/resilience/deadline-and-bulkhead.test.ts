import { afterEach, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { codes, iccids, metric, METRICS_TOKEN, SimOnlyDocument, SimWithUsageDocument } from './support.js';

let t: TestGateway | undefined;
afterEach(() => t?.close());

describe('request deadline', () => {
  it('answers in bounded time with the fields that finished and UPSTREAM_TIMEOUT for the rest, without retrying past it', async () => {
    t = await startTestGateway({ SANDBOX_SIMS: '5', GRAPHQL_REQUEST_TIMEOUT_MS: '800' });
    const [iccid] = iccids(t);
    t.sandbox.setLatency(5_000, 'csss.getUsage');
    const started = performance.now();
    const result = await t.execute(SimWithUsageDocument, { iccid });
    const elapsed = performance.now() - started;

    expect(result.data?.sim).toEqual({ iccid, usage: null });
    expect(codes(result)).toEqual(['UPSTREAM_TIMEOUT']);
    expect(result.errors![0].path).toEqual(['sim', 'usage']);
    expect(t.sandbox.calls('csss.getUsage')).toBe(1);
    // Generous: the deadline is 0.8 s, the upstream would take 5 s.
    expect(elapsed).toBeLessThan(4_000);
  });
});

describe('bulkhead', () => {
  it('refuses at once what neither runs nor fits in the queue, before any slow call finishes', async () => {
    t = await startTestGateway({
      SANDBOX_SIMS: '8',
      UPSTREAM_MAX_IN_FLIGHT: '2',
      UPSTREAM_MAX_QUEUE: '1',
      GRAPHQL_REQUEST_TIMEOUT_MS: '20000',
      METRICS_TOKEN,
    });
    const gateway = t;
    gateway.sandbox.setLatency(1_500, 'csss.getSim');
    const finished: string[] = [];
    const results = await Promise.all(
      iccids(gateway)
        .slice(0, 6)
        .map(async (iccid) => {
          const result = await gateway.execute(SimOnlyDocument, { iccid });
          finished.push(result.data?.sim ? 'answered' : codes(result).join());
          return result;
        }),
    );
    const refused = results.filter((result) => codes(result).includes('UPSTREAM_UNAVAILABLE'));
    expect(refused).toHaveLength(3);
    expect(refused[0].errors![0].extensions?.retryAfter).toBe(1);
    // Every refusal came back before the first slow answer: refused at once, not timed out later.
    expect(finished.slice(0, 3)).toEqual(['UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_UNAVAILABLE']);
    expect(finished.slice(3)).toEqual(['answered', 'answered', 'answered']);
    expect(gateway.sandbox.calls('csss.getSim')).toBe(3);
    expect(await metric(gateway, 'linksfield_upstream_refused_total{family="csss",reason="bulkhead"}')).toBe(3);
  });
});
