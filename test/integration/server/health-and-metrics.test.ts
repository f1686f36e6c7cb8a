import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimOverviewDocument } from '../../../examples/generated/operations.js';
import { ask, askOverWs, bearer, connectAs } from '../../support/access.js';
import { apiKey, clientsFile, type ClientsFileFixture } from '../../support/clients-file.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { bodyFor } from '../../unit/events/examples.js';
import { uplinkBody, webhook } from '../notifications/webhook.js';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';
const acme = apiKey();
let file: ClientsFileFixture;
let t: TestGateway;
beforeAll(async () => {
  file = clientsFile({
    clients: [{ id: 'acme', keys: [acme.digest], scopes: ['sims:read'], rateLimit: { requestsPerMinute: 1 } }],
  });
  t = await startTestGateway({ SANDBOX_SIMS: '20', METRICS_TOKEN });
});
afterAll(async () => {
  await t.close();
  file.remove();
});

const scrape = async (gateway: TestGateway = t) =>
  (await fetch(`${gateway.origin}/metrics`, { headers: { authorization: bearer(METRICS_TOKEN) } })).text();
const valueIn = (text: string, line: string) =>
  Number(new RegExp(`^${line.replace(/[{}]/g, '\\$&')} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);

describe('health', () => {
  it('answers /healthz while alive, /readyz while its stores answer, and /health/upstream while Linksfield accepts the credentials', async () => {
    expect(await (await fetch(`${t.origin}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${t.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', store: 'ok', sandbox: true });
    const upstream = await fetch(`${t.origin}/health/upstream`);
    expect(upstream.status).toBe(200);
    expect(await upstream.json()).toMatchObject({
      status: 'ok',
      families: { csss: { state: 'closed', probe: 'ok', endpoints: {} } },
    });
  });
});

