import { BENCH_CREDENTIALS } from '../support/credentials.js';
import { CsssClient } from '../../src/upstream/csss/client.js';
import type { BenchOptions } from '../options.js';
import type { Child } from '../support/child.js';
import { postGraphQL } from '../support/graphql.js';
import { startGatewayChild, startSandboxChild, stopAll } from '../support/servers.js';
import { mapConcurrently, percentile } from '../support/stats.js';
import { ms, num, ratio, type Table } from '../support/table.js';

/**
 * Issue 3, batching: one `sims(iccids)` query for 1,000 SIMs with usage, none of them cached yet; the sandbox
 * counts the upstream calls it made. Baselines, through a signed client in this process against the same sandbox:
 * the batching minimum done by hand (every chunk at once) and the naive one-call-per-SIM loop.
 * Both sides first do the same work `warmups` times, each on another 1,000 SIMs, so the time is that of optimised
 * code, not of a process's first requests (the gateway has far more code to optimise than the hand-written loop). Then `rounds` pairs: the gateway on a fresh set of 1,000 SIMs (cold in its cache), at
 * once followed by the minimum on the same set, so a change in the machine's load touches both sides of a pair;
 * the medians are shown, and the verdict is the median of the pairs' ratios.
 */
export const QUERY = 'query FleetUsage($iccids: [ID!]!) { sims(iccids: $iccids) { iccid usage { usedBytes } } }';

/** Goal of issue 11: the gateway's time over the hand-batched minimum's. */
const TIME_GOAL = 1.5;

/** Calls in flight for the naive loop: as many as the gateway's upstream pool has sockets. */
const NAIVE_CALLS_IN_FLIGHT = 32;

interface Timed {
  ms: number;
  /** CPU time the side spent (the gateway process's, or this process's for the minimum by hand). */
  cpuMs: number;
  /** SIMs whose usage came back. */
  answered: number;
}

interface Round {
  gateway: Timed;
  /** Upstream calls of the gateway's query. */
  calls: number;
  batched: Timed;
}

