import type { InputOf, OutputOf } from '../../upstream/endpoint.js';
import type { FmsEndpointName, FmsEndpoints } from '../../upstream/fms/endpoints.js';
import type { GraphContext } from '../context.js';
import { configuredFms } from './configured.js';

/** Reads that need no token (v1.1 opened the catalogue, §8.1): the only FMS data the shared cache may hold. */
export type CatalogueRead = { [K in FmsEndpointName]: FmsEndpoints[K] extends { auth: 'none'; effect: 'read' } ? K : never }[FmsEndpointName];

/** The languages FMS names (§8.2: `zh-CN`; en-US elsewhere) and none: the only ones cached, so the keys stay few. */
const CACHED_LANGUAGES: ReadonlySet<string> = new Set(['', 'en', 'en-us', 'zh', 'zh-cn']);

/** A catalogue read through the read cache (the plan catalogue's 10 minutes), per language since names are localised. */
export function fromCatalogue<K extends CatalogueRead>(context: GraphContext, name: K, input: InputOf<FmsEndpoints[K]>): Promise<OutputOf<FmsEndpoints[K]>> {
  const fms = configuredFms(context);
  const read = () => fms.call(name, input, { language: context.language });
  const language = context.language?.split(/[,;]/)[0].trim().toLowerCase() ?? '';
  if (!CACHED_LANGUAGES.has(language)) return read();
  return context.services.cache.get('esimCatalogue', `${name}:${language}:${JSON.stringify(input)}`, [], read);
}
