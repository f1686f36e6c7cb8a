import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../../../src/config.js';
import { createFmsSandbox } from '../../../src/sandbox/fms/family.js';
import { createMallSandbox } from '../../../src/sandbox/mall/family.js';
import type { Sandbox } from '../../../src/sandbox/server.js';
import { FmsClient } from '../../../src/upstream/fms/client.js';
import { MallClient } from '../../../src/upstream/mall/client.js';
import { startTestSandbox } from '../../support/sandbox.js';

/** Business faults for FMS and the Mall through the HTTP control API: each family's own codes, in its own envelope. */
const mall = {
  partnerCode: SANDBOX_CREDENTIALS.mallPartnerCode,
  secret: SANDBOX_CREDENTIALS.mallSecret,
  signMode: 'append',
} as const;
let sandbox: Sandbox;
let fmsClient: FmsClient;
let mallClient: MallClient;

beforeAll(async () => {
  sandbox = await startTestSandbox({
    sims: 10,
    families: [
      createFmsSandbox({ partnerCode: SANDBOX_CREDENTIALS.fmsPartnerCode, preOrderTimeoutMinutes: 10 }),
      createMallSandbox(mall),
    ],
  });
  fmsClient = new FmsClient({
    baseUrl: `${sandbox.url}/fms`,
    partnerCode: SANDBOX_CREDENTIALS.fmsPartnerCode,
    timeoutMs: 2_000,
    retries: 0,
  });
  const base = `${sandbox.url}/mall`;
  mallClient = new MallClient({
    vshopUrl: `${base}/vshop`,
    paymentUrl: `${base}/payment`,
    topupUrl: `${base}/topup`,
    ...mall,
    timeoutMs: 2_000,
    retries: 0,
  });
});

afterAll(async () => {
  await Promise.all([fmsClient.close(), mallClient.close()]);
  await sandbox.close();
});

async function inject(fault: Record<string, unknown>) {
  const response = await fetch(`${sandbox.url}/_sandbox/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fault),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('business faults of FMS and the Mall', () => {
  it('injects an FMS code the four-digit rule used to refuse, answered in the FMS envelope', async () => {
    expect(await inject({ endpoint: 'fms.listRegions', kind: 'business', code: '7' })).toEqual({
      status: 201,
      json: { fault: { endpoint: 'fms.listRegions', kind: 'business', code: '7', times: 1 } },
    });
    await expect(fmsClient.call('listRegions', {})).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      upstreamCode: '7',
    });
    expect((await inject({ endpoint: 'fms.*', kind: 'business', code: '10008' })).status).toBe(201);
    await expect(fmsClient.call('listRegions', {})).rejects.toMatchObject({ code: 'NOT_FOUND', upstreamCode: '10008' });
  });

  it('injects a Mall code, answered in the Mall envelope', async () => {
    expect((await inject({ endpoint: 'mall.listGroups', kind: 'business', code: 'E1004' })).status).toBe(201);
    await expect(mallClient.call('listGroups', {})).rejects.toMatchObject({ code: 'NOT_FOUND', upstreamCode: 'E1004' });
    expect((await inject({ endpoint: 'mall.listGroups', kind: 'business', code: 'E9999' })).status).toBe(201);
    await expect(mallClient.call('listGroups', {})).rejects.toMatchObject({
      code: 'UPSTREAM_ERROR',
      upstreamCode: 'E9999',
      retryable: true,
    });
  });

  it("refuses with 400 a code the endpoint's family cannot carry, or its success code", async () => {
    for (const fault of [
      { endpoint: 'fms.listRegions', kind: 'business', code: 'E1004' },
      { endpoint: 'fms.listRegions', kind: 'business', code: '0' },
      { endpoint: 'mall.listGroups', kind: 'business', code: 'S' },
      { endpoint: 'csss.getSim', kind: 'business', code: '7' },
      { endpoint: 'csss.getSim', kind: 'business', code: '0000' },
      { endpoint: '*', kind: 'business', code: 'E9999' },
    ]) {
      const answer = await inject(fault);
      expect(answer.status).toBe(400);
      expect(answer.json.error).toMatch(/failure code/);
    }
    expect(sandbox.faults()).toEqual([]);
  });

  it('takes a code every family can carry for all of them', async () => {
    expect((await inject({ endpoint: '*', kind: 'business', code: '9999' })).status).toBe(201);
    sandbox.clearFaults();
  });
});