export async function benchBatching({ sims, batchLimit, rounds, warmups }: BenchOptions['batching']): Promise<Table> {
  const children: Child<unknown>[] = [];
  const client = (url: string) =>
    new CsssClient({ baseUrl: url, accessCode: BENCH_CREDENTIALS.accessCode, secret: BENCH_CREDENTIALS.secret });
  try {
    const sandbox = await startSandboxChild((rounds + warmups) * sims);
    children.push(sandbox);
    const gateway = await startGatewayChild(sandbox);
    children.push(gateway);
    const fleet = await sandbox.request<string[]>('iccids');
    const setOf = (index: number) => fleet.slice(index * sims, (index + 1) * sims);
    const gatewayCpu = () => gateway.request<number>('cpu');
    const viaGateway = (iccids: string[]) => timed(() => gatewayQuery(gateway.ready.url, iccids), gatewayCpu);

    const csss = client(sandbox.ready.url);
    try {
      for (let run = 0; run < warmups; run++) {
        await viaGateway(setOf(rounds + run));
        await byHandBatched(csss, setOf(rounds + run), batchLimit);
      }
      const measured: Round[] = [];
      for (let round = 0; round < rounds; round++) {
        await sandbox.request('resetCalls');
        const gatewayRun = await viaGateway(setOf(round));
        const calls = await sandbox.request<number>('calls');
        measured.push({
          gateway: gatewayRun,
          calls,
          batched: await timed(() => byHandBatched(csss, setOf(round), batchLimit), ownCpu),
        });
      }
      const naive = await timed(() => byHandNaive(csss, setOf(0)), ownCpu);
      const minimum = Math.ceil(sims / batchLimit) * 2;
      const gatewayMs = median(measured.map((run) => run.gateway.ms));
      const batchedMs = median(measured.map((run) => run.batched.ms));
      const pairRatio = median(measured.map((run) => run.gateway.ms / run.batched.ms));
      const gatewayCpuMs = median(measured.map((run) => run.gateway.cpuMs));
      const batchedCpuMs = median(measured.map((run) => run.batched.cpuMs));
      const calls = Math.max(...measured.map((run) => run.calls));
      const callsMet = measured.every((run) => run.calls === minimum);
      const answered = (side: 'gateway' | 'batched') => Math.min(...measured.map((run) => run[side].answered));
      return {
        title: `Batching: sims(iccids) { iccid usage { usedBytes } } for ${num(sims)} SIMs, cold cache, median of ${rounds} paired runs`,
        columns: ['', 'gateway', 'minimum (batched by hand)', 'naive (one call per SIM)', 'gateway / minimum'],
        rows: [
          ['upstream calls (most of any run)', num(calls), num(minimum), num(sims * 2), ratio(calls, minimum)],
          ['time (median)', ms(gatewayMs), ms(batchedMs), ms(naive.ms), `${num(pairRatio, 2)}×`],
          ['CPU time (median)', ms(gatewayCpuMs), ms(batchedCpuMs), ms(naive.cpuMs), ratio(gatewayCpuMs, batchedCpuMs)],
          [
            'SIMs answered with usage (fewest of any run)',
            num(answered('gateway')),
            num(answered('batched')),
            num(naive.answered),
            '',
          ],
          ['calls == minimum in every run', callsMet ? 'yes' : 'no', '', '', ''],
        ],
        notes: [
          `minimum = ceil(${sims} / ${batchLimit}) x 2 (listSims + getUsageBatch); naive = ${sims} x 2 (getSim + getUsage), ${NAIVE_CALLS_IN_FLIGHT} calls in flight, run once.`,
          `Before the measured runs, each side did ${warmups} unmeasured ones, each on other SIMs, so both are timed as optimised code.`,
          'The sandbox answers at once here (no injected latency): the times are the cost of the work, not of waiting.',
          "CPU time: the gateway process's for its query; this process's for the minimum and the naive loop (signing, HTTP, decoding). Unlike the time, it hardly moves with the machine's load.",
          `Runs (gateway / minimum, ms): ${measured.map((run) => `${run.gateway.ms.toFixed(0)}/${run.batched.ms.toFixed(0)}`).join(', ')}; the ratio is the median of the runs' ratios.`,
          `Goal: time <= ${TIME_GOAL}x the minimum with the same calls: ${callsMet && pairRatio <= TIME_GOAL ? 'met' : 'missed'} (${num(pairRatio, 2)}×).`,
        ],
      };
    } finally {
      await csss.close();
    }
  } finally {
    await stopAll(...children);
  }
}

function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

async function timed(work: () => Promise<number>, cpu: () => Promise<number> | number): Promise<Timed> {
  const cpuBefore = await cpu();
  const started = performance.now();
  const answered = await work();
  const elapsed = performance.now() - started;
  return { ms: elapsed, cpuMs: (await cpu()) - cpuBefore, answered };
}

function ownCpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

async function gatewayQuery(url: string, iccids: string[]): Promise<number> {
  const result = await postGraphQL<{ sims: ({ usage: unknown } | null)[] }>(url, QUERY, { iccids });
  return result.data?.sims.filter((sim) => sim?.usage).length ?? 0;
}

async function byHandBatched(client: CsssClient, iccids: string[], limit: number): Promise<number> {
  const chunks = Array.from({ length: Math.ceil(iccids.length / limit) }, (_, index) =>
    iccids.slice(index * limit, (index + 1) * limit),
  );
  const [, usage] = await Promise.all([
    Promise.all(chunks.map((chunk) => client.call('listSims', { iccids: chunk }))),
    Promise.all(chunks.map((chunk) => client.call('getUsageBatch', { iccids: chunk }))),
  ]);
  return usage.flat().filter((item) => 'value' in item).length;
}

async function byHandNaive(client: CsssClient, iccids: string[]): Promise<number> {
  const answers = await mapConcurrently(iccids, NAIVE_CALLS_IN_FLIGHT / 2, (iccid) =>
    Promise.all([client.call('getSim', { iccid }), client.call('getUsage', { iccid })]).then(
      () => 1,
      () => 0,
    ),
  );
  return answers.reduce<number>((sum, answered) => sum + answered, 0);
}
