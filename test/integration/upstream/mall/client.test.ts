import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS, type MallSignMode } from '../../../../src/config.js';
import { createMallSandbox } from '../../../../src/sandbox/mall/family.js';
import { UpstreamError } from '../../../../src/upstream/errors.js';
import { MallClient, type MallClientOptions } from '../../../../src/upstream/mall/client.js';
import { mallEndpoints } from '../../../../src/upstream/mall/endpoints.js';
import {
  DurationUnit,
  GroupOperationStatus,
  MallOrderStatus,
  PaymentStatus,
  RenewalStatus,
} from '../../../../src/upstream/mall/enums.js';
import { signMall } from '../../../../src/upstream/mall/sign.js';
import { hostFamily, type FamilyHost } from '../../../support/family-host.js';

const PARTNER = SANDBOX_CREDENTIALS.mallPartnerCode;
const SECRET = SANDBOX_CREDENTIALS.mallSecret;
const START = Date.parse('2025-03-01T00:00:00.000Z');
/** A seeded card with no orders. */
const CARD = '89852420180910340793';
/** The seeded card of the §9.10 example: one order in use, two waiting. */
const EXAMPLE_CARD = '89852121501108205774';
const EUROPE_5GB = {
  planCode: 'PACKAGE20180428000007',
  servicePlanCode: 'SP-EU-5G-30',
  planName: 'Europe 5GB 30-Days',
};

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

async function world(
  signMode: MallSignMode = 'append',
  clientOptions: Partial<MallClientOptions> = {},
): Promise<{ client: MallClient; host: FamilyHost }> {
  const host = await hostFamily(
    createMallSandbox({ partnerCode: PARTNER, secret: SECRET, signMode, now: () => START }),
  );
  const client = new MallClient({
    vshopUrl: `${host.url}/vshop`,
    paymentUrl: `${host.url}/payment`,
    topupUrl: `${host.url}/topup`,
    partnerCode: PARTNER,
    secret: SECRET,
    signMode,
    timeoutMs: 2_000,
    retries: 2,
    now: () => START,
    ...clientOptions,
  });
  closers.push(
    () => client.close(),
    () => host.close(),
  );
  return { client, host };
}

const purchase = (orderNumber: string) => ({
  iccid: CARD,
  orderNumber,
  planCode: EUROPE_5GB.planCode,
  periods: 2,
  amount: '9.98',
  currency: 'USD',
  paymentId: `PAY-${orderNumber}`,
  autoRenew: false,
});

