import { startGatewayChild, startSandboxChild, stopAll } from '../support/servers.js';
import { ms, num, renderTable, type Table } from '../support/table.js';

/**
 * `npm run faults`: what the gateway does when Linksfield is slow or down, measured against its built-in sandbox
 * with injected faults through its control API; sandbox and gateway each run in a child process, loopback only. Each row: how many GraphQL reads went in, how many upstream
 * calls they caused, how they ended, and how long the slowest took. The figures go in the README.
 */
interface Scenario {
  name: string;
  env?: Record<string, string>;
  reads: number;
  /** GraphQL requests in flight at once. */
  concurrency: number;
  /** The upstream endpoints whose calls are counted. */
  counted: string[];
  /** What to inject: `[path, body]` for the sandbox's control API. */
  inject: [string, unknown];
}

const QUERY = 'query Sim($iccid: ID!) { sim(iccid: $iccid) { iccid usage { usedBytes } } }';

const scenarios: Scenario[] = [
  {
    name: 'usage endpoint answers 503',
    reads: 200,
    concurrency: 10,
    counted: ['csss.getUsage'],
    inject: ['faults', { endpoint: 'csss.getUsage', kind: 'http-503', times: 1_000_000 }],
  },
  {
    name: 'every CSSS call takes 3 s',
    reads: 200,
    concurrency: 200,
    counted: ['csss.getSim', 'csss.getUsage'],
    inject: ['latency', { ms: 3_000 }],
  },
  {
    name: 'every CSSS call takes 3 s, UPSTREAM_MAX_IN_FLIGHT=256',
    env: { UPSTREAM_MAX_IN_FLIGHT: '256' },
    reads: 200,
    concurrency: 200,
    counted: ['csss.getSim', 'csss.getUsage'],
    inject: ['latency', { ms: 3_000 }],
  },
  {
    name: 'every CSSS call takes 3 s, 1,000 at once',
    reads: 1_000,
    concurrency: 1_000,
    counted: ['csss.getSim', 'csss.getUsage'],
    inject: ['latency', { ms: 3_000 }],
  },
  {
    name: 'every CSSS call times out',
    env: { UPSTREAM_TIMEOUT_MS: '1000' },
    reads: 200,
    concurrency: 20,
    counted: ['csss.getSim', 'csss.getUsage'],
    inject: ['faults', { endpoint: 'csss.*', kind: 'timeout', times: 1_000_000 }],
  },
];

async function control(base: string, path: string, method: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${base}/_sandbox/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox ${method} ${path}: HTTP ${response.status}`);
  return response.json();
}

async function run(scenario: Scenario): Promise<string[]> {
  const sandbox = await startSandboxChild(scenario.reads);
  const gateway = await startGatewayChild(sandbox, scenario.env);
  try {
    const base = sandbox.ready.url;
    const url = gateway.ready.url;
    const iccids = await sandbox.request<string[]>('iccids');
    await control(base, scenario.inject[0], 'POST', scenario.inject[1]);
    await control(base, 'calls/reset', 'POST');
    const outcomes = new Map<string, number>();
    let slowest = 0;
    let next = 0;
    const worker = async () => {
      while (next < scenario.reads) {
        const iccid = iccids[next++ % iccids.length];
        const started = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY, variables: { iccid } }),
        });
        const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
        slowest = Math.max(slowest, performance.now() - started);
        const outcome = body.errors?.length
          ? [...new Set(body.errors.map((error) => error.extensions?.code ?? 'INTERNAL'))].join('+')
          : 'ok';
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }
    };
    await Promise.all(Array.from({ length: scenario.concurrency }, worker));
    const { calls } = (await control(base, 'calls', 'GET')) as { calls: Record<string, number> };
    const made = scenario.counted.reduce((sum, endpoint) => sum + (calls[endpoint] ?? 0), 0);
    const ended = [...outcomes]
      .sort((a, b) => b[1] - a[1])
      .map(([outcome, count]) => `${num(count)} ${outcome}`)
      .join(', ');
    return [
      scenario.name,
      num(scenario.reads),
      num(scenario.concurrency),
      `${num(made)} (${scenario.counted.join(' + ')})`,
      ended,
      ms(slowest),
    ];
  } finally {
    await stopAll(sandbox, gateway);
  }
}

const table: Table = {
  title: 'When Linksfield is slow or down (default knobs unless the scenario says)',
  columns: ['scenario', 'reads', 'at once', 'upstream calls', 'how the reads ended', 'slowest answer'],
  rows: [],
  notes: [
    'Every read asks for a SIM and its usage (two CSSS endpoints, one after the other); a read "ok" has no error, others carry the codes listed.',
    'The slowest answer is timed by the client: it includes the time the gateway took to accept the burst, on top of its deadline.',
  ],
};
for (const scenario of scenarios) table.rows.push(await run(scenario));
console.log(renderTable(table));
