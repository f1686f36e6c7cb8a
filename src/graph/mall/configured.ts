import type { InputOf, OutputOf } from '../../upstream/endpoint.js';
import type { MallClient } from '../../upstream/mall/client.js';
import type { MallEndpointName, MallEndpoints } from '../../upstream/mall/endpoints.js';
import type { SimScope } from '../../access/caller.js';
import type { GatewayServices, GraphContext } from '../context.js';
import { notConfigured, notFound } from '../errors.js';

/** The Mall as one caller may use it. */
export type CallerMall = Pick<MallClient, 'endpoints' | 'call'>;

/** The Mall for one caller: reads go through `context.loaders.mallRead`, writes through `mallWrite`. */
export function configuredMall({ services, caller }: GraphContext): CallerMall {
  return callerMall(services, caller.sims);
}

/** A request naming a card (ICCID) outside the caller's SIMs answers as for an unknown card, and is never sent. */
export function callerMall(services: GatewayServices, sims: SimScope | null): CallerMall {
  const mall = services.mall;
  if (!mall)
    throw notConfigured(
      'the Mall / Topup API',
      'MALL_VSHOP_URL, MALL_PAYMENT_URL, MALL_TOPUP_URL, MALL_PARTNER_CODE and MALL_SECRET',
    );
  if (sims === null) return mall;
  return {
    endpoints: mall.endpoints,
    call<K extends MallEndpointName>(name: K, input: InputOf<MallEndpoints[K]>): Promise<OutputOf<MallEndpoints[K]>> {
      const foreign = cardsOf(input).find((iccid) => !sims.allows(iccid));
      return foreign === undefined ? mall.call(name, input) : Promise.reject(notFound(`no card with ICCID ${foreign}`));
    },
  };
}

/** The cards a Mall request names, in its `iccid` or `iccids`. */
export function cardsOf(request: unknown): string[] {
  const { iccid, iccids } = (request ?? {}) as { iccid?: unknown; iccids?: unknown };
  return [
    ...(typeof iccid === 'string' ? [iccid] : []),
    ...(Array.isArray(iccids) ? iccids.filter((card): card is string => typeof card === 'string') : []),
  ];
}