describe('metrics', () => {
  it('counts upstream requests per endpoint, cache hits and misses, and GraphQL requests and errors', async () => {
    const iccid = t.sandbox.csss.state.sims[0].iccid;
    await t.execute(SimOverviewDocument, { iccid });
    await t.execute(SimOverviewDocument, { iccid });
    await t.execute(SimOverviewDocument, { iccid: '1' });
    const text = await scrape();
    const value = (line: string) => valueIn(text, line);
    expect(value('linksfield_upstream_requests_total{endpoint="csss.getSim",outcome="ok"}')).toBe(
      t.sandbox.calls('csss.getSim'),
    );
    expect(value('gateway_cache_requests_total{kind="sim",result="hit"}')).toBeGreaterThanOrEqual(1);
    expect(value('gateway_cache_requests_total{kind="sim",result="miss"}')).toBeGreaterThanOrEqual(1);
    expect(value('graphql_requests_total{operation="query",client="anonymous",transport="http"}')).toBe(3);
    expect(value('graphql_errors_total{code="BAD_USER_INPUT",client="anonymous",transport="http"}')).toBe(1);
    expect(text).toContain('linksfield_upstream_request_duration_seconds_bucket');
  });

  it('counts operations and their errors over WebSocket too, a subscription once when it starts', async () => {
    const iccid = t.sandbox.csss.state.sims[0].iccid;
    expect((await askOverWs(t, '{ plans { code } }')).errors).toBeUndefined();
    expect((await askOverWs(t, 'query($iccid: ID!) { sim(iccid: $iccid) { iccid } }', { iccid: '1' })).errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
    const { client } = connectAs(t);
    try {
      const received = new Promise<void>((resolve, reject) =>
        client.subscribe(
          { query: 'subscription { notifications { id } }' },
          { next: () => resolve(), error: reject, complete: () => undefined },
        ),
      );
      // Pushed until one arrives: the subscription may not be listening yet when the first is stored.
      let pushed = 0;
      const pushing = setInterval(
        () => void webhook(t, 'sms-uplink', uplinkBody(iccid, `metrics-ws-${pushed++}`)),
        100,
      );
      try {
        await received;
      } finally {
        clearInterval(pushing);
      }
    } finally {
      await client.dispose();
    }
    const text = await scrape();
    const value = (line: string) => valueIn(text, line);
    expect(value('graphql_requests_total{operation="query",client="anonymous",transport="websocket"}')).toBe(2);
    expect(value('graphql_requests_total{operation="subscription",client="anonymous",transport="websocket"}')).toBe(1);
    expect(value('graphql_errors_total{code="BAD_USER_INPUT",client="anonymous",transport="websocket"}')).toBe(1);
  });

  it('counts webhook pushes by kind and outcome, and refusals by kind and reason', async () => {
    const body = uplinkBody('89860000000000000555', 'metrics');
    expect((await webhook(t, 'sms-uplink', body, { deliveryId: 'm-1' })).status).toBe(200);
    expect((await webhook(t, 'sms-uplink', body, { deliveryId: 'm-1' })).status).toBe(200);
    expect((await webhook(t, 'sms-uplink', body, { deliveryId: 'm-2' })).status).toBe(200);
    expect((await webhook(t, 'sms-uplink', body, { secret: 'forged' })).status).toBe(401);
    expect((await webhook(t, 'sms-uplink', body, { signature: null })).status).toBe(401);
    // The built-in sandbox's setup has an order-status URL token: unsigned without it is a wrong token.
    expect(
      (await webhook(t, 'order-status', bodyFor('order-status', '89860000000000000555'), { signature: null })).status,
    ).toBe(401);
    const text = await scrape();
    for (const line of [
      'gateway_webhooks_accepted_total{kind="sms-uplink",outcome="duplicate"} 1',
      'gateway_webhooks_accepted_total{kind="sms-uplink",outcome="replay"} 1',
      'gateway_webhooks_refused_total{kind="sms-uplink",reason="bad_signature"} 1',
      'gateway_webhooks_refused_total{kind="sms-uplink",reason="unsigned"} 1',
      'gateway_webhooks_refused_total{kind="order-status",reason="wrong_token"} 1',
    ]) {
      expect(text).toContain(line);
    }
  });
});

describe('/metrics is not public', () => {
  it('needs the METRICS_TOKEN bearer on the main port', async () => {
    expect((await fetch(`${t.origin}/metrics`)).status).toBe(401);
    expect(
      (await fetch(`${t.origin}/metrics`, { headers: { authorization: bearer('wrong-token-of-some-length') } })).status,
    ).toBe(401);
    expect((await fetch(`${t.origin}/metrics`, { headers: { authorization: bearer(METRICS_TOKEN) } })).status).toBe(
      200,
    );
  });

  it('is not served at all without a token, and served alone on METRICS_PORT', async () => {
    const separate = await startTestGateway({ SANDBOX_SIMS: '5', METRICS_PORT: '0', GATEWAY_CLIENTS_FILE: file.path });
    try {
      expect((await fetch(`${separate.origin}/metrics`)).status).toBe(404);
      const url = separate.gateway.metricsUrl();
      expect(url).not.toBeNull();
      expect(new URL(url!).port).not.toBe(new URL(separate.origin).port);
      // Requests, errors and rate-limit refusals carry the client's id (from the clients file, so the label set is bounded).
      expect((await ask(separate, '{ plans { code } }', {}, bearer(acme.key))).status).toBe(200);
      expect((await ask(separate, '{ plans { code } }', {}, bearer(acme.key))).status).toBe(429);
      const text = await (await fetch(url!)).text();
      expect(valueIn(text, 'graphql_requests_total{operation="query",client="acme",transport="http"}')).toBe(1);
      expect(valueIn(text, 'gateway_rate_limited_total{client="acme",limit="requests"}')).toBe(1);
      expect((await fetch(url!.replace('/metrics', '/graphql'))).status).toBe(404);
    } finally {
      await separate.close();
    }
  });
});
