import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: '10' });
});
afterAll(() => t.close());

it('complies with every MUST and every SHOULD of the GraphQL over HTTP specification (graphql-http audit)', async () => {
  const results = await auditServer({ url: t.url });
  const failures = (status: string) =>
    results.flatMap((result) =>
      result.status === status ? [`${result.name}: ${(result as { reason?: string }).reason}`] : [],
    );
  expect(results.length).toBeGreaterThan(20);
  expect(failures('error')).toEqual([]);
  expect(failures('warn')).toEqual([]);
});
