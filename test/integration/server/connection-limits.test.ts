import { connect as connectTcp, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { say } from '../notifications/webhook.js';

let t: TestGateway | undefined;
afterEach(() => t?.close());

/** A raw socket to the gateway and everything it receives until it closes. */
interface RawConnection {
  socket: Socket;
  received(): string;
  closed: Promise<void>;
}

async function openRaw(gateway: TestGateway): Promise<RawConnection> {
  const { hostname, port } = new URL(gateway.origin);
  const socket = connectTcp({ host: hostname, port: Number(port) });
  let text = '';
  socket.on('data', (chunk) => (text += String(chunk)));
  socket.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return { socket, received: () => text, closed };
}

/** Sends a keep-alive `GET /healthz` and waits for its whole answer; null when the server closed instead. */
async function healthOver(connection: RawConnection): Promise<string | null> {
  const before = connection.received().length;
  connection.socket.write('GET /healthz HTTP/1.1\r\nHost: gateway\r\n\r\n');
  const answered = new Promise<string>((resolve) => {
    const check = () => {
      const answer = connection.received().slice(before);
      if (/\r\n\r\n[\s\S]*\}/.test(answer)) {
        connection.socket.off('data', check);
        resolve(answer);
      }
    };
    connection.socket.on('data', check);
  });
  return Promise.race([answered, connection.closed.then(() => null)]);
}

/** An upgrade to graphql-ws: the open socket, or the HTTP status it was refused with. */
function openWebSocket(gateway: TestGateway): Promise<WebSocket | number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(gateway.url.replace('http', 'ws'), 'graphql-transport-ws');
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    // A refused upgrade may also end in a hang-up after its answer: only an error before any answer fails.
    socket.on('error', reject);
  });
}

describe('HTTP_MAX_CONNECTIONS', () => {
  it('closes the plain socket past the cap at once, and takes a new one once a socket left', async () => {
    t = await startTestGateway({ SANDBOX_SIMS: '5', HTTP_MAX_CONNECTIONS: '2' });
    const first = await openRaw(t);
    const second = await openRaw(t);
    expect(await healthOver(first)).toMatch(/^HTTP\/1\.1 200/);
    expect(await healthOver(second)).toMatch(/^HTTP\/1\.1 200/);

    const extra = await openRaw(t);
    expect(await healthOver(extra)).toBeNull();
    expect(extra.received()).toBe('');

    first.socket.destroy();
    await first.closed;
    // The server hears of the close a moment after the client: ask on fresh sockets until one is admitted.
    let answer: string | null = null;
    for (let attempt = 0; attempt < 100 && answer === null; attempt += 1) answer = await healthOver(await openRaw(t));
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    second.socket.destroy();
  });
});

describe('HTTP_HEADERS_TIMEOUT_MS', () => {
  it('answers 408 and closes a connection whose headers never end, while a complete request is answered', async () => {
    t = await startTestGateway({ SANDBOX_SIMS: '5', HTTP_HEADERS_TIMEOUT_MS: '100' });
    const slow = await openRaw(t);
    slow.socket.write('GET /healthz HTTP/1.1\r\nHost: gateway\r\n');
    await slow.closed;
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408/);
    const prompt = await openRaw(t);
    expect(await healthOver(prompt)).toMatch(/^HTTP\/1\.1 200/);
    prompt.socket.destroy();
  });
});

describe('WS_MAX_CONNECTIONS', () => {
  it('refuses the upgrade past the cap with 503, and WebSockets never take the HTTP sockets webhooks need', async () => {
    // More WebSockets allowed than plain sockets: with one shared budget the third upgrade could not even connect.
    t = await startTestGateway({ SANDBOX_SIMS: '5', HTTP_MAX_CONNECTIONS: '2', WS_MAX_CONNECTIONS: '3' });
    const open: (WebSocket | number)[] = [];
    for (let index = 0; index < 3; index += 1) open.push(await openWebSocket(t));
    expect(open.every((socket) => socket instanceof WebSocket)).toBe(true);
    expect(await openWebSocket(t)).toBe(503);

    const closed = new Promise((resolve) => (open[0] as WebSocket).once('close', resolve));
    (open[0] as WebSocket).close();
    await closed;
    let again: WebSocket | number = 503;
    for (let attempt = 0; attempt < 100 && again === 503; attempt += 1) again = await openWebSocket(t);
    expect(again).toBeInstanceOf(WebSocket);

    // The WebSocket cap is full again, and webhook intake and queries still get their sockets.
    expect(await openWebSocket(t)).toBe(503);
    const iccid = t.sandbox.csss.state.sims[0].iccid;
    expect((await say(t, iccid, 'still heard')).status).toBe(200);
    expect((await fetch(`${t.origin}/healthz`)).status).toBe(200);
    for (const socket of [...open.slice(1), again]) (socket as WebSocket).close();
  });
});
