import type DataLoader from 'dataloader';
import type { DailyUsageRecord, MnoBalanceRecord, MonthlyUsageRecord, UsageRecord } from '../../upstream/csss/model.js';
import { batchLoader, fanOutLoader } from '../batching.js';
import type { GatewayServices } from '../context.js';
import { simTag } from '../sim/sim.loaders.js';

/**
 * Usage and balances by ICCID: batched where CSSS has a batch form (§3.2, §3.4; a lone ICCID uses the documented
 * §3.1), fanned out where it has not (§3.3, §6.2).
 */
export function createUsageLoaders(services: GatewayServices, language?: string) {
  const { csss, cache, config } = services;
  const concurrency = config.graphql.fanOutConcurrency;
  const monthly = new Map<string, DataLoader<string, MonthlyUsageRecord>>();
  return {
    usage: batchLoader<UsageRecord>({
      cache,
      kind: 'usage',
      endpoint: 'csss.getUsageBatch',
      limit: csss.endpoints.getUsageBatch.batch.limit,
      concurrency,
      tagsOf: (iccid) => [simTag(iccid)],
      fetchChunk: (iccids) => csss.call('getUsageBatch', { iccids }, { language }),
      fetchOne: (iccid) => csss.call('getUsage', { iccid }, { language }),
    }),
    balance: fanOutLoader<string, MnoBalanceRecord>({
      cache,
      kind: 'balance',
      concurrency,
      keyOf: (iccid) => iccid,
      tagsOf: (iccid) => [simTag(iccid)],
      fetchOne: async (iccid) => ({ iccid, ...(await csss.call('getMnoBalance', { iccid }, { language })) }),
    }),
    dailyUsage: fanOutLoader<{ iccid: string; date: string }, DailyUsageRecord>({
      cache,
      kind: 'dailyUsage',
      concurrency,
      keyOf: ({ iccid, date }) => `${iccid}/${date}`,
      tagsOf: ({ iccid }) => [simTag(iccid)],
      fetchOne: (key) => csss.call('getDailyUsage', key, { language }),
    }),
    /** One loader per month, so the SIMs of one query share a `listMonthlyUsage` call per month. */
    monthlyUsage(month: string): DataLoader<string, MonthlyUsageRecord> {
      let loader = monthly.get(month);
      if (!loader) {
        const limit = csss.endpoints.listMonthlyUsage.batch.limit;
        loader = batchLoader<MonthlyUsageRecord>({
          cache,
          kind: 'monthlyUsage',
          endpoint: 'csss.listMonthlyUsage',
          scope: month,
          limit,
          concurrency,
          tagsOf: (iccid) => [simTag(iccid)],
          // A SIM the month's list leaves out used nothing that month.
          absent: (iccid) => ({ iccid, month, usedBytes: 0 }),
          fetchChunk: async (iccids) => {
            const page = await csss.call('listMonthlyUsage', { month, iccids, page: 1, pageSize: limit }, { language });
            return page.items.map((value) => ({ iccid: value.iccid, value }));
          },
        });
        monthly.set(month, loader);
      }
      return loader;
    },
  };
}
