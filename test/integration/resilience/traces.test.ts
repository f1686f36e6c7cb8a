import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway } from '../../support/gateway.js';
import { SimWithUsageDocument } from './support.js';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string; intValue?: string | number } }[];
}

/** A local OTLP/HTTP collector: keeps every span posted to /v1/traces (the JSON encoding). */
let collector: Server;
const spans: OtlpSpan[] = [];
let collectorUrl: string;
beforeAll(async () => {
  collector = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      if (request.url === '/v1/traces') {
        const payload = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: OtlpSpan[] }[] }[] };
        for (const resource of payload.resourceSpans)
          for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  collectorUrl = `http://127.0.0.1:${(collector.address() as { port: number }).port}`;
});
afterAll(() => new Promise((resolve) => collector.close(resolve)));

const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes.find((candidate) => candidate.key === key)?.value;
  return value?.stringValue ?? (value?.intValue === undefined ? undefined : Number(value.intValue));
};

describe('traces', () => {
  it('exports a span per operation and per upstream attempt, children of the operation, and none per field', async () => {
    const t = await startTestGateway({ SANDBOX_SIMS: '5', OTEL_EXPORTER_OTLP_ENDPOINT: collectorUrl });
    const iccid = t.sandbox.csss.state.sims[0].iccid;
    t.sandbox.inject({ endpoint: 'csss.getUsage', kind: 'http-503', times: 1 });
    const result = await t.execute(SimWithUsageDocument, { iccid });
    expect(result.data?.sim?.usage).not.toBeNull();
    // Closing flushes the spans still buffered.
    await t.close();

    const operation = spans.find((span) => span.name === 'graphql.query SimWithUsage');
    expect(operation).toBeDefined();
    const children = spans.filter((span) => span.parentSpanId === operation!.spanId);
    expect(children.every((span) => span.traceId === operation!.traceId)).toBe(true);
    const attempts = children.map((span) => [
      span.name,
      attribute(span, 'linksfield.attempt'),
      attribute(span, 'linksfield.outcome'),
    ]);
    expect(attempts).toEqual(
      expect.arrayContaining([
        ['upstream csss.getSim', 1, 'ok'],
        ['upstream csss.getUsage', 1, 'UPSTREAM_UNAVAILABLE'],
        ['upstream csss.getUsage', 2, 'ok'],
      ]),
    );
    // One span for the operation, one per upstream attempt: fields have none.
    expect(spans.filter((span) => span.traceId === operation!.traceId)).toHaveLength(
      1 + t.sandbox.calls('csss.getSim') + t.sandbox.calls('csss.getUsage'),
    );
  });
});