describe('MallClient against the Mall sandbox', () => {
  it('round-trips every endpoint of the table', async () => {
    const { client, host } = await world();
    expect(await client.call('verifyCard', { iccid: CARD, loginUrl: 'https://dist.linksfield.net/login' })).toEqual({
      iccid: CARD,
      partnerCode: PARTNER,
    });

    const europe = await client.call('listPlans', { iccid: CARD, area: '欧洲' });
    expect(europe).toContainEqual({
      code: EUROPE_5GB.planCode,
      servicePlanCode: EUROPE_5GB.servicePlanCode,
      name: EUROPE_5GB.planName,
      area: 'Europe',
      duration: { count: 1, unit: DurationUnit.MONTH },
      price: '4.99',
      currency: 'USD',
    });
    expect(await client.call('listPlans', { iccid: CARD, area: 'Europe' })).toEqual(europe);
    expect((await client.call('listPlans', { iccid: CARD })).length).toBeGreaterThan(europe.length);

    const placed = await client.call('createOrder', {
      ...purchase('NO-1'),
      ...EUROPE_5GB,
      requestId: 'REQ-1',
      autoRenew: true,
    });
    expect(placed).toEqual({ iccid: CARD, orderNumber: 'NO-1', paymentId: 'PAY-NO-1' });
    await client.call('createPaidOrder', { ...purchase('NO-2'), paidAt: new Date(START) });
    const { orders } = await client.call('listOrders', { iccid: CARD });
    expect(orders).toEqual([
      {
        status: MallOrderStatus.IN_USE,
        planName: EUROPE_5GB.planName,
        duration: { count: 2, unit: DurationUnit.MONTH },
        expiresOn: '2025-04-30',
        remainingDays: 60,
      },
      {
        status: MallOrderStatus.NOT_ENABLED,
        planName: EUROPE_5GB.planName,
        duration: { count: 2, unit: DurationUnit.MONTH },
        expiresOn: null,
        remainingDays: 60,
      },
    ]);

    const [renewal] = await client.call('listAutoRenewals', { iccid: CARD });
    expect(renewal).toMatchObject({
      iccid: CARD,
      planCode: EUROPE_5GB.planCode,
      status: RenewalStatus.ACTIVE,
      amount: '9.98',
      currency: 'USD',
    });
    expect(await client.call('getActiveAutoRenewal', { iccid: CARD })).toEqual(renewal);
    expect((await client.call('cancelAutoRenewal', { iccid: CARD, renewalId: renewal.id })).status).toBe(
      RenewalStatus.CANCELLED,
    );
    expect(await client.call('getActiveAutoRenewal', { iccid: CARD })).toBeNull();

    const checkout = {
      iccid: CARD,
      orderNumber: 'NO-3',
      planCode: EUROPE_5GB.planCode,
      periods: 1,
      amount: '4.99',
      currency: 'USD',
    };
    const single = await client.call('authorizePayment', checkout);
    expect(single.clientSecret).toContain(single.paymentId);
    expect(await client.call('getPaymentResult', { paymentId: single.paymentId })).toEqual({
      paymentId: single.paymentId,
      status: PaymentStatus.PENDING,
      orderNumber: null,
    });
    expect(await client.call('confirmPayment', { paymentId: single.paymentId })).toEqual({
      paymentId: single.paymentId,
      status: PaymentStatus.SUCCEEDED,
      orderNumber: 'NO-3',
    });

    const subscription = await client.call('authorizeSubscription', { ...checkout, orderNumber: 'NO-4' });
    const renewing = await client.call('createSubscription', { iccid: CARD, paymentId: subscription.paymentId });
    expect(renewing).toMatchObject({
      status: RenewalStatus.ACTIVE,
      planCode: EUROPE_5GB.planCode,
      nextRenewalOn: '2025-03-31',
    });
    expect((await client.call('listOrders', { iccid: CARD })).orders).toHaveLength(4);

    const groups = await client.call('listGroups', {});
    expect(groups).toContainEqual({
      id: 'G1002',
      name: 'Asia fleet',
      planCode: 'PACKAGE20180428000010',
      planName: 'Singapore 2G 30-Days Unlimited Speech',
      simCount: 0,
    });
    const added = await client.call('addGroupSims', {
      groupId: 'G1002',
      iccids: [CARD, '89852024000000000101', '00000000000000000000'],
    });
    const operation = await client.call('getGroupOperation', added);
    expect(operation).toEqual({
      id: added.operationId,
      groupId: 'G1002',
      status: GroupOperationStatus.PARTIALLY_FAILED,
      failures: [
        { iccid: '89852024000000000101', reason: 'card is in group G1001' },
        { iccid: '00000000000000000000', reason: 'card not found' },
      ],
    });
    expect(await client.call('listGroupSims', { groupId: 'G1002' })).toEqual({ groupId: 'G1002', iccids: [CARD] });
    const removed = await client.call('removeGroupSims', { groupId: 'G1002', iccids: [CARD] });
    expect((await client.call('getGroupOperation', removed)).status).toBe(GroupOperationStatus.SUCCEEDED);
    expect((await client.call('listGroupSims', { groupId: 'G1002' })).iccids).toEqual([]);

    const byPurchase = await client.call('getOrder', { purchaseOrderId: 'NO-1' });
    expect(byPurchase).toMatchObject({
      purchaseOrderId: 'NO-1',
      iccid: CARD,
      planCode: EUROPE_5GB.planCode,
      status: MallOrderStatus.IN_USE,
      paymentStatus: PaymentStatus.SUCCEEDED,
      amount: '9.98',
      currency: 'USD',
      expiresOn: '2025-04-30',
    });
    expect(byPurchase.orderedAt?.getTime()).toBe(START);
    expect(await client.call('getOrder', { orderId: byPurchase.orderId })).toEqual(byPurchase);
    expect((await client.call('getOrder', { iccid: CARD })).purchaseOrderId).toBe('NO-4');

    const unexercised = Object.keys(mallEndpoints).filter((name) => host.calls(name) === 0);
    expect(unexercised).toEqual([]);
  });

  it('reads the §9.10 example card: one order in use, two waiting, durations from time × unit', async () => {
    const { client } = await world();
    const { iccid, orders } = await client.call('listOrders', { iccid: EXAMPLE_CARD });
    expect(iccid).toBe(EXAMPLE_CARD);
    expect(orders.map(({ status, duration, remainingDays }) => ({ status, duration, remainingDays }))).toEqual([
      { status: MallOrderStatus.IN_USE, duration: { count: 1, unit: DurationUnit.MONTH }, remainingDays: 27 },
      { status: MallOrderStatus.NOT_ENABLED, duration: { count: 1, unit: DurationUnit.MONTH }, remainingDays: 30 },
      { status: MallOrderStatus.NOT_ENABLED, duration: { count: 2, unit: DurationUnit.MONTH }, remainingDays: 60 },
    ]);
  });

  it.each(['append', 'prefix', 'hmac'] as const)('agrees with the sandbox on the sign in %s mode', async (mode) => {
    const { client } = await world(mode);
    expect((await client.call('verifyCard', { iccid: CARD })).iccid).toBe(CARD);
    expect((await client.call('listGroupSims', { groupId: 'G1001' })).iccids).toHaveLength(2);
  });

  it('is refused with a wrong secret, a different sign mode or another partner code', async () => {
    const wrongSecret = (await world('append', { secret: 'not-the-secret' })).client;
    const refused: unknown = await wrongSecret.call('verifyCard', { iccid: CARD }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(UpstreamError);
    expect(refused).toMatchObject({ code: 'UPSTREAM_AUTH_FAILED', upstreamCode: 'E0001' });
    expect((refused as UpstreamError).message).not.toContain('not-the-secret');
    const otherMode = (await world('append', { signMode: 'hmac' })).client;
    await expect(otherMode.call('listGroups', {})).rejects.toMatchObject({ upstreamCode: 'E0001' });
    const otherPartner = (await world('append', { partnerCode: 'P999999' })).client;
    await expect(otherPartner.call('listGroups', {})).rejects.toMatchObject({
      code: 'UPSTREAM_AUTH_FAILED',
      upstreamCode: 'E0002',
    });
  });

  it('signs the path parameters of a GET: a sign made for one group does not open another', async () => {
    const { host } = await world();
    const sign = signMall({ group_id: 'G1001', partnerCode: PARTNER, version: '3.0' }, SECRET, 'append');
    const get = async (group: string) => {
      const response = await request(
        `${host.url}/topup/mall/bundle-groups/${group}/sims?partnerCode=${PARTNER}&version=3.0&sign=${sign}`,
      );
      return (await response.body.json()) as { operateCode: string };
    };
    expect((await get('G1001')).operateCode).toBe('S');
    expect((await get('G1002')).operateCode).toBe('E0001');
  });

  it('places an order once per request id, and refuses the id for a different order', async () => {
    const { client } = await world();
    const order = { ...purchase('NO-1'), ...EUROPE_5GB, requestId: 'REQ-1' };
    const first = await client.call('createOrder', order);
    expect(await client.call('createOrder', order)).toEqual(first);
    expect((await client.call('listOrders', { iccid: CARD })).orders).toHaveLength(1);
    await expect(client.call('createOrder', { ...order, orderNumber: 'NO-2' })).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      upstreamCode: 'E2001',
    });
  });

  it('maps the sandbox codes: wrong amount, unknown card, unknown group, settled payment', async () => {
    const { client } = await world();
    await expect(
      client.call('createPaidOrder', { ...purchase('NO-1'), amount: '1.00', paidAt: new Date(START) }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', upstreamCode: 'E2002' });
    await expect(client.call('listOrders', { iccid: '89000000000000000000' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: 'E1001',
    });
    await expect(client.call('listGroupSims', { groupId: 'G404' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      upstreamCode: 'E1004',
    });
    const { paymentId } = await client.call('authorizePayment', {
      iccid: CARD,
      orderNumber: 'NO-5',
      planCode: EUROPE_5GB.planCode,
      periods: 1,
      amount: '4.99',
      currency: 'USD',
    });
    await client.call('confirmPayment', { paymentId });
    await expect(client.call('confirmPayment', { paymentId })).rejects.toMatchObject({
      code: 'FAILED_PRECONDITION',
      upstreamCode: 'E2003',
    });
    await expect(client.call('createSubscription', { iccid: CARD, paymentId })).rejects.toMatchObject({
      upstreamCode: 'E2003',
    });
  });

  it('refuses more ICCIDs than the batch limit in one group change', async () => {
    const { client } = await world();
    const iccids = Array.from({ length: mallEndpoints.addGroupSims.batch.limit + 1 }, (_, index) =>
      String(index).padStart(20, '0'),
    );
    await expect(client.call('addGroupSims', { groupId: 'G1002', iccids })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      upstreamCode: 'E0003',
    });
  });

  it('never retries a write after a failure, and retries a read', async () => {
    const { client, host } = await world();
    host.failNext('createOrder', 503);
    await expect(
      client.call('createOrder', { ...purchase('NO-1'), ...EUROPE_5GB, requestId: 'REQ-1' }),
    ).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    expect(host.calls('createOrder')).toBe(1);
    expect((await client.call('listOrders', { iccid: CARD })).orders).toEqual([]);

    host.failNext('listGroups', 500);
    expect((await client.call('listGroups', {})).length).toBe(2);
    expect(host.calls('listGroups')).toBe(2);
  });
});
