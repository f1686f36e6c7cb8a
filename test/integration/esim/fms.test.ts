import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EsimCatalogueDocument,
  EsimCountryPackagesDocument,
  EsimLoginDocument,
  EsimOrderStatusDocument,
  EsimPackageDocument,
  EsimPackagesDocument,
  EsimPreOrderDocument,
  EsimRegionPackagesDocument,
  EsimRegisterDocument,
  EsimTopUpDocument,
  MyEsimDocument,
  ReportEsimPaymentDocument,
  RequestEsimVerificationCodeDocument,
  ResetEsimPasswordDocument,
  type EsimPurchaseInput,
} from '../../../examples/generated/operations.js';
import { startTestGateway, type Result, type TestGateway } from '../../support/gateway.js';
import { signUp, storedEntries, type EsimUser } from './esim-world.js';

/** Packages of the sandbox catalogue (src/sandbox/fms/catalogue.ts). */
const CHINA_1GB = '1000001';
const ASIA_10GB = '1000005';
const ASIA_TOP_UP = '1000011';

let t: TestGateway;
let ana: EsimUser;
let bo: EsimUser;
/** Every answer a test saw, to prove no token ever comes back outside a sign-in. */
const answers: string[] = [];

beforeAll(async () => {
  // Demand control estimates aliases as separate reads; the loader test asks twice for the same data on purpose.
  t = await startTestGateway({ GRAPHQL_MAX_UPSTREAM_CALLS: '1000' });
  [ana, bo] = await Promise.all([signUp(t), signUp(t)]);
});
afterAll(() => t.close());
beforeEach(() => {
  t.sandbox.resetCalls();
  t.sandbox.clearFaults();
});

function seen<T>(result: Result<T>): Result<T> {
  answers.push(JSON.stringify(result));
  return result;
}

const codeOf = (result: Result<unknown>) => result.errors?.[0].extensions?.code;
const upstreamCodeOf = (result: Result<unknown>) => result.errors?.[0].extensions?.upstreamCode;

const purchase = (packageId: string, extra: Partial<EsimPurchaseInput> = {}): EsimPurchaseInput => ({
  packageId,
  currency: 'USD',
  ...extra,
});

async function preOrder(
  user: EsimUser,
  packageId = CHINA_1GB,
  extra: Partial<EsimPurchaseInput> = {},
  idempotencyKey?: string,
) {
  return seen(await user.execute(EsimPreOrderDocument, { input: purchase(packageId, extra), idempotencyKey }));
}

async function pay(user: EsimUser, orderId: string, amount: string, currency = 'USD') {
  return seen(
    await user.execute(ReportEsimPaymentDocument, {
      input: { orderId, outcome: 'SUCCEEDED', amount: { amount, currency }, paidAt: new Date().toISOString() },
    }),
  );
}

async function paidOrder(user: EsimUser, packageId: string): Promise<string> {
  const ordered = await preOrder(user, packageId);
  const { orderId } = ordered.data!.esimPreOrder!.preOrder;
  const price = (await t.execute(EsimPackageDocument, { id: packageId })).data!.esimPackage!.prices!.find(
    (entry) => entry.price.currency === 'USD',
  )!.price.amount;
  expect((await pay(user, orderId, price)).errors).toBeUndefined();
  await vi.waitFor(
    async () => expect((await user.execute(EsimOrderStatusDocument, { orderId })).data?.esimOrder?.status).toBe('PAID'),
    { timeout: 5_000, interval: 100 },
  );
  return orderId;
}

