import { setTimeout as sleep } from 'node:timers/promises';
import type { GatewayReady } from '../children/gateway.js';
import type { BenchOptions } from '../options.js';
import { launch, type Child } from '../support/child.js';
import type { MemorySample } from '../support/memory.js';
import { startGatewayChild, startSandboxChild, stopAll } from '../support/servers.js';
import { bytes, ms, num, ratio, type Table } from '../support/table.js';
import type {
  ConnectResult,
  LiveResult,
  NotificationServerReady,
  SubscriberProtocol,
  SubscribersStatus,
} from './protocol.js';
import { latencyVerdict, memoryVerdict, TARGET_BYTES_PER_SUBSCRIBER, TARGET_P99_MS } from './verdict.js';
import { WEBHOOK_TIMEOUT_MS } from './webhook-sender.js';

/**
 * Issue 4: webhooks relayed to live subscribers. For each subscriber count, once against the gateway and once
 * against the bare `ws` baseline, each server in a fresh child process:
 * 1. a warm-up of webhooks nobody watches, 2. its memory (after a collection), 3. the subscribers child opens
 * every subscription, 4. a quiet pause, then memory again: the difference over the count is the cost of one idle
 * subscriber, 5. webhooks at the offered rate for a bounded time (latency, ingestion), 6. a closed-loop burst
 * (the highest ingestion rate).
 */
type NotificationsOptions = BenchOptions['notifications'];

interface Run {
  connect: ConnectResult;
  status: SubscribersStatus;
  perSubscriber: MemorySample;
  live: LiveResult;
}

export async function benchNotifications(options: NotificationsOptions): Promise<Table[]> {
  const tables: Table[] = [];
  for (const count of options.subscriberCounts) {
    const gateway = await measure(options, count, 'graphql-ws');
    const baseline = await measure(options, count, 'bare-ws');
    tables.push(tableOf(options, count, gateway, baseline));
  }
  return tables;
}

async function measure(options: NotificationsOptions, count: number, protocol: SubscriberProtocol): Promise<Run> {
  const children: Child<unknown>[] = [];
  try {
    const server = protocol === 'graphql-ws' ? await startGateway(children) : await startBaseline(children);
    const subscribers = await launch<Record<string, never>>(new URL('./subscribers.js', import.meta.url));
    children.push(subscribers);
    const { webhookUrl, notifySecret, subscribeUrl } = server.ready;
    await subscribers.request('warmup', {
      webhookUrl,
      notifySecret,
      seconds: options.warmupSeconds,
      concurrency: options.burstConcurrency,
    });
    const before = await server.request<MemorySample>('memory');
    // Bounded by the slowest possible connect: every batch at its 30 s timeout.
    const connectTimeoutMs = Math.ceil(count / options.connectConcurrency) * 30_000 + 10_000;
    const connect = await subscribers.request<ConnectResult>(
      'connect',
      { url: subscribeUrl, protocol, count, concurrency: options.connectConcurrency },
      connectTimeoutMs,
    );
    await sleep(options.settleMs);
    const status = await subscribers.request<SubscribersStatus>('status');
    const after = await server.request<MemorySample>('memory');
    const live = await subscribers.request<LiveResult>(
      'live',
      {
        webhookUrl,
        notifySecret,
        ratePerSecond: options.ratePerSecond,
        seconds: options.liveSeconds,
        burstSeconds: options.burstSeconds,
        burstConcurrency: options.burstConcurrency,
        graceMs: options.graceMs,
      },
      // The paced phase stops at three times its planned length; then the burst, two graces, the last answers.
      (options.liveSeconds * 3 + options.burstSeconds) * 1000 + 2 * options.graceMs + 30_000,
    );
    const perSubscriber = {
      rss: (after.rss - before.rss) / connect.connected,
      heap: (after.heap - before.heap) / connect.connected,
    };
    return { connect, status, perSubscriber, live };
  } finally {
    await stopAll(...children);
  }
}

async function startGateway(children: Child<unknown>[]): Promise<Child<NotificationServerReady>> {
  // The sandbox is idle here: the gateway needs an upstream to start, the bench only sends it webhooks.
  const sandbox = await startSandboxChild(1);
  children.push(sandbox);
  const gateway = await startGatewayChild(sandbox);
  children.push(gateway);
  return withReady(gateway, notificationRoutesOf(gateway.ready));
}

async function startBaseline(children: Child<unknown>[]): Promise<Child<NotificationServerReady>> {
  const baseline = await launch<NotificationServerReady>(new URL('./ws-baseline-server.js', import.meta.url), {
    execArgv: ['--expose-gc'],
  });
  children.push(baseline);
  return baseline;
}

