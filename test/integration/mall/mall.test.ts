import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AddMallBundleGroupSimsDocument,
  AuthorizeMallPaymentDocument,
  AuthorizeMallSubscriptionDocument,
  CancelMallAutoRenewalDocument,
  ConfirmMallPaymentDocument,
  CreateMallOrderDocument,
  CreateMallPaidOrderDocument,
  CreateMallSubscriptionDocument,
  MallBundleGroupDocument,
  MallBundleGroupOperationDocument,
  MallBundleGroupsDocument,
  MallCardDocument,
  MallOrderDocument,
  MallPaymentResultDocument,
  RemoveMallBundleGroupSimsDocument,
} from '../../../examples/generated/operations.js';
import { startTestGateway, type Result, type TestGateway } from '../../support/gateway.js';

/** Cards and plans of the Mall sandbox (src/sandbox/mall/): every card is the partner's; none of the last three is. */
const CARD = {
  fresh: '89852420180910340793',
  twoOrders: '89860220190905123941',
  singapore: '89852121501108205774',
  thirdParty: '89430101521032420180',
  payments: '89860012018111220455',
  subscription: '89852024000000000103',
  grouped: '89852024000000000101',
  free: '89852024000000000104',
};
const NOT_A_CARD = '89852099999999999999';
const EUROPE_1GB_7D = 'PACKAGE20180428000009';

let t: TestGateway;
beforeAll(async () => {
  // Demand control estimates aliases as separate reads; the loader test below asks twice for the same data on purpose.
  t = await startTestGateway({ GRAPHQL_MAX_UPSTREAM_CALLS: '1000' });
});
afterAll(() => t.close());
beforeEach(() => {
  t.sandbox.resetCalls();
  t.sandbox.clearFaults();
});

const codes = (result: Result<unknown>) => [
  result.errors?.[0].extensions?.code,
  result.errors?.[0].extensions?.upstreamCode,
];

