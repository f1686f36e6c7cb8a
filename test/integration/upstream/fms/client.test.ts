import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../../../../src/config.js';
import type { SandboxFamily } from '../../../../src/sandbox/family.js';
import { createFmsSandbox, type FmsSandboxOptions } from '../../../../src/sandbox/fms/family.js';
import { UpstreamError } from '../../../../src/upstream/errors.js';
import { FmsClient } from '../../../../src/upstream/fms/client.js';
import { fmsEndpoints, type FmsEndpoints } from '../../../../src/upstream/fms/endpoints.js';
import { EsimOrderStatus, PackageScope, PaymentOutcome } from '../../../../src/upstream/fms/enums.js';
import type { PackageDetail, PackagePurchase } from '../../../../src/upstream/fms/model.js';
import { applyOverrides } from '../../../../src/upstream/overrides.js';
import { hostFamily, type FamilyHost } from '../../../support/family-host.js';

const PARTNER = SANDBOX_CREDENTIALS.fmsPartnerCode;
const START = Date.parse('2025-03-01T00:00:00.000Z');
const MINUTE = 60_000;

interface World {
  client: FmsClient;
  host: FamilyHost;
  /** Moves the sandbox's clock. */
  advance(ms: number): void;
  /** Request bodies as the sandbox received them. */
  bodies: { endpoint: string; body: unknown }[];
}

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function world(options: Partial<FmsSandboxOptions> = {}, endpoints: FmsEndpoints = fmsEndpoints): Promise<World> {
  let now = START;
  const family = createFmsSandbox({
    partnerCode: PARTNER,
    preOrderTimeoutMinutes: 10,
    now: () => now,
    profiles: 5,
    qrReadyAfterMs: 1_000,
    endpoints,
    ...options,
  });
  const bodies: World['bodies'] = [];
  const recording: SandboxFamily = {
    ...family,
    handle: (endpoint, request) => {
      bodies.push({ endpoint, body: request.body });
      return family.handle(endpoint, request);
    },
  };
  const host = await hostFamily(recording);
  const client = new FmsClient({ baseUrl: host.url, partnerCode: PARTNER, endpoints, timeoutMs: 2_000, retries: 2 });
  closers.push(
    () => client.close(),
    () => host.close(),
  );
  return { client, host, bodies, advance: (ms) => (now += ms) };
}

async function signUp(client: FmsClient, email = 'ana@example.com', password = 'correct horse'): Promise<string> {
  return (await client.call('register', { email, password })).token;
}

function purchaseOf(detail: PackageDetail, currency = 'USD', periods = 1): PackagePurchase {
  const price = detail.prices.find((entry) => entry.currency === currency)!;
  return {
    packageId: detail.id,
    packageCode: detail.code,
    currency,
    currencyId: price.currencyId,
    amount: (Number(price.amount) * periods).toFixed(2),
    periods,
  };
}

