import { createConnection } from 'node:net';
import { createClient } from 'redis';
import type { BenchOptions } from '../options.js';
import { launch, type Child } from '../support/child.js';
import { postGraphQL } from '../support/graphql.js';
import { fleetComplete, startGatewayChild, startSandboxChild, stopAll } from '../support/servers.js';
import { bytes, ms, num, ratio, type Table } from '../support/table.js';
import { load } from '../single-sim/load.js';
import type { PlainFleetReady } from './plain-server.js';
import { PAGE_QUERY, pageBody, SHARE_ABOVE, SUMMARY_QUERY } from './queries.js';

/**
 * Issue 12, fleet views at scale: two gateways sharing Redis start together over a sandbox of `sims` SIMs; the
 * sandbox counts the upstream calls of the one build they make between them, against the paging and batching
 * minimum. Then a filtered, sorted first page of 50 and the fleet summary, one request at a time, beside a plain
 * `node:http` server filtering and sorting a plain array of the same records. Memory per SIM is measured in the
 * baseline's process: the records alone, and with the gateway's sorted indexes.
 */
export async function benchFleet({ sims, seconds, redisUrl }: BenchOptions['fleet']): Promise<Table> {
  const children: Child<unknown>[] = [];
  const prefix = `bench:fleet:${process.pid}:${Date.now().toString(36)}:`;
  const shared = await reachable(redisUrl);
  try {
    const sandbox = await startSandboxChild(sims);
    children.push(sandbox);
    const withOrder = await sandbox.request<number>('simsWithOrder');
    await sandbox.request('resetCalls');
    const env: Record<string, string> = shared
      ? { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix, FLEET_REFRESH_SECONDS: '3600' }
      : { FLEET_REFRESH_SECONDS: '3600' };
    const started = performance.now();
    const gateways = await Promise.all((shared ? [1, 2] : [1]).map(() => startGatewayChild(sandbox, env)));
    children.push(...gateways);
    await Promise.all(gateways.map((gateway) => fleetComplete(gateway.ready.url)));
    const buildMs = performance.now() - started;
    const calls = await sandbox.request<Record<string, number>>('callsByEndpoint');
    const built = (calls['csss.listSims'] ?? 0) + (calls['csss.getUsageBatch'] ?? 0);
    const minimum = Math.ceil(sims / 100) + Math.ceil(withOrder / 100);

    const plain = await launch<PlainFleetReady>(new URL('./plain-server.js', import.meta.url), {
      execArgv: ['--expose-gc'],
      env: { BENCH_UPSTREAM_URL: sandbox.ready.url },
      startTimeoutMs: 15 * 60_000,
    });
    children.push(plain);
    const url = gateways[0].ready.url;
    const check = await postGraphQL<{ fleet: { sims: { totalCount: number } } }>(url, PAGE_QUERY, {
      share: SHARE_ABOVE,
    });
    const body = pageBody(false);
    // One request at a time: the latency of one answer, not of a queue.
    await load({ url, connections: 1, body, seconds: Math.max(1, seconds / 5) });
    const page = await load({ url, connections: 1, body, seconds });
    const fresh = await load({ url, connections: 1, body: pageBody(true), seconds });
    await load({ url: plain.ready.url, connections: 1, body, seconds: Math.max(1, seconds / 5) });
    const baseline = await load({ url: plain.ready.url, connections: 1, body, seconds });
    const summary = await load({ url, connections: 1, body: JSON.stringify({ query: SUMMARY_QUERY }), seconds });

    return {
      title: `Fleet: ${num(sims)} SIMs, ${shared ? 'two gateways sharing Redis' : 'one gateway in memory (no Redis answered)'}`,
      columns: ['', 'gateway', 'baseline', 'ratio', 'target'],
      rows: [
        [
          'upstream calls for the full build',
          num(built),
          `${num(minimum)} minimum`,
          ratio(built, minimum),
          built === minimum ? 'calls = minimum: met' : 'calls = minimum: MISSED',
        ],
        [
          'builds for the instances started',
          num(built / minimum, 2),
          '1',
          '',
          shared ? 'one at a time across instances' : '',
        ],
        ['time to a complete inventory', ms(buildMs), '', '', ''],
        [
          'memory per SIM (records + indexes)',
          bytes(plain.ready.inventoryPerSim),
          `${bytes(plain.ready.recordsPerSim)} records alone`,
          ratio(plain.ready.inventoryPerSim, plain.ready.recordsPerSim),
          plain.ready.inventoryPerSim <= 1024 ? '≤ 1 KiB: met' : '≤ 1 KiB: MISSED',
        ],
        [
          'filtered sorted page of 50: p50',
          ms(page.p50),
          ms(baseline.p50),
          ratio(page.p50, baseline.p50),
          page.p50 <= 5 ? '≤ 5 ms: met' : '≤ 5 ms: MISSED',
        ],
        ['filtered sorted page of 50: p99', ms(page.p99), ms(baseline.p99), ratio(page.p99, baseline.p99), ''],
        [
          'same page, a filter never asked before: p50',
          ms(fresh.p50),
          ms(baseline.p50),
          ratio(fresh.p50, baseline.p50),
          fresh.p50 <= 5 ? '≤ 5 ms: met' : '≤ 5 ms: MISSED',
        ],
        [
          'same page, a filter never asked before: p99',
          ms(fresh.p99),
          ms(baseline.p99),
          ratio(fresh.p99, baseline.p99),
          '',
        ],
        [
          'page requests/s (one at a time)',
          num(page.requestsPerSecond),
          num(baseline.requestsPerSecond),
          ratio(page.requestsPerSecond, baseline.requestsPerSecond),
          '',
        ],
        ['summary: p50', ms(summary.p50), '', '', summary.p50 <= 20 ? '≤ 20 ms: met' : '≤ 20 ms: MISSED'],
        [
          'answers with errors',
          num(page.withErrors + page.failed + fresh.withErrors + fresh.failed + summary.withErrors + summary.failed),
          num(baseline.failed),
          '',
          '',
        ],
      ],
      notes: [
        `The page: ${num(check.data?.fleet.sims.totalCount ?? NaN)} of ${num(sims)} SIMs pass the filter (active, with a plan, over 50% used), sorted by usage descending.`,
        'A filter never asked before: each request a new share threshold, so no matching list kept from an earlier request helps; the baseline filters and sorts its array on every request either way.',
        `minimum = ceil(${num(sims)} / 100) pages of §2.1 + ceil(${num(withOrder)} SIMs with an order / 100) usage batches of §3.2.`,
      ],
    };
  } finally {
    await stopAll(...children);
    if (shared) await forget(redisUrl, prefix);
  }
}

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Deletes the keys the run wrote. */
async function forget(url: string, prefix: string): Promise<void> {
  const redis = createClient({ url });
  await redis.connect();
  for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 }))
    if (keys.length > 0) await redis.del(keys);
  redis.destroy();
}