describe('signing in', () => {
  it('registers, logs in with a fresh token each time, and refuses a wrong password with FMS 1001', async () => {
    const email = `carla.${process.pid}@example.com`;
    const registered = await t.execute(EsimRegisterDocument, {
      input: { email, password: 'first secret', app: 'APP' },
    });
    expect(registered.data!.esimRegister!.session).toMatchObject({
      email,
      token: expect.any(String),
      userId: expect.any(String),
    });
    expect(Date.parse(registered.data!.esimRegister!.session.expiresAt!)).toBeGreaterThan(
      Date.now() + 2 * 24 * 3600_000,
    );
    const login = await t.execute(EsimLoginDocument, { input: { email, password: 'first secret' } });
    expect(login.data!.esimLogin!.session.token).not.toBe(registered.data!.esimRegister!.session.token);
    const wrong = seen(await t.execute(EsimLoginDocument, { input: { email, password: 'not it' } }));
    expect([codeOf(wrong), upstreamCodeOf(wrong)]).toEqual(['UNAUTHENTICATED', '1001']);
    const again = seen(await t.execute(EsimRegisterDocument, { input: { email, password: 'x' } }));
    expect([codeOf(again), upstreamCodeOf(again)]).toEqual(['FAILED_PRECONDITION', '1002']);
  });

  it('checks the email before any upstream call', async () => {
    const bad = await t.execute(EsimLoginDocument, { input: { email: 'not-an-email', password: 'x' } });
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(t.sandbox.calls('fms.login')).toBe(0);
  });

  it('sends a verification code and resets a password, after which the old token is refused with FMS 7', async () => {
    const dana = await signUp(t, 'old password');
    const code = await t.execute(RequestEsimVerificationCodeDocument, { input: { email: dana.email } });
    expect(code.data!.requestEsimVerificationCode).toEqual({ email: dana.email });
    const reset = await t.execute(ResetEsimPasswordDocument, {
      input: { email: dana.email, password: 'old password', newPassword: 'new password' },
    });
    expect(reset.data!.resetEsimPassword).toEqual({ email: dana.email });
    const stale = seen(await dana.execute(EsimOrderStatusDocument, { orderId: '1' }));
    expect([codeOf(stale), upstreamCodeOf(stale)]).toEqual(['UNAUTHENTICATED', '7']);
    const login = await t.execute(EsimLoginDocument, { input: { email: dana.email, password: 'new password' } });
    expect(login.data!.esimLogin!.session.email).toBe(dana.email);
  });
});

