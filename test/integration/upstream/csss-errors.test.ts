import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CsssClient } from '../../../src/upstream/csss/client.js';
import { csssEndpoints } from '../../../src/upstream/csss/endpoints.js';
import { SimLifecycle, SmsEncoding } from '../../../src/upstream/csss/enums.js';
import { UpstreamError } from '../../../src/upstream/errors.js';
import { applyOverrides, readOverridesFile } from '../../../src/upstream/overrides.js';
import type { Sandbox } from '../../../src/sandbox/server.js';
import { csssClientFor, paidPurchase, startTestSandbox } from '../../support/sandbox.js';

let sandbox: Sandbox;
let client: CsssClient;
const extraClients: CsssClient[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = csssClientFor(sandbox);
});

afterEach(() => {
  sandbox.clearFaults();
  sandbox.resetCalls();
});

afterAll(async () => {
  await Promise.all([client, ...extraClients].map((each) => each.close()));
  await sandbox.close();
});

function clientWith(options: Parameters<typeof csssClientFor>[1]): CsssClient {
  const made = csssClientFor(sandbox, options);
  extraClients.push(made);
  return made;
}

async function failure(call: Promise<unknown>): Promise<UpstreamError> {
  const error = await call.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

const iccid = () => sandbox.csss.state.sims[0].iccid;
const purchase = paidPurchase();

describe('CSSS authentication failures', () => {
  it('refuses a wrong signature with 1002', async () => {
    const error = await failure(clientWith({ secret: 'not-the-secret' }).call('getUsage', { iccid: iccid() }));
    expect(error).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', upstreamCode: '1002', endpoint: 'csss.getUsage' });
    expect(error.message).not.toContain('not-the-secret');
    expect(error.message).not.toContain('sandbox-secret');
  });

  it('refuses a timestamp 6 minutes off, either way, with 1003, and accepts 4 minutes', async () => {
    for (const offset of [-6, 6]) {
      const error = await failure(
        clientWith({ now: () => Date.now() + offset * 60_000 }).call('getUsage', { iccid: iccid() }),
      );
      expect(error).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', upstreamCode: '1003' });
    }
    await expect(
      clientWith({ now: () => Date.now() - 4 * 60_000 }).call('getUsage', { iccid: iccid() }),
    ).resolves.toMatchObject({ iccid: iccid() });
  });

  it('refuses an unknown access code with 1001', async () => {
    const error = await failure(clientWith({ accessCode: 'P999999' }).call('listPlans', {}));
    expect(error).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', upstreamCode: '1001' });
  });

  it('does not retry an authentication failure', async () => {
    await failure(clientWith({ secret: 'wrong' }).call('getSim', { iccid: iccid() }));
    expect(sandbox.calls('csss.getSim')).toBe(1);
  });
});

describe('CSSS business failures', () => {
  it('answers an unknown ICCID with 2001, unknown orders with 2002 and unknown plans with 2003', async () => {
    expect(await failure(client.call('getSim', { iccid: '89852000000000000000' }))).toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: '2001',
    });
    expect(await failure(client.call('enableOrder', { orderId: 'ORDER_1' }))).toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: '2002',
    });
    expect(
      await failure(client.call('orderPlan', { iccid: iccid(), ...purchase, planCode: 'DP00000000000000' })),
    ).toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: '2003',
    });
  });

  it('refuses a batch over the limit with 1005 and an empty one with 1004', async () => {
    const many = Array.from({ length: csssEndpoints.listSims.batch.limit + 1 }, () => iccid());
    expect(await failure(client.call('listSims', { iccids: many }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      upstreamCode: '1005',
    });
    expect(await failure(client.call('getUsageBatch', { iccids: [] }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      upstreamCode: '1004',
    });
  });

  it('answers unknown ICCIDs in batch reads item by item, keeping the order asked', async () => {
    const sims = sandbox.csss.state.sims;
    const asked = [sims[1].iccid, '89852000000000000001', sims[2].iccid, '89852000000000000002'];
    const items = await client.call('getUsageBatch', { iccids: asked });
    expect(items.map((item) => item.iccid)).toEqual(asked);
    expect(items.map((item) => ('error' in item ? item.error.upstreamCode : 'ok'))).toEqual([
      'ok',
      '2001',
      'ok',
      '2001',
    ]);
  });

  it('orders nothing in a bulk order with one bad SIM (3002)', async () => {
    const state = sandbox.csss.state;
    const before = state.orders.size;
    const deactivated = state.findSim((sim) => sim.lifecycle === SimLifecycle.DEACTIVATED)!;
    for (const bad of ['89852000000000000000', deactivated.iccid]) {
      const error = await failure(client.call('bulkOrderPlan', { iccids: [iccid(), bad], ...purchase }));
      expect(error).toMatchObject({ code: 'FAILED_PRECONDITION', upstreamCode: '3002' });
    }
    expect(state.orders.size).toBe(before);
  });

  it('refuses an SMS to a SIM that cannot receive one (3003) and malformed content (1004)', async () => {
    const deactivated = sandbox.csss.state.findSim((sim) => sim.lifecycle === SimLifecycle.DEACTIVATED)!;
    expect(
      await failure(client.call('sendSms', { iccid: deactivated.iccid, text: 'hi', encoding: SmsEncoding.TEXT })),
    ).toMatchObject({ upstreamCode: '3003' });
    expect(
      await failure(client.call('sendSms', { iccid: iccid(), text: 'not hex', encoding: SmsEncoding.BINARY })),
    ).toMatchObject({ upstreamCode: '1004' });
  });

  it('speaks Chinese by default and English for Accept-Language EN-US', async () => {
    const chinese = await failure(client.call('getSim', { iccid: '89852000000000000000' }));
    expect(chinese.upstreamMessage).toMatch(/^设备\(ICCID\)不存在/);
    const english = await failure(client.call('getSim', { iccid: '89852000000000000000' }, { language: 'EN-US' }));
    expect(english.upstreamMessage).toMatch(/^SIM \(ICCID\) not found/);
    const { items } = await client.call('listSims', { iccids: ['89852000000000000000'] }, { language: 'EN-US' });
    expect(items[0]).toMatchObject({ error: { message: expect.stringMatching(/^SIM \(ICCID\) not found/) } });
  });
});

