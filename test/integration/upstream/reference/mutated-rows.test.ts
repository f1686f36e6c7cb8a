import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../../../../src/config.js';
import { createFmsSandbox } from '../../../../src/sandbox/fms/family.js';
import { createMallSandbox } from '../../../../src/sandbox/mall/family.js';
import type { Sandbox } from '../../../../src/sandbox/server.js';
import { csssEndpoints, type CsssEndpoints } from '../../../../src/upstream/csss/endpoints.js';
import type { AnyEndpoint } from '../../../../src/upstream/endpoint.js';
import { UpstreamError } from '../../../../src/upstream/errors.js';
import { FmsClient } from '../../../../src/upstream/fms/client.js';
import { fmsEndpoints, type FmsEndpoints } from '../../../../src/upstream/fms/endpoints.js';
import { PackageScope } from '../../../../src/upstream/fms/enums.js';
import { MallClient } from '../../../../src/upstream/mall/client.js';
import { mallEndpoints, type MallEndpoints } from '../../../../src/upstream/mall/endpoints.js';
import { signMall } from '../../../../src/upstream/mall/sign.js';
import { hostFamily, type FamilyHost } from '../../../support/family-host.js';
import { csssClientFor, paidPurchase, startTestSandbox } from '../../../support/sandbox.js';

/**
 * The sandbox is an independent check: it holds its own statement of each documented endpoint, so a client row
 * with a mistake in it (a misspelt or missing field, a wrong type, a wrong path) fails against it, where a sandbox
 * serving the client's own table would have agreed with the mistake.
 */
let sandbox: Sandbox;
let mall: FamilyHost;
let fms: FamilyHost;
const PARTNER = SANDBOX_CREDENTIALS.mallPartnerCode;
const START = Date.parse('2025-03-01T00:00:00.000Z');
const CARD = '89852420180910340793';

beforeAll(async () => {
  sandbox = await startTestSandbox({ sims: 5 });
  mall = await hostFamily(
    createMallSandbox({
      partnerCode: PARTNER,
      secret: SANDBOX_CREDENTIALS.mallSecret,
      signMode: 'documented',
      now: () => START,
    }),
  );
  fms = await hostFamily(
    createFmsSandbox({ partnerCode: SANDBOX_CREDENTIALS.fmsPartnerCode, preOrderTimeoutMinutes: 10 }),
  );
});

afterAll(async () => {
  await Promise.all([sandbox.close(), mall.close(), fms.close()]);
});

async function csssOutcome(
  endpoints: CsssEndpoints,
  call: (client: ReturnType<typeof csssClientFor>) => Promise<unknown>,
): Promise<unknown> {
  const client = csssClientFor(sandbox, { endpoints, retries: 0 });
  try {
    return await call(client).then(
      () => 'accepted',
      (error: unknown) =>
        error instanceof UpstreamError
          ? {
              code: error.code,
              upstreamCode: error.upstreamCode,
              upstreamMessage: error.upstreamMessage,
              message: error.message,
            }
          : error,
    );
  } finally {
    await client.close();
  }
}

/** The client's table with one row changed, the way a typo in `endpoints.ts` would change it. */
function mutatedCsss(name: keyof CsssEndpoints, change: (row: AnyEndpoint) => Partial<AnyEndpoint>): CsssEndpoints {
  const row: AnyEndpoint = csssEndpoints[name];
  return { ...csssEndpoints, [name]: { ...row, ...change(row) } } as CsssEndpoints;
}

describe('a mistake in a documented CSSS row fails against the sandbox', () => {
  const iccid = () => sandbox.csss.state.sims[0].iccid;

  it('the row as written is accepted', async () => {
    expect(await csssOutcome(csssEndpoints, (client) => client.call('getUsage', { iccid: iccid() }))).toBe('accepted');
    expect(
      await csssOutcome(csssEndpoints, (client) => client.call('orderPlan', { ...paidPurchase(), iccid: iccid() })),
    ).toBe('accepted');
  });

  it('a misspelt field name', async () => {
    const table = mutatedCsss('getUsage', () => ({
      encode: (input: { iccid: string }) => ({ deviceId: input.iccid }),
    }));
    expect(await csssOutcome(table, (client) => client.call('getUsage', { iccid: iccid() }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      upstreamCode: '1004',
      upstreamMessage: expect.stringContaining('device_id is required'),
    });
  });

  it('a stray field the reference does not have', async () => {
    const table = mutatedCsss('getSim', () => ({
      encode: (input: { iccid: string }) => ({ device_id: input.iccid, iccid: input.iccid }),
    }));
    expect(await csssOutcome(table, (client) => client.call('getSim', { iccid: iccid() }))).toMatchObject({
      upstreamCode: '1004',
      upstreamMessage: expect.stringContaining('iccid is not a parameter'),
    });
  });

  it('a required field left out', async () => {
    const table = mutatedCsss('orderPlan', (row) => ({
      encode: (input) => {
        const { test_flow_flag: _dropped, ...rest } = row.encode(input);
        return rest;
      },
    }));
    expect(
      await csssOutcome(table, (client) => client.call('orderPlan', { ...paidPurchase(), iccid: iccid() })),
    ).toMatchObject({
      upstreamCode: '1004',
      upstreamMessage: expect.stringContaining('test_flow_flag is required'),
    });
  });

  it('a number sent as text', async () => {
    const table = mutatedCsss('renewOrder', () => ({
      encode: (input: { orderId: string; periods: number }) => ({
        order_id: input.orderId,
        renew_period: String(input.periods),
      }),
    }));
    expect(
      await csssOutcome(table, (client) => client.call('renewOrder', { orderId: 'ORDER_1', periods: 1 })),
    ).toMatchObject({
      upstreamCode: '1004',
      upstreamMessage: expect.stringContaining('renew_period must be a whole number'),
    });
  });

  it('a value outside the documented set', async () => {
    const table = mutatedCsss('orderPlan', (row) => ({
      encode: (input) => ({ ...row.encode(input), pay_rst: 'PAID' }),
    }));
    expect(
      await csssOutcome(table, (client) => client.call('orderPlan', { ...paidPurchase(), iccid: iccid() })),
    ).toMatchObject({
      upstreamCode: '1004',
      upstreamMessage: expect.stringContaining('pay_rst must be one of "1", "2"'),
    });
  });

  it('a wrong path', async () => {
    const table = mutatedCsss('getUsage', () => ({ path: '/flow/queryDeviceFlow' }));
    expect(await csssOutcome(table, (client) => client.call('getUsage', { iccid: iccid() }))).toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
      message: expect.stringContaining('HTTP 404'),
    });
  });
});

