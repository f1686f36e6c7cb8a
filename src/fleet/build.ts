import { chunk, mapConcurrently } from '../upstream/batches.js';
import type { CsssClient } from '../upstream/csss/client.js';
import type { SimRecord, UsageRecord } from '../upstream/csss/model.js';
import { fleetSim, type FleetSim } from './sim.js';

export interface BuildOptions {
  /** Upstream calls in flight at once. */
  concurrency: number;
  language?: string;
  now?: () => number;
}

export interface Build {
  sims: FleetSim[];
  /** When the build started: a SIM read live after this is newer than what the build holds. */
  startedAt: number;
  /** Upstream calls made: the pages, then the usage batches. */
  calls: number;
}

/**
 * A whole inventory from Linksfield: every SIM a page at a time (§2.1 without ICCIDs), then the usage of those
 * with an order in use in batches (§3.2). Any failed call fails the build (after the client's own retries), so
 * a build is complete or nothing.
 */
export async function buildInventory(csss: CsssClient, options: BuildOptions): Promise<Build> {
  const startedAt = (options.now ?? Date.now)();
  const pageSize = csss.endpoints.listSims.pageSizeLimit;
  const call = { language: options.language };
  const first = await csss.call('listSims', { page: 1, pageSize }, call);
  const pages = Array.from({ length: Math.max(0, first.totalPages - 1) }, (_, index) => index + 2);
  const rest = await mapConcurrently(pages, options.concurrency, (page) =>
    csss.call('listSims', { page, pageSize }, call),
  );
  const records = [first, ...rest]
    .flatMap((page) => page.items)
    .flatMap((item) => ('value' in item ? [item.value] : []));
  const withOrder = records.filter((record) => record.activeOrderId !== null);
  const usage = await usageOf(csss, withOrder, options);
  // Plan codes and names repeat across the fleet: one string each instead of one per SIM.
  const strings = new Map<string, string>();
  const interned = (text: string | null) => {
    if (text === null) return null;
    const known = strings.get(text);
    if (known !== undefined) return known;
    strings.set(text, text);
    return text;
  };
  const sims = records.map((record) => fleetSim(record, usage.get(record.iccid) ?? null, startedAt, interned));
  return {
    sims,
    startedAt,
    calls: 1 + pages.length + Math.ceil(withOrder.length / csss.endpoints.getUsageBatch.batch.limit),
  };
}

/** Usage of the SIMs, batched at the endpoint's limit; a SIM whose item failed is left out (its usage unknown). */
export async function usageOf(
  csss: CsssClient,
  records: readonly SimRecord[],
  options: BuildOptions,
): Promise<Map<string, UsageRecord>> {
  const chunks = chunk(
    records.map((record) => record.iccid),
    csss.endpoints.getUsageBatch.batch.limit,
  );
  const answers = await mapConcurrently(chunks, options.concurrency, (iccids) =>
    csss.call('getUsageBatch', { iccids }, { language: options.language }),
  );
  const usage = new Map<string, UsageRecord>();
  for (const item of answers.flat()) if ('value' in item) usage.set(item.iccid, item.value);
  return usage;
}
