/**
 * What the bench measures and how long it takes, from the environment. The defaults measure what issues 3 and 4
 * ask (about four minutes on two cores); `BENCH_QUICK=1` shrinks everything to a smoke run of a few seconds.
 *
 * | variable                | default           | quick    |
 * |-------------------------|-------------------|----------|
 * | `BENCH_PARTS`           | all four          |          | comma-separated: batching, single-sim, notifications, fleet
 * | `BENCH_CONNECTIONS`     | 10                | 4        | autocannon connections (single-SIM)
 * | `BENCH_HOT_SECONDS`     | 10                | 1        | measured hot run, after a warm-up of a fifth of it
 * | `BENCH_COLD_REQUESTS`   | 3000              | 100      | cold requests, each a different SIM
 * | `BENCH_ROUNDS`          | 2                 | 1        | interleaved hot rounds (each side once per round); the mean is shown
 * | `BENCH_BATCH_ROUNDS`    | 15                | 2        | paired cold batching runs, each on fresh SIMs; the median is shown
 * | `BENCH_BATCH_WARMUPS`   | 5                 | 1        | unmeasured cold runs of each side first, each on fresh SIMs
 * | `BENCH_SUBSCRIBERS`     | 1000,10000        | 50,200   | subscriber counts, one gateway per count
 * | `BENCH_EVENT_RATE`      | 1000              | 200      | webhooks per second offered
 * | `BENCH_LIVE_SECONDS`    | 10                | 1        | how long events are offered at that rate
 * | `BENCH_BURST_SECONDS`   | 3                 | 0.5      | closed-loop run for the highest ingestion rate
 * | `SANDBOX_SIMS`          | 100000            | 2000     | fleet size of the fleet part
 * | `BENCH_FLEET_SECONDS`   | 10                | 1        | measured run of each fleet query
 * | `REDIS_URL`             | local Redis       |          | where the fleet part's two gateways meet
 */
const PARTS = ['batching', 'single-sim', 'notifications', 'fleet'] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  quick: boolean;
  parts: Part[];
  batching: {
    sims: number;
    /** Upstream batch limit of `listSims` and `getUsageBatch`. */
    batchLimit: number;
    /** Paired cold runs (gateway, then the minimum by hand, each on a fresh SIM set); medians are shown. */
    rounds: number;
    /** Unmeasured cold runs of each side before them, so both are timed as optimised code. */
    warmups: number;
  };
  singleSim: {
    connections: number;
    hotSeconds: number;
    warmupSeconds: number;
    coldRequests: number;
    coldLatencyMs: number;
    rounds: number;
  };
  notifications: {
    subscriberCounts: number[];
    ratePerSecond: number;
    liveSeconds: number;
    burstSeconds: number;
    burstConcurrency: number;
    /** Closed-loop webhooks for an unwatched SIM before anything is measured. */
    warmupSeconds: number;
    /** Sockets opened at once while connecting subscribers. */
    connectConcurrency: number;
    /** Quiet time between the last subscribe and the idle memory reading. */
    settleMs: number;
    /** How long after the last webhook deliveries are still waited for. */
    graceMs: number;
  };
  fleet: {
    sims: number;
    seconds: number;
    redisUrl: string;
  };
}

type Env = Readonly<Record<string, string | undefined>>;

export function benchOptions(env: Env = process.env): BenchOptions {
  const quick = ['1', 'true', 'yes'].includes((env.BENCH_QUICK ?? '').toLowerCase());
  const number = (name: string, normal: number, small: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return quick ? small : normal;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number (got "${raw}")`);
    return value;
  };
  const hotSeconds = number('BENCH_HOT_SECONDS', 10, 1);
  return {
    quick,
    parts: partsOf(env.BENCH_PARTS),
    batching: {
      sims: 1_000,
      batchLimit: 100,
      rounds: Math.round(number('BENCH_BATCH_ROUNDS', 15, 2)),
      warmups: Math.round(number('BENCH_BATCH_WARMUPS', 5, 1)),
    },
    singleSim: {
      connections: Math.round(number('BENCH_CONNECTIONS', 10, 4)),
      hotSeconds,
      warmupSeconds: Math.max(1, Math.round(hotSeconds / 5)),
      coldRequests: Math.round(number('BENCH_COLD_REQUESTS', 3_000, 100)),
      coldLatencyMs: 20,
      rounds: Math.round(number('BENCH_ROUNDS', 2, 1)),
    },
    notifications: {
      subscriberCounts: countsOf(env.BENCH_SUBSCRIBERS, quick ? [50, 200] : [1_000, 10_000]),
      ratePerSecond: number('BENCH_EVENT_RATE', 1_000, 200),
      liveSeconds: number('BENCH_LIVE_SECONDS', 10, 1),
      burstSeconds: number('BENCH_BURST_SECONDS', 3, 0.5),
      burstConcurrency: 32,
      warmupSeconds: quick ? 0.5 : 3,
      connectConcurrency: 100,
      settleMs: quick ? 300 : 2_000,
      graceMs: quick ? 1_000 : 3_000,
    },
    fleet: {
      sims: Math.round(number('SANDBOX_SIMS', 100_000, 2_000)),
      seconds: number('BENCH_FLEET_SECONDS', 10, 1),
      redisUrl: env.REDIS_URL || 'redis://127.0.0.1:6379',
    },
  };
}

function partsOf(raw: string | undefined): Part[] {
  if (!raw) return [...PARTS];
  const parts = raw.split(',').map((part) => part.trim());
  const unknown = parts.filter((part) => !(PARTS as readonly string[]).includes(part));
  if (unknown.length) throw new Error(`BENCH_PARTS: unknown part ${unknown.join(', ')} (known: ${PARTS.join(', ')})`);
  return parts as Part[];
}

function countsOf(raw: string | undefined, fallback: number[]): number[] {
  if (!raw) return fallback;
  const counts = raw.split(',').map(Number);
  if (counts.some((count) => !Number.isInteger(count) || count <= 0))
    throw new Error(`BENCH_SUBSCRIBERS must be whole numbers (got "${raw}")`);
  return counts;
}
