import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../../src/server/trusted-documents.js';
import type { BenchOptions } from '../options.js';
import { launch, type Child } from '../support/child.js';
import { postGraphQL } from '../support/graphql.js';
import { startGatewayChild, startSandboxChild, stopAll } from '../support/servers.js';
import { ms, num, ratio, type Table } from '../support/table.js';
import type { FloorReady } from './apollo-floor.js';
import { load, type LoadResult } from './load.js';
import type { PlainReady } from './plain-server.js';

/**
 * One SIM at a time: autocannon in this process against, each in its own child process over one sandbox child,
 * - the gateway with an arbitrary document (the full pipeline: parse, validate, limits, execute, read cache),
 * - the same gateway with the query as a trusted document (answered from the response cache before Apollo),
 * - the Apollo floor: Apollo on fastify with a trivial schema answering the same query from constants,
 * - the hand-written baseline (`plain-server.ts`).
 * HOT: one ICCID over and over, answers cached. The four sides run one after the other, `rounds` times
 * interleaved, so a change in the machine's load touches every side alike; the mean of the rounds is shown.
 * COLD: 20 ms added to every upstream call and a different ICCID per request, so nothing is ever cached.
 * Each side first runs a warm-up (discarded) so all are measured with their code optimised.
 */
export const QUERY =
  'query SimSummary($iccid: ID!) { sim(iccid: $iccid) { iccid lifecycle usage { usedBytes remainingHighSpeedBytes } } }';
/** The same query as a trusted document, under its own name so that the arbitrary-document side never matches it. */
export const TRUSTED_QUERY = QUERY.replace('query SimSummary', 'query SimSummaryTrusted');
const bodyFor = (iccid: string) => JSON.stringify({ query: QUERY, variables: { iccid } });
const trustedBodyFor = (iccid: string) =>
  JSON.stringify({ documentId: `sha256:${sha256(TRUSTED_QUERY)}`, variables: { iccid } });

/** Goals of issue 11, as ratios to the plain server. */
const HOT_GOAL = 0.45;
const COLD_GOAL = 0.9;

export async function benchSingleSim(options: BenchOptions['singleSim']): Promise<Table> {
  const { connections, hotSeconds, warmupSeconds, coldRequests, coldLatencyMs, rounds } = options;
  const coldWarmup = Math.min(500, coldRequests);
  // autocannon builds each connection's next body before it is needed: lists get that many spare ICCIDs.
  const spare = connections;
  const children: Child<unknown>[] = [];
  const folder = mkdtempSync(join(tmpdir(), 'lf-bench-'));
  try {
    const manifest = join(folder, 'persisted-documents.json');
    writeFileSync(manifest, JSON.stringify({ [sha256(TRUSTED_QUERY)]: TRUSTED_QUERY }));
    // The fleet: one hot SIM, SIMs to warm the cold path with, and one fresh SIM per cold request.
    const sandbox = await startSandboxChild(1 + coldWarmup + coldRequests + 2 * spare);
    children.push(sandbox);
    const iccids = await sandbox.request<string[]>('iccids');
    const hot = iccids[0];
    const warmIccids = iccids.slice(1, 1 + coldWarmup + spare);
    const coldIccids = iccids.slice(1 + coldWarmup + spare);
    const gateway = await startGatewayChild(sandbox, {
      GRAPHQL_TRUSTED_DOCUMENTS: 'allow',
      GRAPHQL_TRUSTED_DOCUMENTS_FILE: manifest,
    });
    children.push(gateway);
    const floor = await launch<FloorReady>(new URL('./apollo-floor.js', import.meta.url));
    children.push(floor);
    const plainHot = await startPlainChild(sandbox.ready.url, true);
    children.push(plainHot);
    const plainCold = await startPlainChild(sandbox.ready.url, false);
    children.push(plainCold);

    // The sandbox's count over a measured run shows each side made the upstream calls it should.
    // With `server`, also the CPU time that server's process spent per request.
    const counted = async (run: () => Promise<LoadResult>, server?: Child<unknown>): Promise<Measured> => {
      await sandbox.request('resetCalls');
      const cpuBefore = await server?.request<number>('cpu');
      const result = await run();
      const cpuAfter = await server?.request<number>('cpu');
      return {
        ...result,
        callsPerRequest: (await sandbox.request<number>('calls')) / result.completed,
        cpuMsPerRequest: cpuBefore === undefined ? null : (cpuAfter! - cpuBefore) / result.completed,
      };
    };
    const hotSides: { url: string; body: string; query: string; runs: Measured[] }[] = [
      { url: gateway.ready.url, body: bodyFor(hot), query: QUERY, runs: [] },
      { url: gateway.ready.url, body: trustedBodyFor(hot), query: TRUSTED_QUERY, runs: [] },
      { url: floor.ready.url, body: bodyFor(hot), query: QUERY, runs: [] },
      { url: plainHot.ready.url, body: bodyFor(hot), query: QUERY, runs: [] },
    ];
    for (const side of hotSides) {
      await expectAnswer(side.url, side.query, hot);
      await load({ url: side.url, connections, body: side.body, seconds: warmupSeconds });
    }
    for (let round = 0; round < rounds; round++) {
      for (const side of hotSides)
        side.runs.push(await counted(() => load({ url: side.url, connections, body: side.body, seconds: hotSeconds })));
    }
    const [hotGateway, hotTrusted, hotFloor, hotPlain] = hotSides.map((side) => meanOf(side.runs));

    // Warmed with no added latency (it only has to run the code), measured with it.
    const runCold = async (server: Child<{ url: string }>) => {
      const { url } = server.ready;
      await sandbox.request('setLatency', 0);
      await load({ url, connections, body: nextOf(warmIccids), amount: coldWarmup });
      await sandbox.request('setLatency', coldLatencyMs);
      const result = await counted(
        () => load({ url, connections, body: nextOf(coldIccids), amount: coldRequests }),
        server,
      );
      await sandbox.request('setLatency', 0);
      return result;
    };
    const coldGateway = await runCold(gateway);
    // The baseline caches nothing, so it may reuse the SIMs the gateway has already read.
    const coldPlain = await runCold(plainCold);

    const hotReached = hotTrusted.requestsPerSecond / hotPlain.requestsPerSecond;
    const coldReached = coldGateway.requestsPerSecond / coldPlain.requestsPerSecond;
    return {
      title: 'Single SIM: sim(iccid) { iccid lifecycle usage { usedBytes remainingHighSpeedBytes } }',
      columns: [
        '',
        'gateway',
        'gateway, trusted document',
        'Apollo floor',
        'plain node:http',
        'gateway / plain',
        'trusted / plain',
        'floor / plain',
      ],
      rows: [
        ...rowsOf('HOT', [hotGateway, hotTrusted, hotFloor, hotPlain]),
        ...rowsOf('COLD', [coldGateway, null, null, coldPlain]),
      ],
      notes: [
        `HOT: ${rounds} interleaved round(s) of ${hotSeconds} s per side after a ${warmupSeconds} s warm-up each, one ICCID, caches warm; the mean is shown. COLD: ${num(coldRequests)} requests, each a different ICCID, ${coldLatencyMs} ms added to every upstream call.`,
        'gateway: the query as any client may send it (Apollo parses, validates and executes it over the read cache). trusted document: the same query sent by its manifest id, answered from the response cache before Apollo. Apollo floor: Apollo on fastify, trivial schema, the same answer from constants.',
        'autocannon runs in the bench process; every server and the sandbox in a child process of its own. Load generator CPU near 1.00 means autocannon itself was the limit.',
        `${connections} connections. Goal HOT (trusted document) >= ${HOT_GOAL}x the plain server: ${hotReached >= HOT_GOAL ? 'met' : 'missed'} (${ratio(hotTrusted.requestsPerSecond, hotPlain.requestsPerSecond)}). Goal COLD >= ${COLD_GOAL}x: ${coldReached >= COLD_GOAL ? 'met' : 'missed'} (${ratio(coldGateway.requestsPerSecond, coldPlain.requestsPerSecond)}).`,
        "COLD, the gateway asks for the SIM and its usage at once (the usage read starts with the SIM read), as the plain server does. Server CPU per request: what the server process spent over the cold run, divided by its requests; unlike requests/s it hardly moves with the machine's load.",
      ],
    };
  } finally {
    await stopAll(...children);
    rmSync(folder, { recursive: true, force: true });
  }
}

