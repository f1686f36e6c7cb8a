import type { SimScope } from '../../access/caller.js';
import type { OrderablePlans, PlanRecord } from '../../upstream/csss/model.js';
import { batchLoader } from '../batching.js';
import type { GatewayServices } from '../context.js';
import { simTag } from '../sim/sim.loaders.js';

/** The plan catalogue (§4.1), read once per request at most, and the deprecated per-SIM orderable plans (§4.11). */
export function createPlanLoaders(services: GatewayServices, sims: SimScope | null, language?: string) {
  const { csss, cache, config } = services;
  let catalogue: Promise<PlanRecord[]> | undefined;
  const plans = () =>
    (catalogue ??= cache.get('plans', 'all', ['plans'], () => csss.call('listPlans', {}, { language })));
  return {
    plans,
    async plan(code: string): Promise<PlanRecord | null> {
      return (await plans()).find((plan) => plan.code === code) ?? null;
    },
    orderablePlans: batchLoader<OrderablePlans>({
      cache,
      kind: 'orderablePlans',
      endpoint: 'csss.listOrderablePlans',
      codes: csss.codes,
      limit: csss.endpoints.listOrderablePlans.batch.limit,
      concurrency: config.graphql.batchConcurrency,
      tagsOf: (iccid) => [simTag(iccid)],
      fetchChunk: (iccids) => csss.call('listOrderablePlans', { iccids }, { language }),
      sims,
    }),
  };
}
