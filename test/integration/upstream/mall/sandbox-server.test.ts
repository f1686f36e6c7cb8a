import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../../../../src/config.js';
import { createMallSandbox } from '../../../../src/sandbox/mall/family.js';
import { startSandbox, type Sandbox } from '../../../../src/sandbox/server.js';
import { MallClient } from '../../../../src/upstream/mall/client.js';

describe('the Mall family inside the built-in sandbox server', () => {
  const credentials = {
    partnerCode: SANDBOX_CREDENTIALS.mallPartnerCode,
    secret: SANDBOX_CREDENTIALS.mallSecret,
    signMode: 'append',
  } as const;
  let sandbox: Sandbox;
  let client: MallClient;

  beforeAll(async () => {
    sandbox = await startSandbox({ sims: 10, families: [createMallSandbox(credentials)] });
    const base = `${sandbox.url}/mall`;
    client = new MallClient({
      vshopUrl: `${base}/vshop`,
      paymentUrl: `${base}/payment`,
      topupUrl: `${base}/topup`,
      ...credentials,
      timeoutMs: 2_000,
    });
  });
  afterAll(async () => {
    await client.close();
    await sandbox.close();
  });

  it('is served under /mall/vshop, /mall/payment and /mall/topup', async () => {
    expect((await client.call('verifyCard', { iccid: '89852420180910340793' })).partnerCode).toBe(
      credentials.partnerCode,
    );
    expect(
      await client.call('getPaymentResult', { paymentId: 'pi_none' }).catch((error: unknown) => error),
    ).toMatchObject({ upstreamCode: 'E1007' });
    expect(await client.call('listGroups', {})).toHaveLength(2);
    expect(sandbox.calls()).toMatchObject({ 'mall.verifyCard': 1, 'mall.getPaymentResult': 1, 'mall.listGroups': 1 });
  });

  it('answers an injected wrong-shape fault in its own envelope', async () => {
    sandbox.inject({ endpoint: 'mall.listGroups', kind: 'wrong-shape' });
    await expect(client.call('listGroups', {})).rejects.toMatchObject({ code: 'UPSTREAM_MALFORMED' });
  });
});
