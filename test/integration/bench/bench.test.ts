import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * `npm run bench` in quick mode, end to end: it builds, runs every part and prints its tables. Timings are
 * never asserted (they depend on the machine); what the gateway did is: the rows are there, the batching query
 * made exactly the minimum number of upstream calls, cached single-SIM reads made none and cold ones two,
 * every subscriber was subscribed, and the two gateway processes sharing Redis built the fleet once, with the minimum
 * of upstream calls.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const RUN_TIMEOUT_MS = 240_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runQuickBench(): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'bench'], { cwd: root, env: { ...process.env, BENCH_QUICK: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), RUN_TIMEOUT_MS - 5_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The rows of the table under `## <title…>`, keyed by their first cell, as trimmed cells. */
function table(output: string, titleStart: string): Map<string, string[]> {
  const start = output.indexOf(`## ${titleStart}`);
  expect(start, `no table titled "${titleStart}…" in:\n${output}`).toBeGreaterThanOrEqual(0);
  const rows = new Map<string, string[]>();
  for (const line of output.slice(start).split('\n').slice(1)) {
    if (line.startsWith('## ')) break;
    if (!line.startsWith('|') || line.startsWith('|-')) continue;
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    rows.set(cells[0], cells.slice(1));
  }
  return rows;
}

describe('npm run bench (BENCH_QUICK=1)', () => {
  it('prints every table, with the batching minimum met and the expected upstream calls', { timeout: RUN_TIMEOUT_MS }, async () => {
    const run = await runQuickBench();
    expect(run.code, run.stderr).toBe(0);

    const batching = table(run.stdout, 'Batching');
    const [calls, minimum, naive] = batching.get('upstream calls')!;
    expect(calls).toBe(minimum);
    expect([minimum, naive]).toEqual(['20', '2,000']);
    expect(batching.get('calls == minimum')![0]).toBe('yes');
    expect(batching.get('SIMs answered with usage')![0]).toBe('1,000');

    const single = table(run.stdout, 'Single SIM');
    for (const label of ['requests/s', 'p50', 'p99']) {
      expect(single.has(`HOT ${label}`)).toBe(true);
      expect(single.has(`COLD ${label}`)).toBe(true);
    }
    expect(single.get('HOT upstream calls per request')!.slice(0, 2)).toEqual(['0.000', '0.000']);
    expect(single.get('COLD upstream calls per request')!.slice(0, 2)).toEqual(['2.000', '2.000']);

    const fleet = table(run.stdout, 'Fleet');
    const [built, least] = fleet.get('upstream calls for the full build')!;
    expect(`${built} minimum`).toBe(least);
    expect(fleet.get('builds for the instances started')![0]).toBe('1.00');
    expect(fleet.get('answers with errors')![0]).toBe('0');
    for (const label of ['memory per SIM (records + indexes)', 'filtered sorted page of 50: p50', 'summary: p50']) expect(fleet.has(label), label).toBe(true);

    for (const count of ['50', '200']) {
      const notifications = table(run.stdout, `Notifications: ${count} subscribers`);
      expect(notifications.get('subscribed after the pause')!.slice(0, 2)).toEqual([count, count]);
      for (const label of ['webhook → subscriber p50', 'webhook → subscriber p99', 'ingestion rate (acknowledged/s)', 'memory per idle subscriber (RSS)']) {
        expect(notifications.has(label), label).toBe(true);
      }
    }
  });
});
