import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimOverviewDocument } from '../../../examples/generated/operations.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { bodyFor } from '../../unit/events/examples.js';
import { uplinkBody, webhook } from '../notifications/webhook.js';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: '20' });
});
afterAll(() => t.close());

describe('health', () => {
  it('answers /healthz while alive and /readyz while Linksfield accepts the credentials', async () => {
    expect(await (await fetch(`${t.origin}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', upstream: 'ok', store: 'ok', sandbox: true });
  });
});

describe('metrics', () => {
  it('counts upstream requests per endpoint, cache hits and misses, and GraphQL requests and errors', async () => {
    const iccid = t.sandbox.csss.state.sims[0].iccid;
    await t.execute(SimOverviewDocument, { iccid });
    await t.execute(SimOverviewDocument, { iccid });
    await t.execute(SimOverviewDocument, { iccid: '1' });
    const text = await (await fetch(`${t.origin}/metrics`)).text();
    const value = (line: string) => Number(new RegExp(`^${line.replace(/[{}]/g, '\\$&')} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
    expect(value('linksfield_upstream_requests_total{endpoint="csss.getSim",outcome="ok"}')).toBe(t.sandbox.calls('csss.getSim'));
    expect(value('gateway_cache_requests_total{kind="sim",result="hit"}')).toBeGreaterThanOrEqual(1);
    expect(value('gateway_cache_requests_total{kind="sim",result="miss"}')).toBeGreaterThanOrEqual(1);
    expect(value('graphql_requests_total{operation="query"}')).toBe(3);
    expect(value('graphql_errors_total{code="BAD_USER_INPUT"}')).toBe(1);
    expect(text).toContain('linksfield_upstream_request_duration_seconds_bucket');
  });

  it('counts webhook pushes by kind and outcome, and refusals by kind and reason', async () => {
    const body = uplinkBody('89860000000000000555', 'metrics');
    expect((await webhook(t, 'sms-uplink', body, { deliveryId: 'm-1' })).status).toBe(200);
    expect((await webhook(t, 'sms-uplink', body, { deliveryId: 'm-1' })).status).toBe(200);
    expect((await webhook(t, 'sms-uplink', body, { deliveryId: 'm-2' })).status).toBe(200);
    expect((await webhook(t, 'sms-uplink', body, { secret: 'forged' })).status).toBe(401);
    expect((await webhook(t, 'order-status', bodyFor('order-status', '89860000000000000555'), { signature: null })).status).toBe(401);
    const text = await (await fetch(`${t.origin}/metrics`)).text();
    for (const line of [
      'gateway_webhooks_accepted_total{kind="sms-uplink",outcome="duplicate"} 1',
      'gateway_webhooks_accepted_total{kind="sms-uplink",outcome="replay"} 1',
      'gateway_webhooks_refused_total{kind="sms-uplink",reason="bad_signature"} 1',
      'gateway_webhooks_refused_total{kind="order-status",reason="unsigned"} 1',
    ]) {
      expect(text).toContain(line);
    }
  });
});
