import WebSocket from 'ws';
import { mapConcurrently } from '../support/stats.js';
import { serveParent } from '../support/parent.js';
import { Deliveries } from './deliveries.js';
import {
  SUBSCRIPTION,
  subscriberUrl,
  type ConnectArgs,
  type ConnectResult,
  type LiveArgs,
  type LiveResult,
  type PhaseResult,
  type SubscriberProtocol,
  type SubscribersStatus,
  type WarmupArgs,
} from './protocol.js';
import { WebhookSender, type SendResult } from './webhook-sender.js';

/**
 * The subscribers and Linksfield, in one process apart from the server under test: `connect` opens the
 * subscriptions (idle until events come), `live` sends webhooks and times each delivery on this process's clock.
 * graphql-transport-ws is spoken directly over `ws` (connection_init, subscribe, next): it is what the
 * graphql-ws client sends, minus the client's own bookkeeping, so this process stays light beside the server.
 */
const CONNECT_TIMEOUT_MS = 30_000;
/** Past every subscriber's SIM: what the warm-up sends to. */
const UNWATCHED_ICCID = '89990000999999999999';

const deliveries = new Deliveries();
const sockets: WebSocket[] = [];
const iccids: string[] = [];
/** Subscribers whose subscription ended or failed after it was set up. */
const ended = new Set<string>();
/** Why the first one ended, for the report (e.g. the server refused the subscription). */
let firstProblem: string | null = null;
const end = (iccid: string, why: string) => {
  ended.add(iccid);
  firstProblem ??= why;
};

async function connect({ url, protocol, count, concurrency }: ConnectArgs): Promise<ConnectResult> {
  const started = performance.now();
  const wanted = Array.from({ length: count }, (_, index) => subscriberIccid(index));
  const opened = await mapConcurrently(wanted, concurrency, (iccid) => open(protocol, url, iccid).catch(() => null));
  opened.forEach((socket, index) => {
    if (!socket) return;
    sockets.push(socket);
    iccids.push(wanted[index]);
  });
  return { connected: sockets.length, seconds: (performance.now() - started) / 1000 };
}

/** 20-digit ICCIDs no real fleet uses; the webhook routes do not look SIMs up. */
function subscriberIccid(index: number): string {
  return `89990000${String(index).padStart(12, '0')}`;
}

/** Resolves once the socket is open and (graphql-ws) acknowledged with the subscription sent. */
function open(protocol: SubscriberProtocol, url: string, iccid: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(
      subscriberUrl(protocol, url, iccid),
      protocol === 'graphql-ws' ? 'graphql-transport-ws' : undefined,
    );
    const timer = setTimeout(() => {
      socket.terminate();
      reject(new Error('connect timeout'));
    }, CONNECT_TIMEOUT_MS);
    let subscribed = false;
    const ready = () => {
      clearTimeout(timer);
      subscribed = true;
      socket.once('close', (code, reason) => end(iccid, `closed ${code} ${String(reason)}`));
      resolve(socket);
    };
    socket.on('error', (error) => {
      if (subscribed) return end(iccid, error.message);
      clearTimeout(timer);
      reject(error);
    });
    if (protocol === 'bare-ws') {
      socket.once('open', ready);
      socket.on('message', () => deliveries.received(iccid, performance.now()));
      return;
    }
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data) => {
      const at = performance.now();
      const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
      switch (message.type) {
        case 'next':
          if ((message.payload as { errors?: unknown }).errors) end(iccid, JSON.stringify(message.payload));
          else deliveries.received(iccid, at);
          return;
        case 'connection_ack':
          socket.send(
            JSON.stringify({
              id: '1',
              type: 'subscribe',
              payload: { query: SUBSCRIPTION, variables: { iccids: [iccid] } },
            }),
          );
          ready();
          return;
        case 'ping':
          socket.send(JSON.stringify({ type: 'pong' }));
          return;
        case 'error':
        case 'complete':
          end(iccid, `${message.type} ${JSON.stringify(message.payload ?? null)}`);
          return;
      }
    });
  });
}

/** Webhooks for a SIM nobody watches, before anything is measured, so the server's code is optimised. */
async function warmup({ webhookUrl, notifySecret, seconds, concurrency }: WarmupArgs): Promise<SendResult> {
  const sender = new WebhookSender(webhookUrl, notifySecret, [UNWATCHED_ICCID], new Deliveries());
  try {
    return await sender.burst(concurrency, seconds);
  } finally {
    await sender.close();
  }
}

async function live(args: LiveArgs): Promise<LiveResult> {
  const sender = new WebhookSender(args.webhookUrl, args.notifySecret, iccids, deliveries);
  try {
    const paced = await sender.paced(args.ratePerSecond, args.seconds);
    await deliveries.drained(args.graceMs);
    const pacedResult = phase(paced);
    const burst = await sender.burst(args.burstConcurrency, args.burstSeconds);
    await deliveries.drained(args.graceMs);
    return { paced: pacedResult, burst: phase(burst), ended: ended.size };
  } finally {
    await sender.close();
  }
}

function phase(sent: SendResult): PhaseResult {
  const seen = deliveries.takePhase();
  return {
    ...sent,
    delivered: seen.delivered,
    lost: seen.lost,
    unexpected: seen.unexpected,
    latencyP50: seen.p50,
    latencyP99: seen.p99,
    latencyMax: seen.max,
  };
}

const status = (): SubscribersStatus => ({ open: sockets.length - ended.size, ended: ended.size, firstProblem });

serveParent({}, { warmup, connect, status, live }, async () => {
  for (const socket of sockets) socket.terminate();
});