describe('CSSS retries and injected faults', () => {
  it('retries a read after a 503 and after a timeout, and succeeds on the second call', async () => {
    sandbox.inject({ endpoint: 'csss.getUsage', kind: 'http-503' });
    await expect(client.call('getUsage', { iccid: iccid() })).resolves.toMatchObject({ iccid: iccid() });
    expect(sandbox.calls('csss.getUsage')).toBe(2);

    sandbox.resetCalls();
    sandbox.inject({ endpoint: 'csss.getSim', kind: 'timeout' });
    await expect(clientWith({ timeoutMs: 300 }).call('getSim', { iccid: iccid() })).resolves.toMatchObject({
      iccid: iccid(),
    });
    expect(sandbox.calls('csss.getSim')).toBe(2);
  });

  it('never retries a write: orderPlan and sendSms after a 503 are sent once and fail UPSTREAM_UNAVAILABLE', async () => {
    const ordersBefore = sandbox.csss.state.orders.size;
    sandbox.inject({ endpoint: 'csss.orderPlan', kind: 'http-503' });
    expect(await failure(client.call('orderPlan', { iccid: iccid(), ...purchase }))).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
    });
    expect(sandbox.calls('csss.orderPlan')).toBe(1);
    expect(sandbox.csss.state.orders.size).toBe(ordersBefore);

    const smsBefore = sandbox.csss.state.sms.count;
    sandbox.inject({ endpoint: 'csss.sendSms', kind: 'http-503' });
    expect(
      await failure(client.call('sendSms', { iccid: iccid(), text: 'hello', encoding: SmsEncoding.TEXT })),
    ).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(sandbox.calls('csss.sendSms')).toBe(1);
    expect(sandbox.csss.state.sms.count).toBe(smsBefore);
  });

  it('gives up a read after its retries: three calls, then UPSTREAM_UNAVAILABLE', async () => {
    sandbox.inject({ endpoint: 'csss.listPlans', kind: 'http-500', times: 5 });
    expect(await failure(client.call('listPlans', {}))).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      retryable: true,
    });
    expect(sandbox.calls('csss.listPlans')).toBe(3);
  });

  it('surfaces a timeout as UPSTREAM_TIMEOUT', async () => {
    sandbox.inject({ endpoint: 'csss.getMnoBalance', kind: 'timeout' });
    const started = performance.now();
    expect(
      await failure(clientWith({ timeoutMs: 200, retries: 0 }).call('getMnoBalance', { iccid: iccid() })),
    ).toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('surfaces a malformed body and a wrong-shape body as UPSTREAM_MALFORMED', async () => {
    sandbox.inject({ endpoint: 'csss.getUsage', kind: 'malformed' });
    expect(await failure(client.call('getUsage', { iccid: iccid() }))).toMatchObject({ code: 'UPSTREAM_MALFORMED' });
    sandbox.inject({ endpoint: 'csss.getUsage', kind: 'wrong-shape' });
    expect(await failure(client.call('getUsage', { iccid: iccid() }))).toMatchObject({ code: 'UPSTREAM_MALFORMED' });
    sandbox.inject({ endpoint: 'csss.listSimsInUse', kind: 'wrong-shape' });
    expect(await failure(client.call('listSimsInUse', {}))).toMatchObject({ code: 'UPSTREAM_MALFORMED' });
  });

  it('surfaces an injected business code with its classification, retrying only retryable codes on reads', async () => {
    sandbox.inject({ endpoint: 'csss.getSim', kind: 'business', code: '4290' });
    await expect(client.call('getSim', { iccid: iccid() })).resolves.toMatchObject({ iccid: iccid() });
    expect(sandbox.calls('csss.getSim')).toBe(2);
    sandbox.inject({ endpoint: 'csss.renewOrder', kind: 'business', code: '3001' });
    expect(await failure(client.call('renewOrder', { orderId: 'ORDER_1', periods: 1 }))).toMatchObject({
      code: 'FAILED_PRECONDITION',
      upstreamCode: '3001',
    });
    sandbox.inject({ endpoint: 'csss.getUsage', kind: 'business', code: '8888' });
    expect(await failure(client.call('getUsage', { iccid: iccid() }))).toMatchObject({
      code: 'UPSTREAM_ERROR',
      upstreamCode: '8888',
    });
  });

  it('survives malformed answers on every endpoint, then serves normally', async () => {
    sandbox.inject({ endpoint: 'csss.*', kind: 'malformed', times: 1_000 });
    const reads = [
      client.call('listPlans', {}),
      client.call('listSimsInUse', {}),
      client.call('getUsage', { iccid: iccid() }),
      client.call('getMnoBalance', { iccid: iccid() }),
      client.call('listSims', { iccids: [iccid()] }),
    ];
    for (const error of await Promise.all(reads.map(failure))) expect(error.code).toBe('UPSTREAM_MALFORMED');
    sandbox.clearFaults();
    await expect(client.call('listPlans', {})).resolves.toHaveLength(sandbox.csss.state.plans.length);
  });
});

