import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { BENCH_CREDENTIALS } from '../support/credentials.js';
import { KEEPALIVE_MS } from '../../src/server/subscriptions.js';
import { NOTIFICATION_SIGNATURE_HEADER } from '../../src/upstream/notifications/payloads.js';
import { verifyNotification } from '../../src/upstream/notifications/sign.js';
import { settledMemory } from '../support/memory.js';
import { parseSubscriberIccid, type NotificationServerReady } from './protocol.js';
import { serveParent } from '../support/parent.js';

/**
 * The baseline of the notifications bench: the least a hand-written relay does. It takes the same signed
 * SMS-uplink webhook, checks the signature (any receiver must), and sends a small JSON message to the sockets
 * that asked for that ICCID (`ws://…/?iccid=…`). No GraphQL, no decoding, no dedupe, no event log, no replay.
 * It pings idle sockets as often as the gateway does, so both pay for keepalive. Requests: `memory`.
 */
const bySim = new Map<string, Set<WebSocket>>();
let sequence = 0;

const server = createServer(async (request, response) => {
  try {
    const body = JSON.parse(await readBody(request)) as Record<string, unknown>;
    if (
      !verifyNotification(
        body,
        request.headers[NOTIFICATION_SIGNATURE_HEADER] as string | undefined,
        BENCH_CREDENTIALS.notifySecret,
      )
    ) {
      response.writeHead(401).end();
      return;
    }
    const iccid = String(body.sim_id);
    const message = JSON.stringify({
      id: `${Date.now()}-${sequence++}`,
      kind: 'SMS_RECEIVED',
      receivedAt: new Date().toISOString(),
      iccid,
    });
    for (const socket of bySim.get(iccid) ?? []) socket.send(message);
    response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  } catch {
    response.writeHead(400).end();
  }
});

const sockets = new WebSocketServer({ server });
sockets.on('connection', (socket, request) => {
  const iccid = parseSubscriberIccid(request.url);
  let listeners = bySim.get(iccid);
  if (!listeners) bySim.set(iccid, (listeners = new Set()));
  listeners.add(socket);
  socket.on('close', () => {
    listeners.delete(socket);
    if (listeners.size === 0) bySim.delete(iccid);
  });
});
const keepalive = setInterval(() => sockets.clients.forEach((socket) => socket.ping()), KEEPALIVE_MS);

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

server.keepAliveTimeout = 5_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

serveParent(
  {
    subscribeUrl: `ws://127.0.0.1:${port}/`,
    webhookUrl: `http://127.0.0.1:${port}/webhooks/linksfield/sms-uplink`,
    notifySecret: BENCH_CREDENTIALS.notifySecret,
  } satisfies NotificationServerReady,
  { memory: settledMemory },
  async () => {
    clearInterval(keepalive);
    sockets.clients.forEach((socket) => socket.terminate());
    server.closeAllConnections();
    server.close();
  },
);
