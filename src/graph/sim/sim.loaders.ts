import type { SimScope } from '../../access/caller.js';
import type { SimRecord } from '../../upstream/csss/model.js';
import { batchLoader } from '../batching.js';
import type { GatewayServices } from '../context.js';

export const simTag = (iccid: string) => `sim:${iccid}`;

/**
 * SIM records by ICCID, batched into `listSims` (§2.1); a lone ICCID uses the documented `getSim` (§2.2).
 * A SIM outside the caller's scope is not found; lists hold only the caller's SIMs.
 */
export function createSimLoaders(services: GatewayServices, sims: SimScope | null, language?: string) {
  const { csss, cache, config, fleet } = services;
  return {
    sim: batchLoader<SimRecord>({
      cache,
      kind: 'sim',
      endpoint: 'csss.listSims',
      codes: csss.codes,
      limit: csss.endpoints.listSims.batch.limit,
      concurrency: config.graphql.batchConcurrency,
      tagsOf: (iccid) => [simTag(iccid)],
      fetchChunk: async (iccids) => {
        const { items } = await csss.call('listSims', { iccids }, { language });
        fleet.observeSims(items.flatMap((item) => ('value' in item ? [item.value] : [])));
        return items;
      },
      fetchOne: async (iccid) => {
        const sim = await csss.call('getSim', { iccid }, { language });
        fleet.observeSims([sim]);
        return sim;
      },
      sims,
    }),
    /** The SIMs with a plan in use (§2.3): the upstream list has no paging, so it is read once (cached briefly). */
    async simsInUse(): Promise<SimRecord[]> {
      const all = await cache.get('simsInUse', 'all', [], () => csss.call('listSimsInUse', {}, { language }));
      return sims ? all.filter((sim) => sims.allows(sim.iccid)) : all;
    },
  };
}