describe('a mistake in a documented Mall row fails against the Mall sandbox', () => {
  const clientWith = (endpoints: MallEndpoints) =>
    new MallClient({
      vshopUrl: `${mall.url}/vshop`,
      paymentUrl: `${mall.url}/payment`,
      topupUrl: `${mall.url}/topup`,
      partnerCode: PARTNER,
      secret: SANDBOX_CREDENTIALS.mallSecret,
      signMode: 'documented',
      timeoutMs: 2_000,
      retries: 0,
      endpoints,
      now: () => START,
    });

  const outcome = async (endpoints: MallEndpoints) => {
    const client = clientWith(endpoints);
    try {
      return await client.call('verifyCard', { iccid: CARD }).then(
        () => 'accepted',
        (error: unknown) =>
          error instanceof UpstreamError
            ? { upstreamCode: error.upstreamCode, upstreamMessage: error.upstreamMessage, message: error.message }
            : error,
      );
    } finally {
      await client.close();
    }
  };

  it('the row as written is accepted; a misspelt field and a wrong path are not', async () => {
    expect(await outcome(mallEndpoints)).toBe('accepted');
    const misspelt = {
      ...mallEndpoints,
      verifyCard: { ...mallEndpoints.verifyCard, encode: (input: { iccid: string }) => ({ devicecode: input.iccid }) },
    } as unknown as MallEndpoints;
    expect(await outcome(misspelt)).toMatchObject({
      upstreamCode: 'E0003',
      upstreamMessage: expect.stringContaining('deviceCode is required'),
    });
    const moved = { ...mallEndpoints, verifyCard: { ...mallEndpoints.verifyCard, path: '/singleLogin' } };
    expect(await outcome(moved)).toMatchObject({ message: expect.stringContaining('HTTP 404') });
  });

  it.each(['languageCode', 'mark', 'terminal', 'version'])(
    'refuses a vshop request without %s, signed or not',
    async (field) => {
      const params: Record<string, unknown> = {
        deviceCode: CARD,
        languageCode: '1',
        mark: '0',
        partnerCode: PARTNER,
        terminal: '0',
        tradeTime: String(START),
        tradeType: 'singleQueryOrder',
        version: '3.0',
      };
      delete params[field];
      params.sign = signMall(params, '', 'documented');
      for (const path of ['/vshop/singleQueryOrder', '/vshop/singleQueryAutoRenewal']) {
        const response = await request(`${mall.url}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(params),
        });
        expect(await response.body.json()).toMatchObject({
          operateCode: 'E0003',
          message: expect.stringContaining(`${field} is required`),
        });
      }
    },
  );
});

describe('a mistake in a documented FMS row fails against the FMS sandbox', () => {
  const outcome = async (endpoints: FmsEndpoints) => {
    const client = new FmsClient({
      baseUrl: fms.url,
      partnerCode: SANDBOX_CREDENTIALS.fmsPartnerCode,
      endpoints,
      timeoutMs: 2_000,
      retries: 0,
    });
    try {
      const countries = await client.call('listCountries', {});
      const packages = await client.call('listCountryPackages', {
        mcc: countries[0].mcc,
        scope: PackageScope.INCLUDES_COUNTRY,
      });
      return await client.call('getPackage', { packageId: packages[0].id }).then(
        () => 'accepted',
        (error: unknown) =>
          error instanceof UpstreamError
            ? { upstreamCode: error.upstreamCode, upstreamMessage: error.upstreamMessage, message: error.message }
            : error,
      );
    } finally {
      await client.close();
    }
  };

  it('the row as written is accepted; a misspelt field, a number sent as text and a wrong path are not', async () => {
    expect(await outcome(fmsEndpoints)).toBe('accepted');
    const change = (encode: (input: { packageId: string }) => Record<string, unknown>) =>
      ({ ...fmsEndpoints, getPackage: { ...fmsEndpoints.getPackage, encode } }) as unknown as FmsEndpoints;
    expect(await outcome(change((input) => ({ packageId: Number(input.packageId), orderNumber: 1 })))).toMatchObject({
      upstreamCode: '2',
      upstreamMessage: expect.stringContaining('id is required'),
    });
    expect(await outcome(change((input) => ({ id: input.packageId, orderNumber: 1 })))).toMatchObject({
      upstreamCode: '2',
      upstreamMessage: expect.stringContaining('id must be a whole number'),
    });
    const moved = { ...fmsEndpoints, getPackage: { ...fmsEndpoints.getPackage, path: '/package/detail' } };
    expect(await outcome(moved)).toMatchObject({ message: expect.stringContaining('HTTP 404') });
  });
});
