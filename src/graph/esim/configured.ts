import type { FmsClient } from '../../upstream/fms/client.js';
import type { GatewayServices, GraphContext } from '../context.js';
import { notConfigured } from '../errors.js';

export function configuredFms({ services }: GraphContext): FmsClient {
  return fmsOf(services);
}

/** The eSIM QR Mall client, or NOT_CONFIGURED when this gateway has none. */
export function fmsOf(services: GatewayServices): FmsClient {
  if (!services.fms) throw notConfigured('the eSIM QR Mall (FMS)', 'FMS_BASE_URL and FMS_PARTNER_CODE');
  return services.fms;
}
