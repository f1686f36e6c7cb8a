import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signNotification } from '../../../src/upstream/notifications/sign.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { bodyFor } from '../../unit/events/examples.js';
import { codes, SimOnlyDocument, until } from './support.js';

let t: TestGateway | undefined;
afterEach(() => t?.close());

/** A loopback port nothing listens on: Linksfield "down" (connection refused). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('readiness with Linksfield down', () => {
  it('stays ready and keeps taking webhooks while upstream health says why reads fail', async () => {
    t = await startTestGateway({
      LINKSFIELD_BASE_URL: `http://127.0.0.1:${await closedPort()}`,
      LINKSFIELD_ACCESS_CODE: 'P000999',
      LINKSFIELD_SECRET: 'down-secret',
      LINKSFIELD_NOTIFY_SECRET: 'down-notify-secret',
      GATEWAY_AUTH: 'none',
    });
    const read = await t.execute(SimOnlyDocument, { iccid: '89852000000000000001' });
    expect(codes(read)).toEqual(['UPSTREAM_UNAVAILABLE']);

    const ready = await fetch(`${t.origin}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', store: 'ok', sandbox: false });
    const verbose = await (await fetch(`${t.origin}/readyz?verbose`)).json();
    expect(verbose).toMatchObject({
      status: 'ready',
      upstream: { status: 'degraded', families: { csss: { probe: 'UPSTREAM_UNAVAILABLE' } } },
    });
    const upstream = await fetch(`${t.origin}/health/upstream`);
    expect(upstream.status).toBe(503);

    const body = bodyFor('sms-uplink', '89852000000000000001');
    const webhook = await fetch(`${t.origin}/webhooks/linksfield/sms-uplink`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-lf-md5': signNotification(body, 'down-notify-secret'),
        'x-lf-delivery': randomUUID(),
      },
      body: JSON.stringify(body),
    });
    expect(webhook.status).toBe(200);
  });
});

describe('load shedding', () => {
  it('answers /graphql 503 OVERLOADED with Retry-After over the heap limit, and keeps health and readiness up', async () => {
    t = await startTestGateway({ SANDBOX_SIMS: '5', OVERLOAD_MAX_HEAP_MB: '1' });
    const gateway = t;
    const iccid = gateway.sandbox.csss.state.sims[0].iccid;
    // The heap is sampled once a second; ask until the first sample is in.
    const ask = () =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ sim(iccid: "${iccid}") { iccid } }` }),
      });
    await until(ask, (response) => response.status === 503);
    gateway.sandbox.resetCalls();
    const shed = await ask();
    expect(shed.status).toBe(503);
    expect(shed.headers.get('retry-after')).toBe('5');
    expect(await shed.json()).toMatchObject({ errors: [{ extensions: { code: 'OVERLOADED', retryAfter: 5 } }] });
    expect((await fetch(`${gateway.origin}/readyz`)).status).toBe(200);
    expect((await fetch(`${gateway.origin}/healthz`)).status).toBe(200);
    // Shed before any work: nothing reached Linksfield.
    expect(gateway.sandbox.calls('csss.getSim')).toBe(0);
  });
});

describe('WebSocket connections per address', () => {
  it('refuses the upgrade past the cap with 429 and accepts again once one closes', async () => {
    t = await startTestGateway({ SANDBOX_SIMS: '5', WS_MAX_CONNECTIONS_PER_IP: '2' });
    const url = t.url.replace('http', 'ws');
    const connect = () =>
      new Promise<WebSocket | number>((resolve, reject) => {
        const socket = new WebSocket(url, 'graphql-transport-ws');
        socket.once('open', () => resolve(socket));
        socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
        socket.once('error', reject);
      });
    const first = (await connect()) as WebSocket;
    const second = (await connect()) as WebSocket;
    expect(await connect()).toBe(429);
    const closed = new Promise((resolve) => first.once('close', resolve));
    first.close();
    await closed;
    const again = await until(connect, (result) => result !== 429, 20);
    expect(again).toBeInstanceOf(WebSocket);
    for (const socket of [second, again as WebSocket]) socket.close();
  });
});
