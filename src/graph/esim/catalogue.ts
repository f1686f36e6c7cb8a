import type { InputOf, OutputOf } from '../../upstream/endpoint.js';
import type { FmsEndpoints } from '../../upstream/fms/endpoints.js';
import type { GraphContext } from '../context.js';
import type { CatalogueRead } from './esim.loaders.js';

/** A catalogue read, through this request's loaders (once per request) and the shared read cache. */
export function fromCatalogue<K extends CatalogueRead>(
  context: GraphContext,
  name: K,
  input: InputOf<FmsEndpoints[K]>,
): Promise<OutputOf<FmsEndpoints[K]>> {
  return context.loaders.esimCatalogue(name, input);
}