describe('CSSS endpoint overrides', () => {
  const dir = mkdtempSync(join(tmpdir(), 'csss-overrides-'));
  let moved: Sandbox;
  let movedClient: CsssClient;

  beforeAll(async () => {
    const file = join(dir, 'endpoints.json');
    writeFileSync(
      file,
      JSON.stringify({
        csss: { getUsageBatch: { path: '/v9/flow/usageOfMany', batchLimit: 2 }, getSim: { path: '/v9/device/one' } },
      }),
    );
    const endpoints = applyOverrides('csss', csssEndpoints, readOverridesFile(file));
    moved = await startTestSandbox({ sims: 20, endpoints });
    movedClient = csssClientFor(moved);
  });

  afterAll(async () => {
    await movedClient.close();
    await moved.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('follows an overridden path of an endpoint documented by name only', async () => {
    const sims = moved.csss.state.sims;
    const items = await movedClient.call('getUsageBatch', { iccids: [sims[0].iccid, sims[1].iccid] });
    expect(items).toHaveLength(2);
    expect(moved.calls()).toMatchObject({ 'csss.getUsageBatch': 1 });
  });

  it('keeps serving a documented endpoint at its documented path, whatever the override says', async () => {
    const sims = moved.csss.state.sims;
    // The sandbox plays Linksfield, whose documented paths a deployment's file cannot move.
    const error = await failure(movedClient.call('getSim', { iccid: sims[0].iccid }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toContain('HTTP 404');
    const documented = csssClientFor(moved, { endpoints: csssEndpoints });
    extraClients.push(documented);
    await expect(documented.call('getSim', { iccid: sims[0].iccid })).resolves.toMatchObject({ iccid: sims[0].iccid });
  });

  it('applies the overridden batch limit', async () => {
    const sims = moved.csss.state.sims;
    const error = await failure(
      movedClient.call('getUsageBatch', { iccids: sims.slice(0, 3).map((sim) => sim.iccid) }),
    );
    expect(error).toMatchObject({ upstreamCode: '1005' });
  });

  it('no longer serves the old path of an endpoint documented by name only', async () => {
    const stale = csssClientFor(moved, { endpoints: csssEndpoints, retries: 0 });
    extraClients.push(stale);
    const error = await failure(stale.call('getUsageBatch', { iccids: [moved.csss.state.sims[0].iccid] }));
    expect(error.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(error.message).toContain('HTTP 404');
  });
});
