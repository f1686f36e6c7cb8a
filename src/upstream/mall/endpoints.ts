import { decimal, list, optionalDecimal, optionalText, record, text, type Json } from '../decode.js';
import type { EndpointSpec } from '../endpoint.js';
import { formatMallDate, parseMallDate } from './dates.js';
import {
  PaymentStatus,
  durationUnitCodes,
  groupOperationStatusCodes,
  mallOrderStatusCodes,
  paymentStatusCodes,
  renewalStatusCodes,
} from './enums.js';
import type {
  AutoRenewal,
  BundleGroup,
  CardOrders,
  CardVerification,
  Duration,
  GroupOperation,
  GroupSims,
  MallCheckout,
  MallOrderDetail,
  MallPlan,
  MallPurchase,
  OrderLookup,
  PaymentAuthorization,
  PaymentResult,
  PlacedMallOrder,
} from './model.js';

/**
 * Every Mall / Topup endpoint of the reference's index (§0.4, §9), as data. `documented` rows follow the docs;
 * `assumed` rows take their siblings' style: vshop and payment rows are camelCase POSTs carrying `deviceCode` and
 * the common trade fields, topup rows are snake_case REST under `/mall/...` like §9.21 and §9.24.
 * `LINKSFIELD_ENDPOINTS_FILE` may override its paths under `mall`. The sandbox checks documented rows against its own statement of the
 * reference (`src/sandbox/spec/mall.ts`), not against this table, so a mistake here fails its round-trip tests.
 */

/** The three services of §9.1, each with its own base URL. */
export type MallBase = 'vshop' | 'payment' | 'topup';

export interface MallEndpointSpec<Input, Output> extends EndpointSpec<Input, Output> {
  base: MallBase;
  /** Present on vshop and payment rows: the client adds the common trade fields with this `tradeType` (§9.1). */
  tradeType?: string;
  /** Success comes without the `{operateCode, message, data}` wrapper (§9.7). */
  bareAnswer?: boolean;
}

const str = { type: 'string', required: true } as const;
const optStr = { type: 'string', required: false } as const;
const card = { deviceCode: str } as const;
const simIds = { type: 'string[]', required: true } as const;

/** Assumed: no Mall batch size is documented; Cube pages cap at 100. */
const GROUP_BATCH_LIMIT = 100;

/** `payType` and `payAccount` of the third-party order: meanings undocumented, the example's values are sent. */
const THIRD_PARTY_PAY_TYPE = '3';
const THIRD_PARTY_PAY_ACCOUNT = '1';

function flag(value: boolean): string {
  return value ? '1' : '0';
}

function decodeDuration(item: Json): Duration {
  return { count: decimal(item, 'time'), unit: durationUnitCodes.decode(optionalText(item, 'unit')) };
}

function decodePlaced(data: unknown): PlacedMallOrder {
  const body = record(data);
  return { iccid: text(body, 'deviceCode'), orderNumber: text(body, 'orderNo'), paymentId: text(body, 'payId') };
}

function decodeRenewal(item: Json): AutoRenewal {
  return {
    id: text(item, 'renewalId'),
    iccid: text(item, 'deviceCode'),
    planCode: text(item, 'packageCode'),
    planName: text(item, 'servicePlanShowName'),
    status: renewalStatusCodes.decode(optionalText(item, 'status')),
    amount: optionalText(item, 'payAmount'),
    currency: optionalText(item, 'payCurrency'),
    nextRenewalOn: optionalText(item, 'nextRenewalDate'),
  };
}

function decodeAuthorization(data: unknown): PaymentAuthorization {
  const body = record(data);
  return { paymentId: text(body, 'payId'), clientSecret: text(body, 'clientSecret') };
}

function decodePaymentResult(data: unknown): PaymentResult {
  const body = record(data);
  return {
    paymentId: text(body, 'payId'),
    status: paymentStatusCodes.decode(optionalText(body, 'payStatus')),
    orderNumber: optionalText(body, 'orderNo'),
  };
}

const checkoutFields = {
  ...card,
  orderNo: str,
  orderPeriod: str,
  packageCode: str,
  payAmount: str,
  payCurrency: str,
} as const;

