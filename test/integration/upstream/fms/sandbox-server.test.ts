import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../../../../src/config.js';
import { createFmsSandbox } from '../../../../src/sandbox/fms/family.js';
import { startSandbox, type Sandbox } from '../../../../src/sandbox/server.js';
import { FmsClient } from '../../../../src/upstream/fms/client.js';

describe('the FMS family inside the built-in sandbox server', () => {
  let sandbox: Sandbox;
  let client: FmsClient;

  beforeAll(async () => {
    sandbox = await startSandbox({
      sims: 10,
      families: [createFmsSandbox({ partnerCode: SANDBOX_CREDENTIALS.fmsPartnerCode, preOrderTimeoutMinutes: 10 })],
    });
    client = new FmsClient({
      baseUrl: `${sandbox.url}/fms`,
      partnerCode: SANDBOX_CREDENTIALS.fmsPartnerCode,
      timeoutMs: 2_000,
    });
  });
  afterAll(async () => {
    await client.close();
    await sandbox.close();
  });

  it('is served under /fms and counted as fms.<endpoint>', async () => {
    expect(await client.call('listRegions', {})).toHaveLength(4);
    expect(sandbox.calls('fms.listRegions')).toBe(1);
  });

  it('answers injected faults in its own envelope', async () => {
    sandbox.inject({ endpoint: 'fms.getPackage', kind: 'business', code: '6006' });
    await expect(client.call('getPackage', { packageId: '1000001' })).rejects.toMatchObject({
      code: 'PREORDER_EXPIRED',
      upstreamCode: '6006',
    });
    sandbox.inject({ endpoint: 'fms.listHotPackages', kind: 'wrong-shape' });
    await expect(client.call('listHotPackages', {})).rejects.toMatchObject({ code: 'UPSTREAM_MALFORMED' });
  });
});
