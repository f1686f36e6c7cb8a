import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { SANDBOX_CREDENTIALS } from '../../src/config.js';
import type { FaultSpec } from '../../src/sandbox/faults.js';
import {
  NOTIFICATION_DELIVERY_HEADER,
  NOTIFICATION_SIGNATURE_HEADER,
  type SmsUplinkBody,
} from '../../src/upstream/notifications/payloads.js';
import { signNotification } from '../../src/upstream/notifications/sign.js';
import { launch } from '../support/child.js';
import { postGraphQL } from '../support/graphql.js';
import { bytes, num, renderTable } from '../support/table.js';
import type { SoakReady, SoakSample } from './gateway.js';

/**
 * `npm run soak [-- --minutes N]` (10 by default): the gateway under a steady mixed load for a long time.
 * Queries (one SIM, 50 SIMs, plans, orders), mutations (orders, SMS), subscribers connecting and leaving, signed
 * webhooks, and an upstream fault injected now and then. Every 10 s the gateway's memory (after a collection) and
 * event-loop delay are sampled. It fails (exit code 1) when memory keeps growing (the last quarter's median heap over
 * the second quarter's by more than 25% + 8 MiB) or when any webhook the gateway acknowledged never reached the
 * witness, a subscriber that stays connected the whole time.
 */
const minutes = minutesArg(process.argv.slice(2));
const SAMPLE_MS = 10_000;
const FAULT_EVERY_MS = 20_000;
const CHURNERS = 20;
const QUERY_WORKERS = 3;
const FAULTS: FaultSpec[] = [
  { endpoint: 'csss.getUsage', kind: 'http-503', times: 3 },
  { endpoint: 'csss.listSims', kind: 'business', code: '9999', times: 2 },
  { endpoint: 'csss.getSim', kind: 'malformed', times: 1 },
  { endpoint: 'csss.orderPlan', kind: 'http-500', times: 1 },
];

/** Errors of queries and mutations by `extensions.code`, so the table shows what failed and why. */
const errorCodes = new Map<string, number>();
const countErrors = (errors: readonly { message: string; extensions?: { code?: unknown } }[] | undefined) => {
  for (const error of errors ?? []) {
    const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'NO_CODE';
    errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
  }
};

const counts = {
  queries: 0,
  queryErrors: 0,
  mutations: 0,
  mutationErrors: 0,
  webhooksAcked: 0,
  webhooksRefused: 0,
  joined: 0,
  left: 0,
  faults: 0,
  churnEvents: 0,
};
const child = await launch<SoakReady>(new URL('./gateway.js', import.meta.url), { execArgv: ['--expose-gc'] });
const { url, notifySecret } = child.ready;
const world = await child.request<{ iccids: string[]; planCode: string }>('world');
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)];
const ws = (): Client =>
  createClient({
    url: url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: () => undefined,
  });

// The witness: one subscriber for the whole run, which must see every acknowledged webhook.
const witness = ws();
const seen = new Set<string>();
let witnessEnded: unknown = null;
witness.subscribe<{ smsReceived: { text: string } }>(
  { query: 'subscription { smsReceived { text } }' },
  {
    next: ({ data }) => data && seen.add(data.smsReceived.text),
    error: (error) => (witnessEnded = error),
    complete: () => (witnessEnded ??= 'completed'),
  },
);
await sleep(500);

const acknowledged = new Set<string>();
const runId = randomUUID();
let webhookSequence = 0;
let firstRefusal: string | null = null;
async function webhook(): Promise<void> {
  const sequence = webhookSequence++;
  const text = `soak ${sequence}`;
  const body: SmsUplinkBody = {
    partner_code: SANDBOX_CREDENTIALS.accessCode,
    sim_id: pick(world.iccids),
    imsi: '454070000000000',
    text_message: text,
    received_at: String(Date.now()),
  };
  const response = await fetch(new URL('/webhooks/linksfield/sms-uplink', url), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [NOTIFICATION_SIGNATURE_HEADER]: signNotification({ ...body }, notifySecret),
      [NOTIFICATION_DELIVERY_HEADER]: `soak-${runId}-${sequence}`,
    },
    body: JSON.stringify(body),
  }).catch(() => null);
  if (response?.status === 200) {
    acknowledged.add(text);
    counts.webhooksAcked++;
  } else {
    counts.webhooksRefused++;
    firstRefusal ??= `${response?.status ?? 'no answer'} ${await response?.text().catch(() => '')}`;
  }
  if (response?.bodyUsed === false) await response.body?.cancel();
}

async function query(): Promise<void> {
  const iccid = pick(world.iccids);
  const [text, variables] = pick<[string, Record<string, unknown>]>([
    [
      'query($iccid: ID!) { sim(iccid: $iccid) { iccid lifecycle usage { usedBytes } balance { dataBytes } activeOrder { id status } } }',
      { iccid },
    ],
    [
      'query($iccids: [ID!]!) { sims(iccids: $iccids) { iccid usage { usedBytes } } }',
      { iccids: Array.from({ length: 50 }, () => pick(world.iccids)) },
    ],
    ['{ plans { code name } }', {}],
    ['{ orders(first: 20) { totalCount edges { node { id status } } } }', {}],
  ]);
  const result = await postGraphQL(url, text, variables).catch(() => ({ errors: [{ message: 'no answer' }] }));
  counts.queries++;
  if (result.errors?.length) counts.queryErrors++;
  countErrors(result.errors);
}

