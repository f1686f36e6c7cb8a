import type { BenchOptions } from '../options.js';
import { launch, type Child } from '../support/child.js';
import { postGraphQL } from '../support/graphql.js';
import { startGatewayChild, startSandboxChild, stopAll } from '../support/servers.js';
import { ms, num, ratio, type Table } from '../support/table.js';
import { load, type LoadResult } from './load.js';
import type { PlainReady } from './plain-server.js';

/**
 * Issue 3, one SIM at a time: autocannon in this process against the gateway and the hand-written baseline
 * (`plain-server.ts`), each in its own child process, both over one sandbox child.
 * HOT: one ICCID over and over, answers cached (the gateway's read cache, the baseline's Map).
 * COLD: 20 ms added to every upstream call and a different ICCID per request, so nothing is ever cached.
 * Each side first runs a warm-up (discarded) so both are measured with their code optimised.
 */
const QUERY = 'query SimSummary($iccid: ID!) { sim(iccid: $iccid) { iccid lifecycle usage { usedBytes remainingHighSpeedBytes } } }';
const bodyFor = (iccid: string) => JSON.stringify({ query: QUERY, variables: { iccid } });

export async function benchSingleSim(options: BenchOptions['singleSim']): Promise<Table> {
  const { connections, hotSeconds, warmupSeconds, coldRequests, coldLatencyMs } = options;
  const coldWarmup = Math.min(500, coldRequests);
  // autocannon builds each connection's next body before it is needed: lists get that many spare ICCIDs.
  const spare = connections;
  const children: Child<unknown>[] = [];
  try {
    // The fleet: one hot SIM, SIMs to warm the cold path with, and one fresh SIM per cold request.
    const sandbox = await startSandboxChild(1 + coldWarmup + coldRequests + 2 * spare);
    children.push(sandbox);
    const iccids = await sandbox.request<string[]>('iccids');
    const hot = iccids[0];
    const warmIccids = iccids.slice(1, 1 + coldWarmup + spare);
    const coldIccids = iccids.slice(1 + coldWarmup + spare);
    const gateway = await startGatewayChild(sandbox);
    children.push(gateway);
    const plainHot = await startPlainChild(sandbox.ready.url, true);
    children.push(plainHot);
    const plainCold = await startPlainChild(sandbox.ready.url, false);
    children.push(plainCold);

    // The sandbox's count over a measured run shows each side made the upstream calls it should.
    const counted = async (run: () => Promise<LoadResult>): Promise<Measured> => {
      await sandbox.request('resetCalls');
      const result = await run();
      return { ...result, callsPerRequest: (await sandbox.request<number>('calls')) / result.completed };
    };
    const runHot = async (url: string) => {
      await expectAnswer(url, hot);
      await load({ url, connections, body: bodyFor(hot), seconds: warmupSeconds });
      return counted(() => load({ url, connections, body: bodyFor(hot), seconds: hotSeconds }));
    };
    // Warmed with no added latency (it only has to run the code), measured with it.
    const runCold = async (url: string) => {
      await sandbox.request('setLatency', 0);
      await load({ url, connections, body: nextOf(warmIccids), amount: coldWarmup });
      await sandbox.request('setLatency', coldLatencyMs);
      const result = await counted(() => load({ url, connections, body: nextOf(coldIccids), amount: coldRequests }));
      await sandbox.request('setLatency', 0);
      return result;
    };
    const hotGateway = await runHot(gateway.ready.url);
    const hotPlain = await runHot(plainHot.ready.url);
    const coldGateway = await runCold(gateway.ready.url);
    // The baseline caches nothing, so it may reuse the SIMs the gateway has already read.
    const coldPlain = await runCold(plainCold.ready.url);

    return {
      title: 'Single SIM: sim(iccid) { iccid lifecycle usage { usedBytes remainingHighSpeedBytes } }',
      columns: ['', 'gateway', 'plain node:http', 'gateway / plain'],
      rows: [...rowsOf('HOT', hotGateway, hotPlain), ...rowsOf('COLD', coldGateway, coldPlain)],
      notes: [
        `HOT: ${hotSeconds} s after a ${warmupSeconds} s warm-up, one ICCID, cache warm. COLD: ${num(coldRequests)} requests, each a different ICCID, ${coldLatencyMs} ms added to every upstream call.`,
        'autocannon runs in the bench process; the gateway, the plain server and the sandbox each in a child process of their own.',
        'Load generator CPU near 1.00 means autocannon itself was the limit: that side could go faster than shown.',
        `${connections} connections. Target: HOT throughput at 0.35x the plain server or better; reached ${ratio(hotGateway.requestsPerSecond, hotPlain.requestsPerSecond)}.`,
        'The plain server makes getSim and getUsage at once; the gateway resolves usage after the SIM (a field of it), so COLD it waits for two round trips in a row.',
      ],
    };
  } finally {
    await stopAll(...children);
  }
}

type Measured = LoadResult & { callsPerRequest: number };

function rowsOf(label: string, gateway: Measured, plain: Measured): string[][] {
  const rows = [
    [`${label} requests/s`, num(gateway.requestsPerSecond), num(plain.requestsPerSecond), ratio(gateway.requestsPerSecond, plain.requestsPerSecond)],
    [`${label} p50`, ms(gateway.p50), ms(plain.p50), ratio(gateway.p50, plain.p50)],
    [`${label} p99`, ms(gateway.p99), ms(plain.p99), ratio(gateway.p99, plain.p99)],
    [`${label} upstream calls per request`, num(gateway.callsPerRequest, 3), num(plain.callsPerRequest, 3), ''],
    [`${label} load generator CPU (cores)`, num(gateway.generatorCpu, 2), num(plain.generatorCpu, 2), ''],
  ];
  const failures = (result: LoadResult) => result.failed + result.withErrors;
  if (failures(gateway) + failures(plain) > 0) rows.push([`${label} failed or with errors`, num(failures(gateway)), num(failures(plain)), '']);
  return rows;
}

/** Bodies for a count run: each request the next ICCID of the list, which holds more than the run sends. */
function nextOf(iccids: string[]): () => string {
  let next = 0;
  return () => bodyFor(iccids[Math.min(next++, iccids.length - 1)]);
}

function startPlainChild(upstreamUrl: string, cached: boolean): Promise<Child<PlainReady>> {
  return launch<PlainReady>(new URL('./plain-server.js', import.meta.url), {
    env: { BENCH_UPSTREAM_URL: upstreamUrl, BENCH_PLAIN_CACHE: cached ? '1' : '0' },
  });
}

/** A load run of error answers would measure the wrong thing: check one answer first. */
async function expectAnswer(url: string, iccid: string): Promise<void> {
  const result = await postGraphQL<{ sim: { usage: unknown } }>(url, QUERY, { iccid });
  if (result.errors?.length || !result.data?.sim.usage) throw new Error(`${url} did not answer the single-SIM query: ${JSON.stringify(result)}`);
}
