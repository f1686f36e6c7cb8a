import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OrderPlanDocument } from '../../../examples/generated/operations.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';

/**
 * Only `0000` is a documented CSSS code. A code the gateway does not know must surface as a typed error that
 * carries it, and never repeat a write or pass for "not found"; a deployment that learns real codes sets their
 * meaning in its endpoints file.
 */
const dir = mkdtempSync(join(tmpdir(), 'failure-codes-'));
let t: TestGateway;
let iccid: string;
let plan: string;

beforeAll(async () => {
  const file = join(dir, 'endpoints.json');
  writeFileSync(
    file,
    JSON.stringify({
      csss: {
        codes: {
          '7001': { gatewayCode: 'NOT_FOUND', meaning: 'device unknown to the operator' },
          '7002': { gatewayCode: 'UPSTREAM_UNAVAILABLE', retryable: true },
        },
      },
    }),
  );
  t = await startTestGateway({ SANDBOX_SIMS: '20', LINKSFIELD_ENDPOINTS_FILE: file, UPSTREAM_RETRIES: '3' });
  iccid = t.sandbox.csss.state.sims.find((sim) => sim.lifecycle === SimLifecycle.ACTIVE && !sim.ota)!.iccid;
  plan = t.sandbox.csss.state.plans.find((candidate) => candidate.type === 'MONTHLY' && !candidate.ota)!.code;
});

afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

beforeEach(() => {
  t.sandbox.resetCalls();
  t.sandbox.clearFaults();
});

const simQuery = () => t.execute(parse(`{ sim(iccid: "${iccid}") { iccid } }`) as never, {});
const order = () => t.execute(OrderPlanDocument, { input: { iccid, planCode: plan, periods: 1 } });

describe('a failure code nobody listed', () => {
  it('fails a write once, as UPSTREAM_ERROR with the code, and never sends it again', async () => {
    t.sandbox.inject({ endpoint: 'csss.orderPlan', kind: 'business', code: '7777' });
    const { data, errors } = await order();
    expect(data?.orderPlan ?? null).toBeNull();
    expect(errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_ERROR', upstreamCode: '7777' });
    expect(t.sandbox.calls('csss.orderPlan')).toBe(1);
  });

  it('fails a read as UPSTREAM_ERROR with the code, not as a silent null or NOT_FOUND, and is not retried', async () => {
    t.sandbox.inject({ endpoint: 'csss.getSim', kind: 'business', code: '7777', times: 5 });
    const { data, errors } = await simQuery();
    expect(data).toEqual({ sim: null });
    expect(errors).toHaveLength(1);
    expect(errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_ERROR', upstreamCode: '7777' });
    expect(t.sandbox.calls('csss.getSim')).toBe(1);
  });
});

describe('codes a deployment configured in its endpoints file', () => {
  it('takes the configured meaning', async () => {
    t.sandbox.inject({ endpoint: 'csss.getSim', kind: 'business', code: '7001' });
    const { errors } = await simQuery();
    expect(errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', upstreamCode: '7001' });
  });

  it('retries a read after a code configured as retryable', async () => {
    t.sandbox.inject({ endpoint: 'csss.getSim', kind: 'business', code: '7002', times: 1 });
    const { data, errors } = await simQuery();
    expect(errors).toBeUndefined();
    expect(data).toEqual({ sim: { iccid } });
    expect(t.sandbox.calls('csss.getSim')).toBe(2);
  });

  it('never repeats a write, even after a code configured as retryable', async () => {
    t.sandbox.inject({ endpoint: 'csss.orderPlan', kind: 'business', code: '7002', times: 1 });
    const { errors } = await order();
    expect(errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', upstreamCode: '7002' });
    expect(t.sandbox.calls('csss.orderPlan')).toBe(1);
  });
});