describe('a card', () => {
  it('is verified (card login) and lists its plans, all or of one area, in English or Chinese', async () => {
    const { data, errors } = await t.execute(MallCardDocument, { iccid: CARD.fresh });
    expect(errors).toBeUndefined();
    expect(data!.mallCard!).toMatchObject({
      iccid: CARD.fresh,
      partnerCode: 'P000270',
      orders: [],
      autoRenewals: [],
      activeAutoRenewal: null,
    });
    expect(data!.mallCard!.plans!.length).toBe(7);
    expect(data!.mallCard!.plans).toContainEqual({
      code: EUROPE_1GB_7D,
      servicePlanCode: 'SP-EU-1G-7',
      name: 'Europe 1GB 7-Days',
      area: 'Europe',
      duration: { count: 7, unit: 'DAY' },
      price: { amount: '2.49', currency: 'USD' },
    });
    const europe = await t.execute(MallCardDocument, {
      iccid: CARD.fresh,
      loginUrl: 'https://shop.example/login',
      area: '欧洲',
    });
    expect(europe.data!.mallCard!.plans!.map((plan) => plan.area)).toEqual(['Europe', 'Europe', 'Europe']);
    expect(t.sandbox.calls('mall.verifyCard')).toBe(2);
    expect(codes(await t.execute(MallCardDocument, { iccid: CARD.fresh, loginUrl: 'not a url' }))).toEqual([
      'BAD_USER_INPUT',
      undefined,
    ]);
  });

  it('lists the orders running and waiting on it', async () => {
    const { data } = await t.execute(MallCardDocument, { iccid: CARD.singapore });
    const orders = data!.mallCard!.orders!;
    expect(orders.map((order) => order.status)).toEqual(['IN_USE', 'NOT_ENABLED', 'NOT_ENABLED']);
    expect(orders[0]).toMatchObject({
      planName: 'Singapore 2G 30-Days Unlimited Speech',
      duration: { count: 1, unit: 'MONTH' },
      expiresOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect(orders[2]).toMatchObject({ duration: { count: 2, unit: 'MONTH' }, expiresOn: null, remainingDays: 60 });
  });

  it('is NOT_FOUND when the partner has no such card, and a malformed ICCID never reaches the Mall', async () => {
    expect(codes(await t.execute(MallCardDocument, { iccid: NOT_A_CARD }))).toEqual(['NOT_FOUND', 'E1001']);
    expect(codes(await t.execute(MallCardDocument, { iccid: '8985' }))).toEqual(['BAD_USER_INPUT', undefined]);
    expect(t.sandbox.calls('mall.verifyCard')).toBe(1);
  });
});

describe('orders', () => {
  const purchase = (orderNumber: string, extra: Record<string, unknown> = {}) => ({
    iccid: CARD.fresh,
    planCode: EUROPE_1GB_7D,
    periods: 2,
    orderNumber,
    paymentId: `PAY-${orderNumber}`,
    ...extra,
  });

  it('places a paid order at the plan price, which then starts on the card', async () => {
    const { data, errors } = await t.execute(CreateMallOrderDocument, { input: purchase('SHOP-1') });
    expect(errors).toBeUndefined();
    expect(data!.createMallOrder!).toMatchObject({ iccid: CARD.fresh, orderNumber: 'SHOP-1', paymentId: 'PAY-SHOP-1' });
    expect(data!.createMallOrder!.order).toMatchObject({
      status: 'IN_USE',
      paymentStatus: 'SUCCEEDED',
      amount: { amount: '4.98', currency: 'USD' },
    });
  });

  it('places an order once per idempotency key, and once per order number even under a new key', async () => {
    const first = await t.execute(CreateMallOrderDocument, {
      input: purchase('SHOP-2'),
      idempotencyKey: 'mall-order-2',
    });
    const again = await t.execute(CreateMallOrderDocument, {
      input: purchase('SHOP-2'),
      idempotencyKey: 'mall-order-2',
    });
    expect(again.data).toEqual(first.data);
    expect(t.sandbox.calls('mall.createOrder')).toBe(1);
    await t.execute(CreateMallOrderDocument, { input: purchase('SHOP-2'), idempotencyKey: 'mall-order-2b' });
    expect(t.sandbox.calls('mall.createOrder')).toBe(2);
    const card = await t.execute(MallCardDocument, { iccid: CARD.fresh });
    expect(card.data!.mallCard!.orders!.filter((order) => order.planName === 'Europe 1GB 7-Days').length).toBe(2);
  });

  it('starts an auto-renewal with the order when asked', async () => {
    await t.execute(CreateMallOrderDocument, { input: purchase('SHOP-3', { iccid: CARD.twoOrders, autoRenew: true }) });
    const { data } = await t.execute(MallCardDocument, { iccid: CARD.twoOrders });
    expect(data!.mallCard!.activeAutoRenewal).toMatchObject({
      planCode: EUROPE_1GB_7D,
      status: 'ACTIVE',
      amount: { amount: '4.98', currency: 'USD' },
    });
  });

  it('refuses an unknown plan before ordering, and a total that does not match the price (E2002)', async () => {
    expect(
      codes(await t.execute(CreateMallOrderDocument, { input: purchase('SHOP-4', { planCode: 'NO-SUCH-PLAN' }) })),
    ).toEqual(['NOT_FOUND', undefined]);
    expect(t.sandbox.calls('mall.createOrder')).toBe(0);
    expect(
      codes(
        await t.execute(CreateMallOrderDocument, {
          input: purchase('SHOP-5', { total: { amount: '1.00', currency: 'USD' } }),
        }),
      ),
    ).toEqual(['BAD_USER_INPUT', 'E2002']);
  });

  it('places an order paid through a third party', async () => {
    const input = {
      iccid: CARD.thirdParty,
      planCode: 'DP20190726001274',
      orderNumber: 'NO2023060915590562022',
      paymentId: 'P000000002022',
      paidAt: '2025-06-07T07:10:35.000Z',
    };
    const { data, errors } = await t.execute(CreateMallPaidOrderDocument, { input });
    expect(errors).toBeUndefined();
    expect(data!.createMallPaidOrder!.order).toMatchObject({
      status: 'IN_USE',
      amount: { amount: '12.36', currency: 'GBP' },
    });
  });

  it('looks one order up by exactly one of purchase order id, order id or card', async () => {
    const byPurchase = await t.execute(MallOrderDocument, { lookup: { purchaseOrderId: 'SEED-0001' } });
    expect(byPurchase.data!.mallOrder!).toMatchObject({
      purchaseOrderId: 'SEED-0001',
      iccid: CARD.twoOrders,
      planCode: 'PACKAGE20180428000007',
      paymentStatus: 'SUCCEEDED',
    });
    const byOrderId = await t.execute(MallOrderDocument, { lookup: { orderId: byPurchase.data!.mallOrder!.orderId } });
    expect(byOrderId.data!.mallOrder!.purchaseOrderId).toBe('SEED-0001');
    const byCard = await t.execute(MallOrderDocument, { lookup: { iccid: CARD.singapore } });
    expect(byCard.data!.mallOrder).toMatchObject({ purchaseOrderId: 'SEED-005', iccid: CARD.singapore });
    expect(Date.parse(byCard.data!.mallOrder!.orderedAt!)).toBeLessThan(Date.now());
    expect(codes(await t.execute(MallOrderDocument, { lookup: {} as never }))).toEqual(['BAD_USER_INPUT', undefined]);
    expect(
      codes(await t.execute(MallOrderDocument, { lookup: { orderId: 'x', iccid: CARD.singapore } as never })),
    ).toEqual(['BAD_USER_INPUT', undefined]);
    expect(t.sandbox.calls('mall.getOrder')).toBe(3);
    expect(codes(await t.execute(MallOrderDocument, { lookup: { purchaseOrderId: 'NOPE' } }))).toEqual([
      'NOT_FOUND',
      'E1003',
    ]);
  });
});

describe('payments and auto-renewals', () => {
  const checkout = (iccid: string, orderNumber: string) => ({ iccid, planCode: EUROPE_1GB_7D, orderNumber });

  it('authorizes a single payment, reads it pending, confirms it once, which places the order', async () => {
    const authorized = await t.execute(AuthorizeMallPaymentDocument, { input: checkout(CARD.payments, 'PAY-1') });
    const { paymentId, clientSecret } = authorized.data!.authorizeMallPayment!.authorization;
    expect(clientSecret).toContain(paymentId);
    expect((await t.execute(MallPaymentResultDocument, { paymentId })).data!.mallPaymentResult).toEqual({
      paymentId,
      status: 'PENDING',
      orderNumber: null,
    });
    const confirmed = await t.execute(ConfirmMallPaymentDocument, { input: { paymentId } });
    expect(confirmed.data!.confirmMallPayment).toEqual({
      payment: { paymentId, status: 'SUCCEEDED', orderNumber: 'PAY-1' },
    });
    expect(
      (await t.execute(MallOrderDocument, { lookup: { purchaseOrderId: 'PAY-1' } })).data!.mallOrder,
    ).toMatchObject({ iccid: CARD.payments, amount: { amount: '2.49', currency: 'USD' } });
    expect(codes(await t.execute(ConfirmMallPaymentDocument, { input: { paymentId } }))).toEqual([
      'FAILED_PRECONDITION',
      'E2003',
    ]);
    expect(codes(await t.execute(MallPaymentResultDocument, { paymentId: 'pi_unknown' }))).toEqual([
      'NOT_FOUND',
      'E1007',
    ]);
  });

  it('starts an auto-renewal from a subscription payment, lists it, and cancels it', async () => {
    const authorized = await t.execute(AuthorizeMallSubscriptionDocument, {
      input: checkout(CARD.subscription, 'SUB-1'),
      idempotencyKey: 'sub-1',
    });
    const { paymentId } = authorized.data!.authorizeMallSubscription!.authorization;
    const created = await t.execute(CreateMallSubscriptionDocument, { input: { iccid: CARD.subscription, paymentId } });
    const renewal = created.data!.createMallSubscription!.autoRenewal;
    expect(renewal).toMatchObject({
      iccid: CARD.subscription,
      planCode: EUROPE_1GB_7D,
      planName: 'Europe 1GB 7-Days',
      status: 'ACTIVE',
      amount: { amount: '2.49', currency: 'USD' },
    });
    expect(renewal.nextRenewalOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const card = (await t.execute(MallCardDocument, { iccid: CARD.subscription })).data!.mallCard!;
    expect(card.activeAutoRenewal?.id).toBe(renewal.id);
    expect(card.autoRenewals!.map((entry) => entry.id)).toEqual([renewal.id]);
    expect(card.orders!.map((order) => order.status)).toEqual(['IN_USE']);

    const cancelled = await t.execute(CancelMallAutoRenewalDocument, {
      input: { iccid: CARD.subscription, renewalId: renewal.id },
    });
    expect(cancelled.data!.cancelMallAutoRenewal).toEqual({
      autoRenewal: { id: renewal.id, status: 'CANCELLED', nextRenewalOn: null },
    });
    expect(
      (await t.execute(MallCardDocument, { iccid: CARD.subscription })).data!.mallCard!.activeAutoRenewal,
    ).toBeNull();
    expect(
      codes(
        await t.execute(CancelMallAutoRenewalDocument, { input: { iccid: CARD.subscription, renewalId: 'AR-NONE' } }),
      ),
    ).toEqual(['NOT_FOUND', 'E1006']);
  });
});

describe('bundle groups', () => {
  it('lists the groups with their cards, and finds one by id', async () => {
    const { data } = await t.execute(MallBundleGroupsDocument);
    expect(data!.mallBundleGroups).toContainEqual({
      id: 'G1001',
      name: 'Europe fleet',
      planCode: 'PACKAGE20180428000007',
      planName: 'Europe 5GB 30-Days',
      simCount: 2,
      iccids: [CARD.grouped, '89852024000000000102'],
    });
    expect((await t.execute(MallBundleGroupDocument, { id: 'G1002' })).data!.mallBundleGroup).toMatchObject({
      name: 'Asia fleet',
      simCount: 0,
      iccids: [],
    });
    expect(codes(await t.execute(MallBundleGroupDocument, { id: 'G9' }))).toEqual(['NOT_FOUND', undefined]);
  });

  it('reads each group and its cards once per request, however many fields ask', async () => {
    const twice = parse('{ a: mallBundleGroups { id iccids } b: mallBundleGroups { id iccids } }') as TypedDocumentNode<
      Record<string, { id: string; iccids: string[] }[]>
    >;
    const { data, errors } = await t.execute(twice);
    expect(errors).toBeUndefined();
    expect(data!.a).toEqual(data!.b);
    expect(t.sandbox.calls('mall.listGroups')).toBe(1);
    expect(t.sandbox.calls('mall.listGroupSims')).toBe(data!.a.length);
  });

  it('adds and removes cards asynchronously, reporting the cards it could not change', async () => {
    const added = await t.execute(AddMallBundleGroupSimsDocument, {
      input: { groupId: 'G1002', iccids: [CARD.free, CARD.grouped, NOT_A_CARD] },
      idempotencyKey: 'group-add-1',
    });
    const change = added.data!.addMallBundleGroupSims!;
    expect(change.operation).toMatchObject({ id: change.operationId, groupId: 'G1002', status: 'PARTIALLY_FAILED' });
    expect(change.operation!.failures).toEqual([
      { iccid: CARD.grouped, reason: 'card is in group G1001' },
      { iccid: NOT_A_CARD, reason: 'card not found' },
    ]);
    expect((await t.execute(MallBundleGroupDocument, { id: 'G1002' })).data!.mallBundleGroup!.iccids).toEqual([
      CARD.free,
    ]);

    const removed = await t.execute(RemoveMallBundleGroupSimsDocument, {
      input: { groupId: 'G1002', iccids: [CARD.free] },
    });
    expect(removed.data!.removeMallBundleGroupSims!.operation).toMatchObject({ status: 'SUCCEEDED', failures: [] });
    const read = await t.execute(MallBundleGroupOperationDocument, { id: change.operationId });
    expect(read.data!.mallBundleGroupOperation!.status).toBe('PARTIALLY_FAILED');
    expect(codes(await t.execute(MallBundleGroupOperationDocument, { id: 'OP-NONE' }))).toEqual(['NOT_FOUND', 'E1005']);
  });

  it('refuses more cards than one operation takes, before any upstream call', async () => {
    const iccids = Array.from({ length: 101 }, (_, index) => `898520250000000${String(index).padStart(5, '0')}`);
    expect(codes(await t.execute(AddMallBundleGroupSimsDocument, { input: { groupId: 'G1002', iccids } }))).toEqual([
      'BAD_USER_INPUT',
      undefined,
    ]);
    expect(t.sandbox.calls('mall.addGroupSims')).toBe(0);
  });
});