function encodeCheckout(input: MallCheckout): Record<string, unknown> {
  return {
    deviceCode: input.iccid,
    orderNo: input.orderNumber,
    orderPeriod: String(input.periods),
    packageCode: input.planCode,
    payAmount: input.amount,
    payCurrency: input.currency,
  };
}

const purchaseFields = { ...checkoutFields, autoRenewal: str, payId: str } as const;

function encodePurchase(input: MallPurchase): Record<string, unknown> {
  return { ...encodeCheckout(input), autoRenewal: flag(input.autoRenew), payId: input.paymentId };
}

const groupSimsFields = { group_id: str, sim_ids: simIds } as const;

function encodeGroupSims(input: { groupId: string; iccids: string[] }): Record<string, unknown> {
  return { group_id: input.groupId, sim_ids: input.iccids };
}

function decodeOperationStarted(data: unknown): { operationId: string } {
  return { operationId: text(record(data), 'operation_id') };
}

export const mallEndpoints = {
  verifyCard: {
    ref: '§9.5',
    title: 'Card login verification (卡片登录验证)',
    base: 'vshop',
    method: 'POST',
    path: '/singleVerify',
    provenance: 'documented',
    assumes: "the answer (`data: {partnerCode, deviceCode}`; a failure code when the card is not the partner's)",
    effect: 'read',
    tradeType: 'singleVerify',
    fields: { ...card, url: optStr },
    encode: (input: { iccid: string; loginUrl?: string }) => ({ deviceCode: input.iccid, url: input.loginUrl }),
    decode: (data: unknown): CardVerification => {
      const body = record(data);
      return { iccid: text(body, 'deviceCode'), partnerCode: text(body, 'partnerCode') };
    },
  } satisfies MallEndpointSpec<{ iccid: string; loginUrl?: string }, CardVerification>,

  listPlans: {
    ref: '§9.6',
    title: 'Get available data-plan products (获取可购套餐商品列表)',
    base: 'vshop',
    method: 'POST',
    path: '/singleServicePlanPage',
    provenance: 'documented',
    assumes:
      '`area` may be left out (all areas), and the answer `data.servicePlanList[]` of `{packageCode, servicePlanCode, servicePlanShowName, area, time, unit, price, currency}`',
    effect: 'read',
    tradeType: 'singleServicePlanPage',
    fields: { ...card, area: optStr },
    encode: (input: { iccid: string; area?: string }) => ({ deviceCode: input.iccid, area: input.area }),
    decode: (data: unknown): MallPlan[] =>
      list(record(data).servicePlanList, 'data.servicePlanList').map((raw) => {
        const item = record(raw, 'servicePlanList[]');
        return {
          code: text(item, 'packageCode'),
          servicePlanCode: text(item, 'servicePlanCode'),
          name: text(item, 'servicePlanShowName'),
          area: optionalText(item, 'area'),
          duration: decodeDuration(item),
          price: text(item, 'price'),
          currency: text(item, 'currency'),
        };
      }),
  } satisfies MallEndpointSpec<{ iccid: string; area?: string }, MallPlan[]>,

  createOrder: {
    ref: '§9.7',
    title: 'Create user order (创建用户订单)',
    base: 'vshop',
    method: 'POST',
    path: '/singleOrder',
    provenance: 'documented',
    assumes:
      '`tradeType` is the operation name (the example\'s "verify" looks copied); `requestOrderId` is the idempotency key',
    effect: 'write',
    tradeType: 'singleOrder',
    bareAnswer: true,
    fields: { ...purchaseFields, requestOrderId: str, servicePlanCode: str, servicePlanShowName: str },
    encode: (input: MallPurchase & { servicePlanCode: string; planName: string; requestId: string }) => ({
      ...encodePurchase(input),
      requestOrderId: input.requestId,
      servicePlanCode: input.servicePlanCode,
      servicePlanShowName: input.planName,
    }),
    decode: decodePlaced,
  } satisfies MallEndpointSpec<
    MallPurchase & { servicePlanCode: string; planName: string; requestId: string },
    PlacedMallOrder
  >,

  listOrders: {
    ref: '§9.10',
    title: 'Query in-use and not-yet-enabled orders (查询正在使用、未启用订单)',
    base: 'vshop',
    method: 'POST',
    path: '/singleQueryOrder',
    provenance: 'documented',
    assumes:
      'the `tradeType` "singleQueryOrder" (the example sends "verify", which looks copied from another page), the meaning of `orderStatus` (1 not enabled, 2 in use) and of `unit` (2 = month)',
    effect: 'read',
    tradeType: 'singleQueryOrder',
    fields: card,
    encode: (input: { iccid: string }) => ({ deviceCode: input.iccid }),
    decode: (data: unknown): CardOrders => {
      const body = record(data);
      return {
        iccid: text(body, 'deviceCode'),
        orders: list(body.orderList, 'data.orderList').map((raw) => {
          const item = record(raw, 'orderList[]');
          return {
            status: mallOrderStatusCodes.decode(optionalText(item, 'orderStatus')),
            planName: text(item, 'servicePlanShowName'),
            duration: decodeDuration(item),
            expiresOn: optionalText(item, 'expireDate'),
            remainingDays: optionalDecimal(item, 'remainingDays'),
          };
        }),
      };
    },
  } satisfies MallEndpointSpec<{ iccid: string }, CardOrders>,

  createPaidOrder: {
    ref: '§9.12',
    title: 'Create user order, third-party payment (用户下单(第三方支付))',
    base: 'vshop',
    method: 'POST',
    path: '/synPartner/SynOrderInfo',
    provenance: 'documented',
    assumes:
      "the fields from `payUnit` on (cut off; not sent), the common trade fields, and the answer (`/singleOrder`'s, wrapped)",
    effect: 'write',
    tradeType: 'SynOrderInfo',
    fields: {
      ...purchaseFields,
      orgOrderId: optStr,
      payAccount: str,
      payResultDate: str,
      payRst: str,
      payStatus: str,
      payType: str,
    },
    encode: (input: MallPurchase & { paidAt: Date; originalOrderId?: string }) => ({
      ...encodePurchase(input),
      orgOrderId: input.originalOrderId,
      payAccount: THIRD_PARTY_PAY_ACCOUNT,
      payResultDate: formatMallDate(input.paidAt),
      payRst: 'SUCCESS',
      payStatus: paymentStatusCodes.encode(PaymentStatus.SUCCEEDED),
      payType: THIRD_PARTY_PAY_TYPE,
    }),
    decode: decodePlaced,
  } satisfies MallEndpointSpec<MallPurchase & { paidAt: Date; originalOrderId?: string }, PlacedMallOrder>,

  listAutoRenewals: {
    ref: '§9.8',
    title: 'Query auto-renewal records (查询自动续费记录)',
    base: 'vshop',
    method: 'POST',
    path: '/singleQueryAutoRenewal',
    provenance: 'assumed',
    effect: 'read',
    tradeType: 'singleQueryAutoRenewal',
    fields: card,
    encode: (input: { iccid: string }) => ({ deviceCode: input.iccid }),
    decode: (data: unknown): AutoRenewal[] =>
      list(record(data).renewalList, 'data.renewalList').map((item) => decodeRenewal(record(item, 'renewalList[]'))),
  } satisfies MallEndpointSpec<{ iccid: string }, AutoRenewal[]>,

  cancelAutoRenewal: {
    ref: '§9.9',
    title: 'Cancel auto-renewal (关闭自动续费)',
    base: 'vshop',
    method: 'POST',
    path: '/singleCancelAutoRenewal',
    provenance: 'assumed',
    effect: 'write',
    tradeType: 'singleCancelAutoRenewal',
    fields: { ...card, renewalId: str },
    encode: (input: { iccid: string; renewalId: string }) => ({ deviceCode: input.iccid, renewalId: input.renewalId }),
    decode: (data: unknown): AutoRenewal => decodeRenewal(record(data)),
  } satisfies MallEndpointSpec<{ iccid: string; renewalId: string }, AutoRenewal>,

  getActiveAutoRenewal: {
    ref: '§9.11',
    title: 'Get active auto-renewal (获取生效中的自动续费)',
    base: 'vshop',
    method: 'POST',
    path: '/singleActiveAutoRenewal',
    provenance: 'assumed',
    assumes: '`data: null` when the card has none',
    effect: 'read',
    tradeType: 'singleActiveAutoRenewal',
    fields: card,
    encode: (input: { iccid: string }) => ({ deviceCode: input.iccid }),
    decode: (data: unknown): AutoRenewal | null =>
      data === null || data === undefined ? null : decodeRenewal(record(data)),
  } satisfies MallEndpointSpec<{ iccid: string }, AutoRenewal | null>,

  authorizePayment: {
    ref: '§9.13',
    title: 'Get Stripe single-payment authorization',
    base: 'payment',
    method: 'POST',
    path: '/stripe/singlePaymentAuth',
    provenance: 'assumed',
    effect: 'write',
    tradeType: 'singlePaymentAuth',
    fields: checkoutFields,
    encode: encodeCheckout,
    decode: decodeAuthorization,
  } satisfies MallEndpointSpec<MallCheckout, PaymentAuthorization>,

  authorizeSubscription: {
    ref: '§9.14',
    title: 'Get Stripe subscription-payment authorization',
    base: 'payment',
    method: 'POST',
    path: '/stripe/subscriptionPaymentAuth',
    provenance: 'assumed',
    effect: 'write',
    tradeType: 'subscriptionPaymentAuth',
    fields: checkoutFields,
    encode: encodeCheckout,
    decode: decodeAuthorization,
  } satisfies MallEndpointSpec<MallCheckout, PaymentAuthorization>,

  createSubscription: {
    ref: '§9.15',
    title: 'Create Stripe subscription / auto-renewal',
    base: 'payment',
    method: 'POST',
    path: '/stripe/createSubscription',
    provenance: 'assumed',
    assumes: 'called with the `payId` of a succeeded subscription authorization; answers the new auto-renewal',
    effect: 'write',
    tradeType: 'createSubscription',
    fields: { ...card, payId: str },
    encode: (input: { iccid: string; paymentId: string }) => ({ deviceCode: input.iccid, payId: input.paymentId }),
    decode: (data: unknown): AutoRenewal => decodeRenewal(record(data)),
  } satisfies MallEndpointSpec<{ iccid: string; paymentId: string }, AutoRenewal>,

  getPaymentResult: {
    ref: '§9.16',
    title: 'Query payment result',
    base: 'payment',
    method: 'POST',
    path: '/queryPayResult',
    provenance: 'assumed',
    effect: 'read',
    tradeType: 'queryPayResult',
    fields: { payId: str },
    encode: (input: { paymentId: string }) => ({ payId: input.paymentId }),
    decode: decodePaymentResult,
  } satisfies MallEndpointSpec<{ paymentId: string }, PaymentResult>,

  confirmPayment: {
    ref: '§9.17',
    title: 'Confirm payment result',
    base: 'payment',
    method: 'POST',
    path: '/confirmPayResult',
    provenance: 'assumed',
    assumes: 'confirming a single payment the buyer completed places its order',
    effect: 'write',
    tradeType: 'confirmPayResult',
    fields: { payId: str },
    encode: (input: { paymentId: string }) => ({ payId: input.paymentId }),
    decode: decodePaymentResult,
  } satisfies MallEndpointSpec<{ paymentId: string }, PaymentResult>,

  addGroupSims: {
    ref: '§9.19',
    title: 'Bundle-groups: add SIM cards to a group',
    base: 'topup',
    method: 'POST',
    path: '/mall/bundle-groups/{group_id}/sims',
    provenance: 'assumed',
    assumes: 'asynchronous: answers `operation_id`, read back with getGroupOperation',
    effect: 'write',
    fields: groupSimsFields,
    batch: { field: 'sim_ids', limit: GROUP_BATCH_LIMIT },
    encode: encodeGroupSims,
    decode: decodeOperationStarted,
  } satisfies MallEndpointSpec<{ groupId: string; iccids: string[] }, { operationId: string }>,

  removeGroupSims: {
    ref: '§9.20',
    title: 'Bundle-groups: remove SIM cards from a group',
    base: 'topup',
    method: 'DELETE',
    path: '/mall/bundle-groups/{group_id}/sims',
    provenance: 'assumed',
    assumes: 'asynchronous like adding; the ICCIDs go in the body',
    effect: 'write',
    fields: groupSimsFields,
    batch: { field: 'sim_ids', limit: GROUP_BATCH_LIMIT },
    encode: encodeGroupSims,
    decode: decodeOperationStarted,
  } satisfies MallEndpointSpec<{ groupId: string; iccids: string[] }, { operationId: string }>,

  listGroupSims: {
    ref: '§9.21',
    title: 'Bundle-groups: query SIM numbers in a group',
    base: 'topup',
    method: 'GET',
    path: '/mall/bundle-groups/{group_id}/sims',
    provenance: 'documented',
    assumes: 'the answer (`data: {group_id, sim_ids}`)',
    effect: 'read',
    fields: { group_id: str },
    encode: (input: { groupId: string }) => ({ group_id: input.groupId }),
    decode: (data: unknown): GroupSims => {
      const body = record(data);
      return {
        groupId: text(body, 'group_id'),
        iccids: list(body.sim_ids, 'data.sim_ids').map((iccid) => String(iccid)),
      };
    },
  } satisfies MallEndpointSpec<{ groupId: string }, GroupSims>,

  listGroups: {
    ref: '§9.22',
    title: 'Bundle-groups: query all groups and basic plan info',
    base: 'topup',
    method: 'GET',
    path: '/mall/bundle-groups',
    provenance: 'assumed',
    effect: 'read',
    fields: {},
    encode: () => ({}),
    decode: (data: unknown): BundleGroup[] =>
      list(data).map((raw) => {
        const item = record(raw, 'data[]');
        return {
          id: text(item, 'group_id'),
          name: text(item, 'group_name'),
          planCode: optionalText(item, 'package_code'),
          planName: optionalText(item, 'package_name'),
          simCount: decimal(item, 'sim_count'),
        };
      }),
  } satisfies MallEndpointSpec<Record<string, never>, BundleGroup[]>,

  getGroupOperation: {
    ref: '§9.23',
    title: 'Bundle-groups: retrieve asynchronous operation result',
    base: 'topup',
    method: 'GET',
    path: '/mall/bundle-group-operations/{operation_id}',
    provenance: 'assumed',
    effect: 'read',
    fields: { operation_id: str },
    encode: (input: { operationId: string }) => ({ operation_id: input.operationId }),
    decode: (data: unknown): GroupOperation => {
      const body = record(data);
      return {
        id: text(body, 'operation_id'),
        groupId: text(body, 'group_id'),
        status: groupOperationStatusCodes.decode(optionalText(body, 'status')),
        failures: list(body.failures ?? [], 'data.failures').map((raw) => {
          const item = record(raw, 'failures[]');
          return { iccid: text(item, 'sim_id'), reason: text(item, 'reason') };
        }),
      };
    },
  } satisfies MallEndpointSpec<{ operationId: string }, GroupOperation>,

  getOrder: {
    ref: '§9.24',
    title: 'Order: query order details',
    base: 'topup',
    method: 'GET',
    path: '/mall/order',
    provenance: 'documented',
    assumes:
      'the answer (`order_id`, `purchase_order_id`, `sim_id`, `package_code`, `package_name`, `order_status`, `pay_status`, `pay_amount`, `pay_currency`, `create_time`, `expire_date`)',
    effect: 'read',
    fields: { purchase_order_id: optStr, order_id: optStr, sim_id: optStr },
    encode: (input: OrderLookup) => {
      if ('purchaseOrderId' in input) return { purchase_order_id: input.purchaseOrderId };
      if ('orderId' in input) return { order_id: input.orderId };
      return { sim_id: input.iccid };
    },
    decode: (data: unknown): MallOrderDetail => {
      const body = record(data);
      return {
        orderId: text(body, 'order_id'),
        purchaseOrderId: optionalText(body, 'purchase_order_id'),
        iccid: text(body, 'sim_id'),
        planCode: optionalText(body, 'package_code'),
        planName: optionalText(body, 'package_name'),
        status: mallOrderStatusCodes.decode(optionalText(body, 'order_status')),
        paymentStatus: paymentStatusCodes.decode(optionalText(body, 'pay_status')),
        amount: optionalText(body, 'pay_amount'),
        currency: optionalText(body, 'pay_currency'),
        orderedAt: parseMallDate(optionalText(body, 'create_time')),
        expiresOn: optionalText(body, 'expire_date'),
      };
    },
  } satisfies MallEndpointSpec<OrderLookup, MallOrderDetail>,
} as const;

export type MallEndpoints = typeof mallEndpoints;
export type MallEndpointName = keyof MallEndpoints;
// One table holds rows of different input/output types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type MallEndpoint = MallEndpointSpec<any, any>;
