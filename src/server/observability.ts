import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import type { Tracer } from '@opentelemetry/api';
import type { GatewayConfig } from '../config.js';
import { createMetrics, type GatewayMetrics } from './metrics.js';
import { createTelemetry } from './telemetry.js';

declare module 'fastify' {
  interface FastifyInstance {
    metrics: GatewayMetrics;
    tracer: Tracer;
  }
}

/** Metrics (a registry of this gateway's own) and traces; the span exporter is flushed and stopped on close. */
export const observabilityPlugin = fp<{ config: GatewayConfig }>(
  (async (app, { config }) => {
    app.decorate('metrics', createMetrics());
    const telemetry = await createTelemetry(config);
    app.addHook('onClose', () => telemetry.close());
    app.decorate('tracer', telemetry.tracer);
  }) satisfies FastifyPluginAsync<{ config: GatewayConfig }>,
  { name: 'telemetry' },
);
