import type { FmsClient } from '../../upstream/fms/client.js';
import type { GraphContext } from '../context.js';
import { notConfigured } from '../errors.js';

export function configuredFms({ services }: GraphContext): FmsClient {
  if (!services.fms) throw notConfigured('the eSIM QR Mall (FMS)', 'FMS_BASE_URL and FMS_PARTNER_CODE');
  return services.fms;
}
