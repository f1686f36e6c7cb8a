import DataLoader from 'dataloader';
import type { InputOf, OutputOf } from '../../upstream/endpoint.js';
import type { FmsEndpointName, FmsEndpoints } from '../../upstream/fms/endpoints.js';
import type { GatewayServices } from '../context.js';
import { fmsOf } from './configured.js';

/** Reads that need no token: the only FMS data the shared cache may hold. */
export type CatalogueRead = {
  [K in FmsEndpointName]: FmsEndpoints[K] extends { auth: 'none'; effect: 'read' } ? K : never;
}[FmsEndpointName];

/** The languages FMS names (zh-CN, en-US) and none: the only ones cached, so the keys stay few. */
const CACHED_LANGUAGES: ReadonlySet<string> = new Set(['', 'en', 'en-us', 'zh', 'zh-cn']);

interface ReadKey {
  name: CatalogueRead;
  input: unknown;
}

/**
 * The eSIM shop's catalogue as one request reads it: each read sent at most once per request (a package listed
 * twice, or a detail asked for by several fields, is read once) and kept in the shared read cache for the plan
 * catalogue's 10 minutes, per language since names are localised, so `esimHotPackages { detail }` reads each
 * package's detail once, then from the cache.
 */
export function createEsimLoaders(services: GatewayServices, language?: string) {
  const cacheLanguage = language?.split(/[,;]/)[0].trim().toLowerCase() ?? '';
  const reads = new DataLoader<ReadKey, unknown, string>(
    async (keys) =>
      Promise.all(
        keys.map(async ({ name, input }) => {
          try {
            const fms = fmsOf(services);
            const read = () => fms.call(name, input as never, { language });
            if (!CACHED_LANGUAGES.has(cacheLanguage)) return await read();
            return await services.cache.get(
              'esimCatalogue',
              `${name}:${cacheLanguage}:${JSON.stringify(input)}`,
              [],
              read,
            );
          } catch (error) {
            return error as Error;
          }
        }),
      ),
    { batch: false, cacheKeyFn: ({ name, input }) => `${name}:${JSON.stringify(input)}` },
  );
  return {
    esimCatalogue<K extends CatalogueRead>(
      name: K,
      input: InputOf<FmsEndpoints[K]>,
    ): Promise<OutputOf<FmsEndpoints[K]>> {
      return reads.load({ name, input }) as Promise<OutputOf<FmsEndpoints[K]>>;
    },
  };
}
