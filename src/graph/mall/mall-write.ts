import type { InputOf, OutputOf } from '../../upstream/endpoint.js';
import type { MallEndpointName, MallEndpoints } from '../../upstream/mall/endpoints.js';
import type { GraphContext } from '../context.js';
import { write } from '../write.js';
import { cardsOf, configuredMall } from './configured.js';

/**
 * One Mall write through the gateway's write path: sent once, guarded by the idempotency key (over the caller's
 * `input`). Mall data is never shared between requests; this request's Mall reads are forgotten, since the write
 * may change them. The cards (ICCIDs) it names must be the caller's.
 */
export function mallWrite<K extends MallEndpointName>(
  context: GraphContext,
  operation: string,
  idempotencyKey: string | undefined,
  input: unknown,
  endpoint: K,
  request: InputOf<MallEndpoints[K]>,
): Promise<OutputOf<MallEndpoints[K]>> {
  const mall = configuredMall(context);
  return write(context, operation, idempotencyKey, input, { reaches: cardsOf(request) }, async () => {
    try {
      return await mall.call(endpoint, request);
    } finally {
      context.loaders.clearMallReads();
    }
  });
}
