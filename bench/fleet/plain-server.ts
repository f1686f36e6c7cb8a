import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BENCH_CREDENTIALS } from '../support/credentials.js';
import { buildInventory } from '../../src/fleet/build.js';
import { Inventory } from '../../src/fleet/inventory.js';
import type { FleetSim } from '../../src/fleet/sim.js';
import { CsssClient } from '../../src/upstream/csss/client.js';
import { settledMemory } from '../support/memory.js';
import { serveParent } from '../support/parent.js';
import { SHARE_ABOVE } from './queries.js';

/**
 * The baseline of the fleet bench: the fleet as a plain array of the same records in a plain `node:http` server,
 * answering the bench's page (active SIMs over half their plan, most used first, 50) by filtering and sorting the
 * array on each request. It also measures the memory of the records alone and of the gateway's `Inventory`
 * (records plus its sorted indexes) built from them. Env: `BENCH_UPSTREAM_URL`.
 */
export interface PlainFleetReady {
  url: string;
  sims: number;
  /** Heap bytes per SIM: the plain records, and the records with the inventory's indexes. */
  recordsPerSim: number;
  inventoryPerSim: number;
}

const client = new CsssClient({
  baseUrl: process.env.BENCH_UPSTREAM_URL!,
  accessCode: BENCH_CREDENTIALS.accessCode,
  secret: BENCH_CREDENTIALS.secret,
  timeoutMs: 30_000,
  retries: 2,
});
const before = await settledMemory();
const sims: FleetSim[] = (await buildInventory(client, { concurrency: 8 })).sims;
const records = await settledMemory();
const inventory = new Inventory(sims);
const indexed = await settledMemory();

const share = (sim: FleetSim) =>
  sim.usedBytes === null || sim.remainingBytes === null
    ? -1
    : sim.usedBytes / Math.max(1, sim.usedBytes + sim.remainingBytes);

function page(): string {
  const matching = sims.filter((sim) => sim.lifecycle === 'ACTIVE' && sim.orderId !== null && share(sim) > SHARE_ABOVE);
  matching.sort((a, b) => (b.usedBytes ?? -1) - (a.usedBytes ?? -1) || (a.iccid < b.iccid ? 1 : -1));
  const edges = matching.slice(0, 50).map((sim) => ({
    node: {
      iccid: sim.iccid,
      usedBytes: sim.usedBytes,
      planExpiresAt: sim.expiresAt === null ? null : new Date(sim.expiresAt).toISOString(),
    },
  }));
  return JSON.stringify({ data: { fleet: { sims: { totalCount: matching.length, edges } } } });
}

const server = createServer((request, response) => {
  request.resume();
  request.on('end', () => response.writeHead(200, { 'content-type': 'application/json' }).end(page()));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

serveParent(
  {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    sims: inventory.size,
    recordsPerSim: (records.heap - before.heap) / sims.length,
    inventoryPerSim: (indexed.heap - before.heap) / sims.length,
  } satisfies PlainFleetReady,
  {},
  () => new Promise<void>((resolve) => server.close(() => resolve())),
);