type Measured = LoadResult & {
  callsPerRequest: number;
  /** The server process's CPU time per request (ms); null where not measured. */
  cpuMsPerRequest: number | null;
};

function meanOf(runs: Measured[]): Measured {
  const mean = (pick: (run: Measured) => number) => runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;
  const sum = (pick: (run: Measured) => number) => runs.reduce((total, run) => total + pick(run), 0);
  return {
    requestsPerSecond: mean((run) => run.requestsPerSecond),
    p50: mean((run) => run.p50),
    p99: mean((run) => run.p99),
    completed: sum((run) => run.completed),
    failed: sum((run) => run.failed),
    withErrors: sum((run) => run.withErrors),
    generatorCpu: mean((run) => run.generatorCpu),
    callsPerRequest: mean((run) => run.callsPerRequest),
    cpuMsPerRequest: null,
  };
}

/** Rows of one run: the four sides (null where a side is not measured), then the ratios of three of them to plain. */
function rowsOf(label: string, [gateway, trusted, floor, plain]: (Measured | null)[]): string[][] {
  const cell = (side: Measured | null, format: (side: Measured) => string) => (side ? format(side) : '—');
  const ratioTo = (side: Measured | null, pick: (side: Measured) => number) =>
    side && plain ? ratio(pick(side), pick(plain)) : '';
  const measure = (name: string, pick: (side: Measured) => number, format: (value: number) => string) => [
    `${label} ${name}`,
    ...[gateway, trusted, floor, plain].map((side) => cell(side, (present) => format(pick(present)))),
    ...[gateway, trusted, floor].map((side) => ratioTo(side, pick)),
  ];
  const detail = (name: string, format: (side: Measured) => string) => [
    `${label} ${name}`,
    ...[gateway, trusted, floor, plain].map((side) => cell(side, format)),
    '',
    '',
    '',
  ];
  const rows = [
    measure(
      'requests/s',
      (side) => side.requestsPerSecond,
      (value) => num(value),
    ),
    measure('p50', (side) => side.p50, ms),
    measure('p99', (side) => side.p99, ms),
    ...(gateway?.cpuMsPerRequest == null
      ? []
      : [measure('server CPU per request', (side) => side.cpuMsPerRequest!, ms)]),
    detail('upstream calls per request', (side) => num(side.callsPerRequest, 3)),
    detail('load generator CPU (cores)', (side) => num(side.generatorCpu, 2)),
  ];
  const failures = (side: Measured | null) => (side ? side.failed + side.withErrors : 0);
  if ([gateway, trusted, floor, plain].some((side) => failures(side) > 0))
    rows.push(detail('failed or with errors', (side) => num(failures(side))));
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
async function expectAnswer(url: string, query: string, iccid: string): Promise<void> {
  const result = await postGraphQL<{ sim: { usage: unknown } }>(url, query, { iccid });
  if (result.errors?.length || !result.data?.sim.usage)
    throw new Error(`${url} did not answer the single-SIM query: ${JSON.stringify(result)}`);
}
