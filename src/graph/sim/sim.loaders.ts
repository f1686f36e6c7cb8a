import type { SimRecord } from '../../upstream/csss/model.js';
import { batchLoader } from '../batching.js';
import type { GatewayServices } from '../context.js';

export const simTag = (iccid: string) => `sim:${iccid}`;

/** SIM records by ICCID, batched into `listSims` (§2.1); a lone ICCID uses the documented `getSim` (§2.2). */
export function createSimLoaders(services: GatewayServices, language?: string) {
  const { csss, cache, config } = services;
  return {
    sim: batchLoader<SimRecord>({
      cache,
      kind: 'sim',
      endpoint: 'csss.listSims',
      limit: csss.endpoints.listSims.batch.limit,
      concurrency: config.graphql.fanOutConcurrency,
      tagsOf: (iccid) => [simTag(iccid)],
      fetchChunk: (iccids) => csss.call('listSims', { iccids }, { language }),
      fetchOne: (iccid) => csss.call('getSim', { iccid }, { language }),
    }),
  };
}
