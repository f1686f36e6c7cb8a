import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EsimCatalogueDocument,
  EsimLoginDocument,
  MallBundleGroupsDocument,
  MallCardDocument,
  WatchEsimOrderDocument,
} from '../../../examples/generated/operations.js';
import { SANDBOX_CREDENTIALS } from '../../../src/config.js';
import type { Sandbox } from '../../../src/sandbox/server.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { startTestSandbox } from '../../support/sandbox.js';
import { follow, wsClient } from './esim-world.js';

/** A gateway over a CSSS-only Linksfield: the eSIM families have no base URL, so their fields say which to set. */
let sandbox: Sandbox;
let t: TestGateway;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  t = await startTestGateway({
    LINKSFIELD_BASE_URL: sandbox.url,
    GATEWAY_AUTH: 'none',
    LINKSFIELD_ACCESS_CODE: SANDBOX_CREDENTIALS.accessCode,
    LINKSFIELD_SECRET: SANDBOX_CREDENTIALS.secret,
    LINKSFIELD_NOTIFY_SECRET: SANDBOX_CREDENTIALS.notifySecret,
  });
});
afterAll(async () => {
  await t.close();
  await sandbox.close();
});

describe('without FMS and Mall base URLs', () => {
  it('answers the FMS fields with NOT_CONFIGURED naming FMS_BASE_URL, before asking for a token', async () => {
    for (const result of [
      await t.execute(EsimCatalogueDocument),
      await t.execute(EsimLoginDocument, { input: { email: 'a@example.com', password: 'x' } }),
    ]) {
      expect(result.errors?.[0].extensions?.code).toBe('NOT_CONFIGURED');
      expect(result.errors?.[0].message).toContain('FMS_BASE_URL');
    }
    const client = wsClient(t, { esimToken: 'some-token' });
    const errors = await follow(client, WatchEsimOrderDocument, { orderId: '1' }).ended;
    await client.dispose();
    expect(errors?.[0].extensions?.code).toBe('NOT_CONFIGURED');
  });

  it('answers the Mall fields with NOT_CONFIGURED naming the MALL_*_URL settings', async () => {
    for (const result of [
      await t.execute(MallCardDocument, { iccid: '89852420180910340793' }),
      await t.execute(MallBundleGroupsDocument),
    ]) {
      expect(result.errors?.[0].extensions?.code).toBe('NOT_CONFIGURED');
      expect(result.errors?.[0].message).toContain('MALL_VSHOP_URL, MALL_PAYMENT_URL, MALL_TOPUP_URL');
    }
  });
});
