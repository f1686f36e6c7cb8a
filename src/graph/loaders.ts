import type { GatewayServices } from './context.js';
import { createOrderLoaders } from './order/order.loaders.js';
import { createPlanLoaders } from './plan/plan.loaders.js';
import { createSimLoaders } from './sim/sim.loaders.js';
import { createUsageLoaders } from './usage/usage.loaders.js';

/** This request's loaders, one set per request so no caller ever sees another's in-flight data. */
export function createLoaders(services: GatewayServices, language?: string) {
  return {
    ...createSimLoaders(services, language),
    ...createUsageLoaders(services, language),
    ...createPlanLoaders(services, language),
    ...createOrderLoaders(services, language),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
