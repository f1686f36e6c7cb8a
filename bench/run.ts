import { cpus, loadavg, totalmem } from 'node:os';
import { benchBatching } from './batching/batching.js';
import { benchFleet } from './fleet/fleet.js';
import { benchNotifications } from './notifications/notifications.js';
import { benchOptions, type Part } from './options.js';
import { benchSingleSim } from './single-sim/single-sim.js';
import { renderTable, type Table } from './support/table.js';

/**
 * `npm run bench`: the gateway measured beside a hand-written baseline, in the same run, one table per part.
 * Every server under test runs in a child process; all traffic stays on 127.0.0.1. Sizes: `options.ts`.
 */
const options = benchOptions();
const parts: Record<Part, () => Promise<Table[]>> = {
  batching: async () => [await benchBatching(options.batching)],
  'single-sim': async () => [await benchSingleSim(options.singleSim)],
  notifications: () => benchNotifications(options.notifications),
  fleet: async () => [await benchFleet(options.fleet)],
};

const started = performance.now();
console.log(`# Linksfield gateway bench${options.quick ? ' (BENCH_QUICK: smoke sizes, numbers not meaningful)' : ''}`);
// Other work on the machine moves every number: the load at the start says whether this run had it to itself.
console.log(
  `node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg()[0].toFixed(2)}\n`,
);
for (const part of options.parts) {
  for (const table of await parts[part]()) console.log(renderTable(table));
}
console.log(`bench finished in ${Math.round((performance.now() - started) / 1000)} s`);
