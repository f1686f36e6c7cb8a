import DataLoader from 'dataloader';
import type { SimScope } from '../../access/caller.js';
import type { InputOf, OutputOf } from '../../upstream/endpoint.js';
import type { MallEndpointName, MallEndpoints } from '../../upstream/mall/endpoints.js';
import type { GatewayServices } from '../context.js';
import { callerMall } from './configured.js';

/** The Mall's reads: rows of the table that change nothing. */
export type MallRead = {
  [K in MallEndpointName]: MallEndpoints[K] extends { effect: 'read' } ? K : never;
}[MallEndpointName];

interface ReadKey {
  name: MallRead;
  input: unknown;
}

/**
 * Mall reads of one request, each sent once however many fields ask for it (`{ a: mallBundleGroups { iccids }
 * b: mallBundleGroups { iccids } }` reads the groups once and each group's cards once). Card data is the partner's
 * customers', so nothing is shared between requests; a Mall write empties this request's reads.
 */
export function createMallLoaders(services: GatewayServices, sims: SimScope | null) {
  const reads = new DataLoader<ReadKey, unknown, string>(
    async (keys) => {
      const mall = callerMall(services, sims);
      return Promise.all(keys.map(({ name, input }) => mall.call(name, input as never).catch((error: Error) => error)));
    },
    { batch: false, cacheKeyFn: ({ name, input }) => `${name}:${JSON.stringify(input)}` },
  );
  return {
    mallRead<K extends MallRead>(name: K, input: InputOf<MallEndpoints[K]>): Promise<OutputOf<MallEndpoints[K]>> {
      return reads.load({ name, input }) as Promise<OutputOf<MallEndpoints[K]>>;
    },
    /** Forgets this request's Mall reads: a write may have changed any of them. */
    clearMallReads(): void {
      reads.clearAll();
    },
  };
}
