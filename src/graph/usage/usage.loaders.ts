import type { SimScope } from '../../access/caller.js';
import type { DailyUsageRecord, MnoBalanceRecord, MonthlyUsageRecord, UsageRecord } from '../../upstream/csss/model.js';
import { type BatchLoader, batchLoader, fanOutLoader } from '../batching.js';
import { pagedConnection, sliceConnection, wholeList, type Connection } from '../connection.js';
import type { GatewayServices } from '../context.js';
import { simTag } from '../sim/sim.loaders.js';

/**
 * Usage and balances by ICCID: batched where CSSS has a batch form (§3.2, §3.4; a lone ICCID uses the documented
 * §3.1), fanned out where it has not (§3.3, §6.2). SIMs outside the caller's scope are not found nor listed.
 */
export function createUsageLoaders(services: GatewayServices, sims: SimScope | null, language?: string) {
  const { csss, cache, config, fleet } = services;
  const concurrency = config.graphql.fanOutConcurrency;
  const batchConcurrency = config.graphql.batchConcurrency;
  const monthly = new Map<string, BatchLoader<MonthlyUsageRecord>>();
  return {
    usage: batchLoader<UsageRecord>({
      cache,
      kind: 'usage',
      endpoint: 'csss.getUsageBatch',
      codes: csss.codes,
      limit: csss.endpoints.getUsageBatch.batch.limit,
      concurrency: batchConcurrency,
      tagsOf: (iccid) => [simTag(iccid)],
      fetchChunk: async (iccids) => {
        const items = await csss.call('getUsageBatch', { iccids }, { language });
        fleet.observeUsage(items.flatMap((item) => ('value' in item ? [item.value] : [])));
        return items;
      },
      fetchOne: async (iccid) => {
        const usage = await csss.call('getUsage', { iccid }, { language });
        fleet.observeUsage([usage]);
        return usage;
      },
      sims,
    }),
    balance: fanOutLoader<string, MnoBalanceRecord>({
      cache,
      kind: 'balance',
      concurrency,
      keyOf: (iccid) => iccid,
      tagsOf: (iccid) => [simTag(iccid)],
      fetchOne: async (iccid) => ({ iccid, ...(await csss.call('getMnoBalance', { iccid }, { language })) }),
      iccidOf: (iccid) => iccid,
      sims,
    }),
    dailyUsage: fanOutLoader<{ iccid: string; date: string }, DailyUsageRecord>({
      cache,
      kind: 'dailyUsage',
      concurrency,
      keyOf: ({ iccid, date }) => `${iccid}/${date}`,
      tagsOf: ({ iccid }) => [simTag(iccid)],
      fetchOne: (key) => csss.call('getDailyUsage', key, { language }),
      iccidOf: ({ iccid }) => iccid,
      sims,
    }),
    /** One loader per month, so the SIMs of one query share a `listMonthlyUsage` call per month. */
    monthlyUsage(month: string): BatchLoader<MonthlyUsageRecord> {
      let loader = monthly.get(month);
      if (!loader) {
        const limit = csss.endpoints.listMonthlyUsage.batch.limit;
        loader = batchLoader<MonthlyUsageRecord>({
          cache,
          kind: 'monthlyUsage',
          endpoint: 'csss.listMonthlyUsage',
          codes: csss.codes,
          scope: month,
          limit,
          concurrency: batchConcurrency,
          tagsOf: (iccid) => [simTag(iccid)],
          // A SIM the month's list leaves out used nothing that month.
          absent: (iccid) => ({ iccid, month, usedBytes: 0 }),
          fetchChunk: async (iccids) => {
            const page = await csss.call('listMonthlyUsage', { month, iccids, page: 1, pageSize: limit }, { language });
            return page.items.map((value) => ({ iccid: value.iccid, value }));
          },
          sims,
        });
        monthly.set(month, loader);
      }
      return loader;
    },
    /** Every SIM's usage in one month (§3.4), a page at a time; only the caller's SIMs. */
    async monthlyUsagePage(
      month: string,
      first: number,
      after: string | null | undefined,
    ): Promise<Connection<MonthlyUsageRecord>> {
      const upstreamPageSize = csss.endpoints.listMonthlyUsage.pageSizeLimit;
      const fetchPage = (page: number, size: number) =>
        cache.get('monthlyUsage', `all/${month}/${page}/${size}`, [], () =>
          csss.call('listMonthlyUsage', { month, page, pageSize: size }, { language }),
        );
      if (sims === null) return pagedConnection(first, after, upstreamPageSize, fetchPage);
      return sliceConnection(
        (await wholeList(upstreamPageSize, fetchPage)).filter((record) => sims.allows(record.iccid)),
        first,
        after,
      );
    },
  };
}
