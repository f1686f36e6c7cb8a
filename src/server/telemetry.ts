import { trace, type Tracer } from '@opentelemetry/api';
import type { GatewayConfig } from '../config.js';

/**
 * OpenTelemetry traces of this gateway: a span per GraphQL operation and per upstream attempt, none per field.
 * The provider is the gateway's own (never the global one), so two gateways in one process never mix spans.
 * Without `OTEL_EXPORTER_OTLP_ENDPOINT` the tracer is a no-op and the SDK is not even loaded.
 */
export interface Telemetry {
  tracer: Tracer;
  /** Sends the spans still buffered and stops the exporter. */
  close(): Promise<void>;
}

const TRACER_NAME = 'linksfield-gateway';

export async function createTelemetry(config: Pick<GatewayConfig, 'telemetry'>): Promise<Telemetry> {
  const { otlpEndpoint, serviceName } = config.telemetry;
  if (otlpEndpoint === null) return { tracer: trace.getTracer(TRACER_NAME), close: async () => undefined };
  const [{ tracing, resources }, { OTLPTraceExporter }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
  ]);
  // The generic OTLP endpoint names the collector; traces go to its `/v1/traces` (as the OTLP exporter spec says).
  const exporter = new OTLPTraceExporter({ url: `${otlpEndpoint.replace(/\/+$/, '')}/v1/traces` });
  const provider = new tracing.BasicTracerProvider({
    resource: resources.resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [new tracing.BatchSpanProcessor(exporter)],
  });
  return { tracer: provider.getTracer(TRACER_NAME), close: () => provider.shutdown() };
}
