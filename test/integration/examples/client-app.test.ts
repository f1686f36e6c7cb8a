import { generate } from '@graphql-codegen/cli';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../../../examples/client-app/codegen.js';
import { execute } from '../../../examples/client-app/src/client.js';
import manifest from '../../../examples/client-app/src/gql/persisted-documents.json' with { type: 'json' };
import { PlanPicker, SimCard } from '../../../examples/client-app/src/operations.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/** The README's "Use it from your app" sample: its generated code is current, and it works against a gateway. */
const app = join(import.meta.dirname, '../../../examples/client-app');

describe('examples/client-app', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ SANDBOX_SIMS: '5' });
  });
  afterAll(() => t.close());

  it('has its generated files current with schema.graphql and its operations (else: npm run codegen)', async () => {
    const outputs = await generate({ ...config, cwd: app, silent: true }, false);
    expect(outputs.length).toBeGreaterThanOrEqual(4);
    for (const { filename, content } of outputs) {
      expect(readFileSync(join(app, filename), 'utf8'), `${filename} is stale: run npm run codegen`).toBe(content);
    }
  });

  it('lists every operation of the app in the persisted-documents manifest, keyed by the SHA-256 of its text', () => {
    const entries = Object.entries(manifest as Record<string, string>);
    expect(entries.map(([, text]) => /^query (\w+)/.exec(text)?.[1]).sort()).toEqual(['PlanPicker', 'SimCard']);
    for (const [id, text] of entries) expect(id).toBe(`sha256:${createHash('sha256').update(text).digest('hex')}`);
  });

  it('runs its typed operations against the gateway, which accepts each document by its hash', async () => {
    const plans = await execute(t.url, PlanPicker, { type: 'MONTHLY' });
    expect(plans.errors).toBeUndefined();
    expect(plans.data!.plans.length).toBeGreaterThan(0);
    expect(plans.data!.plans.every((plan) => plan.type === 'MONTHLY')).toBe(true);
    const iccid = t.sandbox.csss.state.sims[0].iccid;
    const sim = await execute(t.url, SimCard, { iccid });
    expect(sim.errors).toBeUndefined();
    expect(sim.data!.sim).toMatchObject({ iccid, usage: { usedBytes: expect.any(Number) } });
  });
});