function notificationRoutesOf({ url, notifySecret }: GatewayReady): NotificationServerReady {
  const origin = new URL(url).origin;
  return {
    subscribeUrl: url.replace(/^http/, 'ws'),
    webhookUrl: `${origin}/webhooks/linksfield/sms-uplink`,
    notifySecret,
  };
}

function withReady<From, To>(child: Child<From>, ready: To): Child<To> {
  return { ...child, ready };
}

function tableOf(options: NotificationsOptions, count: number, gateway: Run, baseline: Run): Table {
  const row = (label: string, value: (run: Run) => number, format: (value: number) => string, compare = true) => [
    label,
    format(value(gateway)),
    format(value(baseline)),
    compare ? ratio(value(gateway), value(baseline)) : '',
  ];
  const paced = (run: Run) => run.live.paced;
  const burst = (run: Run) => run.live.burst;
  return {
    title: `Notifications: ${num(count)} subscribers, webhooks at ${num(options.ratePerSecond)}/s for ${options.liveSeconds} s`,
    columns: ['', 'gateway (graphql-ws)', 'bare ws', 'gateway / ws'],
    rows: [
      row('subscribers connected', (run) => run.connect.connected, num, false),
      row('subscribed after the pause', (run) => run.status.open, num, false),
      row('time to connect all', (run) => run.connect.seconds * 1000, ms),
      row('memory per idle subscriber (RSS)', (run) => run.perSubscriber.rss, bytes),
      row('memory per idle subscriber (heap + external)', (run) => run.perSubscriber.heap, bytes),
      row('webhooks sent', (run) => paced(run).sent, num, false),
      row('webhooks acknowledged (200)', (run) => paced(run).acked, num, false),
      row(`webhooks unanswered after ${WEBHOOK_TIMEOUT_MS / 1000} s`, (run) => paced(run).unanswered, num, false),
      row('ingestion rate (acknowledged/s)', (run) => paced(run).ingestRate, num),
      row('webhook ack p50', (run) => paced(run).ackP50, ms),
      row('webhook ack p99', (run) => paced(run).ackP99, ms),
      row('delivered', (run) => paced(run).delivered, num, false),
      row('lost (not refused, never delivered)', (run) => paced(run).lost, num, false),
      row('unexpected (no webhook for them)', (run) => paced(run).unexpected, num, false),
      row('webhook → subscriber p50', (run) => paced(run).latencyP50, ms),
      row('webhook → subscriber p99', (run) => paced(run).latencyP99, ms),
      row('webhook → subscriber max', (run) => paced(run).latencyMax, ms),
      row(
        `max ingestion rate (${options.burstConcurrency} in flight, ${options.burstSeconds} s)`,
        (run) => burst(run).ingestRate,
        num,
      ),
      [
        'burst: delivered / lost',
        ...[gateway, baseline].map((run) => `${num(burst(run).delivered)} / ${num(burst(run).lost)}`),
        '',
      ],
      row('subscriptions ended early', (run) => run.live.ended, num, false),
      [
        `target: p99 < ${TARGET_P99_MS} ms with nothing unanswered or lost, ≤ ${bytes(TARGET_BYTES_PER_SUBSCRIBER)} per idle subscriber`,
        `${latencyVerdict(paced(gateway))} / ${memoryVerdict(gateway.perSubscriber)}`,
        '',
        '',
      ],
    ],
    notes: notesOf(gateway, baseline, count / options.ratePerSecond),
  };
}

function notesOf(gateway: Run, baseline: Run, secondsBetweenEventsOfOneSim: number): string[] {
  const notes = [
    'Each subscriber watches its own SIM (notifications(iccids: [its ICCID])); the webhooks (SMS uplink, signed, unique x-lf-delivery)',
    `go to the subscribers' SIMs in turn, so each event has exactly one subscriber and one SIM gets one every ${num(secondsBetweenEventsOfOneSim, 2)} s.`,
    'Latency: from just before the POST to the message at the subscriber, on one clock: the sender and the subscribers share a',
    "process (not the server's); a delivery is matched to the oldest unanswered webhook for its SIM.",
    'Memory: the server process after a forced GC, before the subscribers connected and after they idled; delta / subscribers.',
  ];
  for (const [name, run] of [
    ['gateway', gateway],
    ['bare ws', baseline],
  ] as const) {
    if (run.status.firstProblem)
      notes.push(`${name}: first subscription problem: ${run.status.firstProblem.slice(0, 300)}`);
  }
  return notes;
}