async function mutation(): Promise<void> {
  const iccid = pick(world.iccids);
  const [text, variables] = pick<[string, Record<string, unknown>]>([
    // Without idempotency keys: each key is rightly kept for 24 hours, growth a short run would mistake for a leak.
    [
      'mutation($input: OrderPlanInput!) { orderPlan(input: $input) { orderId } }',
      { input: { iccid, planCode: world.planCode } },
    ],
    ['mutation($iccid: ID!) { sendSms(input: { iccid: $iccid, text: "soak" }) { message { id } } }', { iccid }],
  ]);
  const result = await postGraphQL(url, text, variables).catch(() => ({ errors: [{ message: 'no answer' }] }));
  counts.mutations++;
  if (result.errors?.length) counts.mutationErrors++;
  countErrors(result.errors);
}

// Subscribers that come and go: each stays a few seconds, then leaves and another takes its place.
async function churner(until: number): Promise<void> {
  while (Date.now() < until) {
    const client = ws();
    counts.joined++;
    client.subscribe(
      { query: 'subscription { notifications { id kind iccids } }' },
      { next: () => counts.churnEvents++, error: () => undefined, complete: () => undefined },
    );
    await sleep(2_000 + Math.random() * 6_000);
    await client.dispose();
    counts.left++;
  }
}

async function every(ms: number, until: number, work: () => Promise<void>): Promise<void> {
  while (Date.now() < until) {
    await Promise.all([work(), sleep(ms)]);
  }
}

let witnessDropped = false;
const samples: (SoakSample & { at: number })[] = [];
const started = Date.now();
const until = started + minutes * 60_000;
console.log(`# Soak: ${minutes} min, gateway pid ${child.pid}`);
try {
  await Promise.all([
    ...Array.from({ length: QUERY_WORKERS }, () => every(20, until, query)),
    every(500, until, mutation),
    every(50, until, webhook),
    ...Array.from({ length: CHURNERS }, () => churner(until)),
    every(FAULT_EVERY_MS, until, async () => {
      await sleep(FAULT_EVERY_MS / 2);
      await child.request('inject', pick(FAULTS));
      counts.faults++;
    }),
    every(SAMPLE_MS, until + 1, async () => {
      const sample = await child.request<SoakSample>('sample');
      samples.push({ ...sample, at: (Date.now() - started) / 1000 });
      console.log(
        `${String(Math.round((Date.now() - started) / 1000)).padStart(5)} s  heap ${bytes(sample.heap)}  rss ${bytes(sample.rss)}  loop p99 ${num(sample.loopDelayP99Ms, 1)} ms  max ${num(sample.loopDelayMaxMs, 1)} ms`,
      );
    }),
  ]);
  // Deliveries still on their way when the load stopped.
  await sleep(3_000);
} finally {
  witnessDropped = witnessEnded !== null;
  await witness.dispose();
  await child.stop();
}

const lost = [...acknowledged].filter((text) => !seen.has(text));
const quarter = (index: number) =>
  median(
    samples
      .slice(Math.floor((samples.length * index) / 4), Math.floor((samples.length * (index + 1)) / 4))
      .map((sample) => sample.heap),
  );
const [early, late] = [quarter(1), quarter(3)];
const growing = samples.length >= 8 && late > early * 1.25 + 8 * 1024 * 1024;
const failed = lost.length > 0 || growing || witnessDropped;
console.log(
  '\n' +
    renderTable({
      title: `Soak: ${minutes} min of mixed load`,
      columns: ['', 'value'],
      rows: [
        ['queries (with errors)', `${num(counts.queries)} (${num(counts.queryErrors)})`],
        ['mutations (with errors)', `${num(counts.mutations)} (${num(counts.mutationErrors)})`],
        [
          'their errors by code',
          [...errorCodes]
            .sort((a, b) => b[1] - a[1])
            .map(([code, count]) => `${code} ${num(count)}`)
            .join(', ') || '—',
        ],
        ['webhooks acknowledged (refused)', `${num(counts.webhooksAcked)} (${num(counts.webhooksRefused)})`],
        ['events the witness got (it listens to SMS uplinks only)', num(seen.size)],
        ['acknowledged events the witness never got', num(lost.length)],
        ['subscribers joined / left', `${num(counts.joined)} / ${num(counts.left)}`],
        ['events delivered to leaving subscribers', num(counts.churnEvents)],
        ['upstream faults injected', num(counts.faults)],
        ['heap, second quarter → last quarter (median)', `${bytes(early)} → ${bytes(late)}`],
        ['RSS, first → last sample', `${bytes(samples[0]?.rss ?? NaN)} → ${bytes(samples.at(-1)?.rss ?? NaN)}`],
        [
          'event-loop delay p99, worst sample',
          `${num(Math.max(...samples.map((sample) => sample.loopDelayP99Ms)), 1)} ms`,
        ],
        ['first refused webhook', firstRefusal ?? '—'],
        ['witness disconnected', witnessDropped ? JSON.stringify(witnessEnded).slice(0, 200) : 'no'],
        [
          'verdict',
          failed
            ? `FAILED${lost.length ? ': events lost' : ''}${growing ? ': memory keeps growing' : ''}${witnessDropped ? ': the witness was disconnected' : ''}`
            : 'passed',
        ],
      ],
      notes: [
        'Queries and mutations answered with errors are expected while faults are injected; what must hold is no lost event and no growth.',
      ],
    }),
);
process.exit(failed ? 1 : 0);

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function minutesArg(args: string[]): number {
  const index = args.indexOf('--minutes');
  if (index < 0) return 10;
  const value = Number(args[index + 1]);
  if (!(value > 0)) {
    console.error(`--minutes must be a positive number (got "${args[index + 1]}")`);
    process.exit(2);
  }
  return value;
}
