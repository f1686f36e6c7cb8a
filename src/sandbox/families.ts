import type { GatewayConfig } from '../config.js';
import { fmsEndpoints } from '../upstream/fms/endpoints.js';
import { mallEndpoints } from '../upstream/mall/endpoints.js';
import { applyOverrides, type EndpointOverrides } from '../upstream/overrides.js';
import type { HostedFamily } from './family-hooks.js';
import { createFmsSandbox } from './fms/family.js';
import { createMallSandbox } from './mall/family.js';

/** Where each family's simulator is served below the sandbox's base URL. */
export const SANDBOX_PATHS = {
  fms: '/fms',
  mallVshop: '/mall/vshop',
  mallPayment: '/mall/payment',
  mallTopup: '/mall/topup',
} as const;

/** The FMS and Mall simulators the sandbox hosts beside CSSS, from the same config and overrides as the clients. */
export function sandboxFamilies(config: GatewayConfig, overrides: EndpointOverrides | undefined): HostedFamily[] {
  return [
    createFmsSandbox({ ...config.fms, endpoints: applyOverrides('fms', fmsEndpoints, overrides) }),
    createMallSandbox({ ...config.mall, endpoints: applyOverrides('mall', mallEndpoints, overrides) }),
  ];
}
