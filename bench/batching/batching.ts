import { SANDBOX_CREDENTIALS } from '../../src/config.js';
import { CsssClient } from '../../src/upstream/csss/client.js';
import type { BenchOptions } from '../options.js';
import type { Child } from '../support/child.js';
import { postGraphQL } from '../support/graphql.js';
import { startGatewayChild, startSandboxChild, stopAll } from '../support/servers.js';
import { mapConcurrently } from '../support/stats.js';
import { ms, num, ratio, type Table } from '../support/table.js';

/**
 * Issue 3, batching: one `sims(iccids)` query for 1,000 SIMs with usage, none of them cached yet; the sandbox
 * counts the upstream calls it made. Baselines, through a signed client in this process against the same sandbox:
 * the batching minimum done by hand (every chunk at once) and the naive one-call-per-SIM loop.
 * Both sides first do the same work for another 1,000 SIMs, so the time is that of optimised code, not of a
 * process's first request; the measured SIMs are still cold in the gateway's cache.
 */
export const QUERY = 'query FleetUsage($iccids: [ID!]!) { sims(iccids: $iccids) { iccid usage { usedBytes } } }';

/** Goal of issue 11: the gateway's time over the hand-batched minimum's. */
const TIME_GOAL = 1.5;

/** Calls in flight for the naive loop: as many as the gateway's upstream pool has sockets. */
const NAIVE_CALLS_IN_FLIGHT = 32;

interface Timed {
  ms: number;
  /** SIMs whose usage came back. */
  answered: number;
}

export async function benchBatching({ sims, batchLimit }: BenchOptions['batching']): Promise<Table> {
  const children: Child<unknown>[] = [];
  const client = (url: string) =>
    new CsssClient({ baseUrl: url, accessCode: SANDBOX_CREDENTIALS.accessCode, secret: SANDBOX_CREDENTIALS.secret });
  try {
    const sandbox = await startSandboxChild(2 * sims);
    children.push(sandbox);
    const gateway = await startGatewayChild(sandbox);
    children.push(gateway);
    const fleet = await sandbox.request<string[]>('iccids');
    const [measured, warmup] = [fleet.slice(0, sims), fleet.slice(sims)];
    const viaGateway = (iccids: string[]) => timed(() => gatewayQuery(gateway.ready.url, iccids));

    await viaGateway(warmup);
    await sandbox.request('resetCalls');
    const gatewayRun = await viaGateway(measured);
    const calls = await sandbox.request<number>('calls');

    const csss = client(sandbox.ready.url);
    try {
      await byHandBatched(csss, warmup, batchLimit);
      const batched = await timed(() => byHandBatched(csss, measured, batchLimit));
      const naive = await timed(() => byHandNaive(csss, measured));
      const minimum = Math.ceil(sims / batchLimit) * 2;
      return {
        title: `Batching: sims(iccids) { iccid usage { usedBytes } } for ${num(sims)} SIMs, cold cache`,
        columns: ['', 'gateway', 'minimum (batched by hand)', 'naive (one call per SIM)', 'gateway / minimum'],
        rows: [
          ['upstream calls', num(calls), num(minimum), num(sims * 2), ratio(calls, minimum)],
          ['time', ms(gatewayRun.ms), ms(batched.ms), ms(naive.ms), ratio(gatewayRun.ms, batched.ms)],
          ['SIMs answered with usage', num(gatewayRun.answered), num(batched.answered), num(naive.answered), ''],
          ['calls == minimum', calls === minimum ? 'yes' : 'no', '', '', ''],
        ],
        notes: [
          `minimum = ceil(${sims} / ${batchLimit}) x 2 (listSims + getUsageBatch); naive = ${sims} x 2 (getSim + getUsage), ${NAIVE_CALLS_IN_FLIGHT} calls in flight.`,
          'The sandbox answers at once here (no injected latency): the times are the cost of the work, not of waiting.',
          `Goal: time <= ${TIME_GOAL}x the minimum with the same calls: ${calls === minimum && gatewayRun.ms <= TIME_GOAL * batched.ms ? 'met' : 'missed'} (${ratio(gatewayRun.ms, batched.ms)}). The SIMs and their usage are asked at once, as by hand; what remains is GraphQL execution of 1,000 objects and their JSON.`,
        ],
      };
    } finally {
      await csss.close();
    }
  } finally {
    await stopAll(...children);
  }
}

async function timed(work: () => Promise<number>): Promise<Timed> {
  const started = performance.now();
  const answered = await work();
  return { ms: performance.now() - started, answered };
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