describe('the catalogue', () => {
  it('lists countries, regions and featured packages without a token, and reads them upstream once', async () => {
    const first = await t.execute(EsimCatalogueDocument);
    expect(first.errors).toBeUndefined();
    expect(first.data!.esimCountries!).toContainEqual({ mcc: '460', isoName: 'China', name: '中国', regionCode: 'AS' });
    expect(first.data!.esimRegions!.map((region) => region.code)).toEqual(['AS', 'EU', 'NA', 'OC']);
    const hot = first.data!.esimHotPackages!;
    expect(hot.map((pkg) => pkg.id)).toContain(CHINA_1GB);
    expect(hot.find((pkg) => pkg.id === CHINA_1GB)).toMatchObject({
      dataBytes: 1024 * 1024 * 1024,
      period: 7,
      periodUnit: 'DAY',
    });
    expect(hot[0].prices!.map((entry) => entry.price.currency).sort()).toEqual(['CNY', 'EUR', 'USD']);
    await t.execute(EsimCatalogueDocument);
    expect([
      t.sandbox.calls('fms.listCountries'),
      t.sandbox.calls('fms.listRegions'),
      t.sandbox.calls('fms.listHotPackages'),
    ]).toEqual([1, 1, 1]);
  });

  it('reads each featured package detail once per request, however many fields ask, and then from the cache', async () => {
    const hotDetails = parse(
      '{ esimHotPackages { id detail { minPeriods } } again: esimHotPackages { id detail { maxPeriods } } }',
    ) as TypedDocumentNode<Record<string, { id: string; detail: object | null }[]>>;
    // A language the shared cache does not keep: only the request's own loaders dedupe.
    const uncached = await t.execute(hotDetails, undefined, { 'accept-language': 'fr-FR' });
    expect(uncached.errors).toBeUndefined();
    const ids = new Set(uncached.data!.esimHotPackages.map((pkg) => pkg.id));
    expect(uncached.data!.again.every((pkg) => pkg.detail !== null)).toBe(true);
    expect([t.sandbox.calls('fms.listHotPackages'), t.sandbox.calls('fms.getPackage')]).toEqual([1, ids.size]);

    await t.execute(hotDetails);
    t.sandbox.resetCalls();
    expect((await t.execute(hotDetails)).errors).toBeUndefined();
    expect(t.sandbox.calls()).toEqual({});
  });

  it('lists packages by MCC, by English name and by region, and the packages of each country and region', async () => {
    const onlyChina = await t.execute(EsimPackagesDocument, { location: { mcc: '460' }, scope: 'ONLY_COUNTRY' });
    expect(onlyChina.data!.esimPackages!.map((pkg) => pkg.name)).toEqual(['China 1GB 7 days']);
    const japan = await t.execute(EsimPackagesDocument, { location: { countryName: 'japan' } });
    expect(japan.data!.esimPackages!.map((pkg) => pkg.name)).toEqual(
      expect.arrayContaining(['Japan 5GB 30 days', 'Asia 10GB 30 days']),
    );
    expect(t.sandbox.calls('fms.listPackages')).toBe(2);
    const europe = await t.execute(EsimPackagesDocument, { location: { region: 'EU' } });
    expect(europe.data!.esimPackages!.map((pkg) => pkg.name)).toContain('Europe 5GB 30 days');

    const byCountry = await t.execute(EsimCountryPackagesDocument, { scope: 'ONLY_COUNTRY' });
    expect(
      byCountry.data!.esimCountries!.find((country) => country.mcc === '440')!.packages!.map((pkg) => pkg.name),
    ).toEqual(['Japan 5GB 30 days']);
    expect(t.sandbox.calls('fms.listCountryPackages')).toBe(byCountry.data!.esimCountries!.length);
    const byRegion = await t.execute(EsimRegionPackagesDocument);
    expect(
      byRegion.data!.esimRegions!.find((region) => region.code === 'OC')!.packages!.map((pkg) => pkg.name),
    ).toEqual(['Australia 1GB 7 days']);
  });

  it('refuses a package query that names no place or two, and sells nothing where the catalogue lists no such place', async () => {
    expect(codeOf(await t.execute(EsimPackagesDocument, { location: {} as never }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.execute(EsimPackagesDocument, { location: { mcc: '460', region: 'AS' } as never }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await t.execute(EsimPackagesDocument, { location: { mcc: 'CN' } }))).toBe('BAD_USER_INPUT');
    for (const nowhere of [{ countryName: 'Atlantis' }, { mcc: '999' }, { region: 'MOON' }]) {
      expect((await t.execute(EsimPackagesDocument, { location: nowhere })).data!.esimPackages).toEqual([]);
    }
    expect(t.sandbox.calls('fms.listPackages') + t.sandbox.calls('fms.listRegionPackages')).toBe(0);
  });

  it('shows one package with its detail and prices per currency, and NOT_FOUND for an unknown one', async () => {
    const { data } = await t.execute(EsimPackageDocument, { id: ASIA_10GB });
    expect(data!.esimPackage!).toMatchObject({
      id: ASIA_10GB,
      name: 'Asia 10GB 30 days',
      dataBytes: 10240 * 1024 * 1024,
    });
    expect(data!.esimPackage!.prices).toContainEqual({
      price: { amount: '25', currency: 'USD' },
      symbol: '$',
      decimals: 2,
    });
    expect(data!.esimPackage!.detail).toMatchObject({
      minPeriods: 1,
      maxPeriods: 6,
      updatedAt: '2024-01-15T08:00:00.000Z',
    });
    expect(data!.esimPackage!.detail!.coveredCountries.map((country) => country.mcc)).toEqual(
      expect.arrayContaining(['460', '502', '520', '525', '440']),
    );
    const unknown = await t.execute(EsimPackageDocument, { id: '42' });
    expect([codeOf(unknown), upstreamCodeOf(unknown)]).toEqual(['NOT_FOUND', '4001']);
  });
});

describe('the user token', () => {
  it('is required: without it a user field fails with UNAUTHENTICATED saying how to send it, before any upstream call', async () => {
    const result = await t.execute(EsimOrderStatusDocument, { orderId: '1055200001' });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.errors![0].message).toContain('x-esim-token');
    expect(t.sandbox.calls('fms.getOrderStatus')).toBe(0);
  });

  it('is forwarded: an unknown token surfaces FMS code 7, and a malformed one never leaves the gateway', async () => {
    const unknown = await t.execute(
      EsimOrderStatusDocument,
      { orderId: '1055200001' },
      { 'x-esim-token': 'no-such-token' },
    );
    expect([codeOf(unknown), upstreamCodeOf(unknown)]).toEqual(['UNAUTHENTICATED', '7']);
    expect(t.sandbox.calls('fms.getOrderStatus')).toBe(1);
    const malformed = await t.execute(
      EsimOrderStatusDocument,
      { orderId: '1055200001' },
      { 'x-esim-token': 'two words' },
    );
    expect(codeOf(malformed)).toBe('UNAUTHENTICATED');
    expect(t.sandbox.calls('fms.getOrderStatus')).toBe(1);
  });

  it("never reads another user's order: it is FMS 10008, NOT_FOUND", async () => {
    const { orderId } = (await preOrder(ana)).data!.esimPreOrder!.preOrder;
    const other = seen(await bo.execute(EsimOrderStatusDocument, { orderId }));
    expect([codeOf(other), upstreamCodeOf(other)]).toEqual(['NOT_FOUND', '10008']);
  });
});

describe('buying an eSIM', () => {
  it('pre-orders at the catalogue price, with a payment deadline FMS_PREORDER_TIMEOUT_MINUTES after the order time', async () => {
    const result = await preOrder(ana, ASIA_10GB, { periods: 2 });
    expect(result.errors).toBeUndefined();
    const order = result.data!.esimPreOrder!.preOrder;
    expect(order).toMatchObject({
      packageName: 'Asia 10GB 30 days',
      periods: 2,
      quantity: 1,
      total: { amount: '50.00', currency: 'USD' },
      paymentClientId: expect.any(String),
    });
    expect(order.orderNumber).toMatch(/^ESIM_L\d+/);
    expect(Date.parse(order.expiresAt) - Date.parse(order.orderedAt!)).toBe(
      t.gateway.services.config.fms.preOrderTimeoutMinutes * 60_000,
    );
    const status = await ana.execute(EsimOrderStatusDocument, { orderId: order.orderId });
    expect(status.data!.esimOrder).toEqual({ orderId: order.orderId, status: 'WAITING_FOR_PAYMENT', qrCode: null });
  });

  it('checks currency, periods and quantity against the package before any upstream write', async () => {
    expect(codeOf(await preOrder(ana, CHINA_1GB, { currency: 'JPY' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await preOrder(ana, CHINA_1GB, { periods: 7 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await preOrder(ana, CHINA_1GB, { quantity: 0 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await preOrder(ana, CHINA_1GB, { total: { amount: '5.001', currency: 'USD' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(t.sandbox.calls('fms.preOrder')).toBe(0);
  });

  it('passes a total the buyer was shown, which FMS refuses when the price differs (10009)', async () => {
    const stale = await preOrder(ana, CHINA_1GB, { total: { amount: '4.00', currency: 'USD' } });
    expect([codeOf(stale), upstreamCodeOf(stale)]).toEqual(['BAD_USER_INPUT', '10009']);
    const current = await preOrder(ana, CHINA_1GB, { total: { amount: '5.00', currency: 'USD' } });
    expect(current.errors).toBeUndefined();
  });

  it('pre-orders once per idempotency key and user: a repeat returns the first order, another user gets their own', async () => {
    const first = await preOrder(ana, CHINA_1GB, {}, 'checkout-1');
    const again = await preOrder(ana, CHINA_1GB, {}, 'checkout-1');
    expect(again.data!.esimPreOrder!.preOrder.orderId).toBe(first.data!.esimPreOrder!.preOrder.orderId);
    expect(t.sandbox.calls('fms.preOrder')).toBe(1);
    const theirs = await preOrder(bo, CHINA_1GB, {}, 'checkout-1');
    expect(theirs.data!.esimPreOrder!.preOrder.orderId).not.toBe(first.data!.esimPreOrder!.preOrder.orderId);
    expect(t.sandbox.calls('fms.preOrder')).toBe(2);
  });

  it('reports the payment, after which the order turns PAID with its QR code and the eSIM can be read', async () => {
    const { orderId } = (await preOrder(ana, ASIA_10GB)).data!.esimPreOrder!.preOrder;
    const early = seen(await ana.execute(MyEsimDocument, { orderId }));
    expect([codeOf(early), upstreamCodeOf(early)]).toEqual(['FAILED_PRECONDITION', '3005']);
    const report = await pay(ana, orderId, '25.00');
    expect(report.data!.reportEsimPayment).toMatchObject({
      orderId,
      outcome: 'SUCCEEDED',
      order: { status: 'WAITING_FOR_PAYMENT' },
    });
    await vi.waitFor(
      async () =>
        expect((await ana.execute(EsimOrderStatusDocument, { orderId })).data!.esimOrder!.qrCode).toMatch(/^LPA:1\$/),
      {
        timeout: 5_000,
        interval: 100,
      },
    );
    const esim = seen(await ana.execute(MyEsimDocument, { orderId })).data!.myEsim!;
    expect(esim).toMatchObject({
      orderId,
      packageName: 'Asia 10GB 30 days',
      dataBytes: 10240 * 1024 * 1024,
      usedBytes: 0,
      qrCode: expect.stringMatching(/^LPA:1\$/),
    });
    expect(esim.iccid).toMatch(/^\d{20}$/);
    expect(esim.topUpPackages!.map((pkg) => pkg.id)).toEqual([ASIA_TOP_UP]);
  });

  it('refuses a payment of the wrong amount (10009), a second report, and an unknown order (10008)', async () => {
    const { orderId } = (await preOrder(ana, CHINA_1GB)).data!.esimPreOrder!.preOrder;
    const wrong = await pay(ana, orderId, '4.99');
    expect([codeOf(wrong), upstreamCodeOf(wrong)]).toEqual(['BAD_USER_INPUT', '10009']);
    expect((await pay(ana, orderId, '5')).errors).toBeUndefined();
    const twice = await pay(ana, orderId, '5');
    expect([codeOf(twice), upstreamCodeOf(twice)]).toEqual(['FAILED_PRECONDITION', '6007']);
    const unknown = await pay(ana, '999999', '5');
    expect([codeOf(unknown), upstreamCodeOf(unknown)]).toEqual(['NOT_FOUND', '10008']);
  });

  it('reports a failed payment, which makes the order PAYMENT_FAILED', async () => {
    const { orderId } = (await preOrder(ana, CHINA_1GB)).data!.esimPreOrder!.preOrder;
    const failed = seen(
      await ana.execute(ReportEsimPaymentDocument, {
        input: {
          orderId,
          outcome: 'FAILED',
          amount: { amount: '5', currency: 'USD' },
          paidAt: new Date().toISOString(),
          paymentReference: 'PAYPAL-1',
        },
      }),
    );
    expect(failed.data!.reportEsimPayment!.order!.status).toBe('PAYMENT_FAILED');
  });

  it('tops a paid eSIM up: a top-up order paid like a pre-order adds its data', async () => {
    const orderId = await paidOrder(bo, ASIA_10GB);
    const topUp = seen(
      await bo.execute(EsimTopUpDocument, { input: { ...purchase(ASIA_TOP_UP), orderId }, idempotencyKey: 'top-up-1' }),
    );
    expect(topUp.errors).toBeUndefined();
    expect(topUp.data!.esimTopUp!.preOrder.packageName).toBe('Asia top-up 1GB');
    expect((await pay(bo, topUp.data!.esimTopUp!.preOrder.orderId, '4')).errors).toBeUndefined();
    const esim = (await bo.execute(MyEsimDocument, { orderId })).data!.myEsim!;
    expect(esim.dataBytes).toBe((10240 + 1024) * 1024 * 1024);
    expect(t.sandbox.calls('fms.topUp')).toBe(1);
  });
});

describe('what the gateway keeps', () => {
  it('never returns a token outside a sign-in, nor stores one in its cache or idempotency records', async () => {
    const kept = (await preOrder(ana, CHINA_1GB, {}, 'kept-1')).data!.esimPreOrder!.preOrder;
    const stored = storedEntries(t);
    expect(stored.some((value) => value.includes(kept.orderNumber))).toBe(true);
    const everything = [...answers, ...stored].join('\n');
    for (const token of [ana.token, bo.token]) expect(everything).not.toContain(token);
  });
});
