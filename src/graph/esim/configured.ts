import { GraphQLError } from 'graphql';
import type { FmsClient } from '../../upstream/fms/client.js';
import type { MallClient } from '../../upstream/mall/client.js';
import type { GraphContext } from '../context.js';

/** The eSIM families are optional: a gateway without their base URLs answers their fields with NOT_CONFIGURED. */
function notConfigured(family: string, variables: string): GraphQLError {
  return new GraphQLError(`${family} is not configured on this gateway: set ${variables}`, { extensions: { code: 'NOT_CONFIGURED' } });
}

export function configuredFms({ services }: GraphContext): FmsClient {
  if (!services.fms) throw notConfigured('the eSIM QR Mall (FMS)', 'FMS_BASE_URL and FMS_PARTNER_CODE');
  return services.fms;
}

export function configuredMall({ services }: GraphContext): MallClient {
  if (!services.mall) throw notConfigured('the Mall / Topup API', 'MALL_VSHOP_URL, MALL_PAYMENT_URL, MALL_TOPUP_URL, MALL_PARTNER_CODE and MALL_SECRET');
  return services.mall;
}