describe('FmsClient against the FMS sandbox', () => {
  it('round-trips every endpoint of the table through a whole purchase', async () => {
    const { client, host, advance } = await world();
    await client.call('requestVerificationCode', { email: 'ana@example.com' });
    const registered = await client.call('register', { email: 'ana@example.com', password: 'first password' });
    expect(registered.email).toBe('ana@example.com');
    expect(registered.expiresAt?.getTime()).toBe(START + 3 * 24 * 3600 * 1000);
    await client.call('resetPassword', {
      email: 'ana@example.com',
      password: 'first password',
      newPassword: 'second password',
    });
    const { token } = await client.call('login', { email: 'ana@example.com', password: 'second password' });

    const countries = await client.call('listCountries', {});
    expect(countries).toContainEqual({ mcc: '460', isoName: 'China', name: '中国', regionCode: 'AS' });
    const regions = await client.call('listRegions', {});
    expect(regions.map((region) => region.code)).toEqual(['AS', 'EU', 'NA', 'OC']);
    const inChina = await client.call('listCountryPackages', { mcc: '460', scope: PackageScope.INCLUDES_COUNTRY });
    const onlyChina = await client.call('listCountryPackages', { mcc: '460', scope: PackageScope.ONLY_COUNTRY });
    expect(onlyChina.map((item) => item.name)).toEqual(['China 1GB 7 days']);
    expect(inChina.length).toBeGreaterThan(onlyChina.length);
    expect(await client.call('listPackages', { isoName: 'japan', scope: PackageScope.ONLY_COUNTRY })).toEqual(
      await client.call('listPackages', { mcc: '440', scope: PackageScope.ONLY_COUNTRY }),
    );
    const europe = await client.call('listRegionPackages', { regionCode: 'EU' });
    expect(europe.every((item) => item.prices.some((price) => price.currency === 'EUR'))).toBe(true);
    const hot = await client.call('listHotPackages', {});
    expect(hot.length).toBeGreaterThan(0);

    const detail = await client.call('getPackage', { packageId: onlyChina[0].id });
    expect(detail).toMatchObject({
      code: 'LP20220325000001',
      period: 7,
      periodUnit: 'DAY',
      dataBytes: 1024 * 1024 * 1024,
      minPeriods: 1,
    });
    expect(detail.prices.map((price) => price.currency).sort()).toEqual(['CNY', 'EUR', 'USD']);
    expect(detail.coveredCountries.map((country) => country.mcc)).toEqual(['460']);

    const order = await client.call('preOrder', purchaseOf(detail), { token, language: 'en-US' });
    expect(order).toMatchObject({ packageName: 'China 1GB 7 days', quantity: 1, periods: 1, currency: 'USD' });
    expect(order.orderNumber).toMatch(/^ESIM_L20250301\d{7}$/);
    expect(await client.call('getOrderStatus', { orderId: order.orderId }, { token })).toEqual({
      status: EsimOrderStatus.WAITING_FOR_PAYMENT,
      qrCode: null,
    });

    await client.call(
      'reportPayment',
      {
        orderId: order.orderId,
        outcome: PaymentOutcome.SUCCEEDED,
        amount: '5.00',
        currency: 'USD',
        paidAt: new Date(START),
      },
      { token },
    );
    // Paid, but the profile is assigned a moment later: still waiting, no QR code.
    expect((await client.call('getOrderStatus', { orderId: order.orderId }, { token })).status).toBe(
      EsimOrderStatus.WAITING_FOR_PAYMENT,
    );
    advance(1_000);
    const paid = await client.call('getOrderStatus', { orderId: order.orderId }, { token });
    expect(paid.status).toBe(EsimOrderStatus.PAID);
    expect(paid.qrCode).toMatch(/^LPA:1\$/);

    advance(5 * 3600 * 1000);
    const esim = await client.call('getEsim', { orderId: order.orderId }, { token });
    expect(esim).toMatchObject({
      orderId: order.orderId,
      qrCode: paid.qrCode,
      packageCode: detail.code,
      dataBytes: detail.dataBytes,
      usedBytes: 50 * 1024 * 1024,
    });
    expect(esim.iccid).toMatch(/^\d{20}$/);
    expect(esim.remainingBytes).toBe(detail.dataBytes! - esim.usedBytes!);
    expect(esim.expiresAt?.getTime()).toBe(START + 7 * 24 * 3600 * 1000);

    const topUps = await client.call('listTopUpPackages', { orderId: order.orderId }, { token });
    expect(topUps.map((item) => item.name)).toEqual(['Asia top-up 1GB']);
    const topUpDetail = await client.call('getPackage', { packageId: topUps[0].id });
    const topUp = await client.call('topUp', { orderId: order.orderId, ...purchaseOf(topUpDetail) }, { token });
    await client.call(
      'reportPayment',
      {
        orderId: topUp.orderId,
        outcome: PaymentOutcome.SUCCEEDED,
        amount: '4.00',
        currency: 'USD',
        paidAt: new Date(START),
      },
      { token },
    );
    advance(1_000);
    expect((await client.call('getEsim', { orderId: order.orderId }, { token })).dataBytes).toBe(
      detail.dataBytes! + topUpDetail.dataBytes!,
    );

    const v12 = await client.call('preOrderV12', purchaseOf(detail, 'EUR', 2), { token });
    expect(v12).toMatchObject({ periods: 2, currency: 'EUR' });

    const unexercised = Object.keys(fmsEndpoints).filter((name) => host.calls(name) === 0);
    expect(unexercised).toEqual([]);
  });

  it('sends the password only as its MD5 and fills in the partner code', async () => {
    const { client, bodies } = await world();
    await signUp(client, 'bo@example.com', 'plain secret');
    const sent = bodies.find((entry) => entry.endpoint === 'register')!.body as Record<string, unknown>;
    expect(JSON.stringify(sent)).not.toContain('plain secret');
    expect(sent).toMatchObject({
      passwd: createHash('md5').update('plain secret').digest('hex'),
      partnerCode: PARTNER,
      appId: 14,
      userType: 4,
    });
  });

  it('refuses a user call without a token before sending it, and surfaces code 7 for a bad or expired token', async () => {
    const { client, host, advance } = await world();
    await expect(client.call('getOrderStatus', { orderId: '1' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      upstreamCode: undefined,
    });
    await expect(
      client.call('getOrderStatus', { orderId: '1' }, { token: 'bad\r\nx-injected: 1' }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(host.calls('getOrderStatus')).toBe(0);

    await expect(client.call('getOrderStatus', { orderId: '1' }, { token: 'not-a-token' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      upstreamCode: '7',
    });

    const token = await signUp(client);
    advance(3 * 24 * 3600 * 1000);
    const expired: unknown = await client
      .call('listTopUpPackages', { orderId: '1' }, { token })
      .catch((error: unknown) => error);
    expect(expired).toBeInstanceOf(UpstreamError);
    expect(expired).toMatchObject({ code: 'UNAUTHENTICATED', upstreamCode: '7' });
    expect(`${(expired as UpstreamError).message} ${JSON.stringify(expired)}`).not.toContain(token);
  });

  it('stops earlier tokens once the password is changed', async () => {
    const { client } = await world();
    const token = await signUp(client, 'cy@example.com', 'one');
    await client.call('resetPassword', { email: 'cy@example.com', password: 'one', newPassword: 'two' });
    await expect(client.call('getOrderStatus', { orderId: '1' }, { token })).rejects.toMatchObject({
      upstreamCode: '7',
    });
    await expect(client.call('login', { email: 'cy@example.com', password: 'one' })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      upstreamCode: '1001',
    });
  });

  it('cancels a pre-order paid after the timeout with 6006 and releases its profile', async () => {
    const { client, advance } = await world({ profiles: 1 });
    const token = await signUp(client);
    const detail = await client.call('getPackage', { packageId: '1000001' });
    const first = await client.call('preOrder', purchaseOf(detail), { token });
    await expect(client.call('preOrder', purchaseOf(detail), { token })).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      upstreamCode: '4002',
    });

    advance(10 * MINUTE);
    const late = {
      orderId: first.orderId,
      outcome: PaymentOutcome.SUCCEEDED,
      amount: '5',
      currency: 'USD',
      paidAt: new Date(START),
    };
    await expect(client.call('reportPayment', late, { token })).rejects.toMatchObject({
      code: 'PREORDER_EXPIRED',
      upstreamCode: '6006',
    });
    expect((await client.call('getOrderStatus', { orderId: first.orderId }, { token })).status).toBe(
      EsimOrderStatus.CANCELLED,
    );
    // The one profile is back in the pool.
    await client.call('preOrder', purchaseOf(detail), { token });
  });

  it('takes a payment reported just inside the timeout', async () => {
    const { client, advance } = await world({ preOrderTimeoutMinutes: 60 });
    const token = await signUp(client);
    const order = await client.call('preOrder', purchaseOf(await client.call('getPackage', { packageId: '1000001' })), {
      token,
    });
    advance(60 * MINUTE - 1);
    await client.call(
      'reportPayment',
      {
        orderId: order.orderId,
        outcome: PaymentOutcome.SUCCEEDED,
        amount: '5',
        currency: 'USD',
        paidAt: new Date(START),
      },
      { token },
    );
    advance(1_000);
    expect((await client.call('getOrderStatus', { orderId: order.orderId }, { token })).status).toBe(
      EsimOrderStatus.PAID,
    );
  });

  it('marks a failed payment and puts the profile back', async () => {
    const { client } = await world({ profiles: 1 });
    const token = await signUp(client);
    const detail = await client.call('getPackage', { packageId: '1000001' });
    const order = await client.call('preOrder', purchaseOf(detail), { token });
    await client.call(
      'reportPayment',
      { orderId: order.orderId, outcome: PaymentOutcome.FAILED, amount: '5', currency: 'USD', paidAt: new Date(START) },
      { token },
    );
    expect(await client.call('getOrderStatus', { orderId: order.orderId }, { token })).toEqual({
      status: EsimOrderStatus.PAYMENT_FAILED,
      qrCode: null,
    });
    await expect(client.call('getEsim', { orderId: order.orderId }, { token })).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      upstreamCode: '3005',
    });
    await client.call('preOrder', purchaseOf(detail), { token });
  });

  it('refuses a wrong amount or currency with 10009 and keeps the order payable', async () => {
    const { client } = await world();
    const token = await signUp(client);
    const order = await client.call('preOrder', purchaseOf(await client.call('getPackage', { packageId: '1000001' })), {
      token,
    });
    const report = {
      orderId: order.orderId,
      outcome: PaymentOutcome.SUCCEEDED,
      amount: '4.99',
      currency: 'USD',
      paidAt: new Date(START),
    };
    await expect(client.call('reportPayment', report, { token })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      upstreamCode: '10009',
    });
    await expect(
      client.call('reportPayment', { ...report, amount: '5', currency: 'EUR' }, { token }),
    ).rejects.toMatchObject({ upstreamCode: '10009' });
    await client.call('reportPayment', { ...report, amount: '5.00' }, { token });
    await expect(client.call('reportPayment', { ...report, amount: '5.00' }, { token })).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      upstreamCode: '6007',
    });
  });

  it("answers 10008 for an unknown order and for another user's order alike", async () => {
    const { client } = await world();
    const ana = await signUp(client, 'ana@example.com');
    const bo = await signUp(client, 'bo@example.com');
    const order = await client.call('preOrder', purchaseOf(await client.call('getPackage', { packageId: '1000001' })), {
      token: ana,
    });
    const report = {
      orderId: '999',
      outcome: PaymentOutcome.SUCCEEDED,
      amount: '5',
      currency: 'USD',
      paidAt: new Date(START),
    };
    await expect(client.call('reportPayment', report, { token: ana })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: '10008',
    });
    await expect(client.call('getOrderStatus', { orderId: order.orderId }, { token: bo })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: '10008',
    });
    await expect(client.call('getEsim', { orderId: order.orderId }, { token: bo })).rejects.toMatchObject({
      upstreamCode: '10008',
    });
  });

  it('refuses a pre-order priced differently from the catalogue', async () => {
    const { client } = await world();
    const token = await signUp(client);
    const detail = await client.call('getPackage', { packageId: '1000001' });
    await expect(client.call('preOrder', { ...purchaseOf(detail), amount: '1' }, { token })).rejects.toMatchObject({
      upstreamCode: '10009',
    });
    await expect(client.call('getPackage', { packageId: '42' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: '4001',
    });
  });

  it('never retries a write after a failure, and retries a read', async () => {
    const { client, host } = await world();
    const token = await signUp(client);
    const detail = await client.call('getPackage', { packageId: '1000001' });
    host.failNext('preOrder', 503);
    await expect(client.call('preOrder', purchaseOf(detail), { token })).rejects.toMatchObject({
      code: 'UPSTREAM_UNAVAILABLE',
    });
    expect(host.calls('preOrder')).toBe(1);

    host.failNext('listCountries', 503);
    expect((await client.call('listCountries', {})).length).toBeGreaterThan(0);
    expect(host.calls('listCountries')).toBe(2);
  });

  it('serves and calls an overridden path of an endpoint documented by name only from the same effective table', async () => {
    const table = applyOverrides('fms', fmsEndpoints, { fms: { requestVerificationCode: { path: '/user/sendCode' } } });
    const { client, bodies } = await world({}, table);
    await client.call('requestVerificationCode', { email: 'buyer@example.com' });
    expect(bodies.map((entry) => entry.endpoint)).toEqual(['requestVerificationCode']);
  });

  it('keeps a documented endpoint at its documented path, whatever the override says', async () => {
    const table = applyOverrides('fms', fmsEndpoints, { fms: { listCountries: { path: '/package/countries' } } });
    const { client, bodies } = await world({}, table);
    await expect(client.call('listCountries', {})).rejects.toMatchObject({
      message: expect.stringContaining('HTTP 404'),
    });
    expect(bodies).toEqual([]);
  });
});
