import { decimal, list, optionalDecimal, optionalText, record, text, type Json } from '../decode.js';
import type { EndpointSpec } from '../endpoint.js';
import {
  BalanceResource,
  orderKindCodes,
  orderStatusCodes,
  paymentMethodCodes,
  paymentStateCodes,
  planTypeCodes,
  simLifecycleCodes,
  smsEncodingCodes,
  type SmsEncoding,
} from './enums.js';
import type {
  BatchItem,
  DailyUsageRecord,
  MnoBalanceRecord,
  MonthlyUsageRecord,
  OrderablePlans,
  OrderChange,
  OrderRecord,
  Page,
  PlacedOrder,
  PlanPurchase,
  PlanRecord,
  SentSms,
  SimRecord,
  UsageRecord,
} from './model.js';
import { flowToBytes, parseCsssDate, toCsssDay, toCsssMonth } from './units.js';

/**
 * Every CSSS endpoint of the reference's index (§0.1), as data. `documented` rows follow the docs to the
 * field; `assumed` rows were chosen in the style of their documented siblings (snake_case, `device_id`,
 * `deviceList`, `page_no`/`page_size`, `month` as `yyyyMM`, per-item `error`/`errorMsg` in batch answers).
 * `LINKSFIELD_ENDPOINTS_FILE` may override paths and limits. The sandbox checks documented rows against its own statement of the
 * reference (`src/sandbox/spec/csss.ts`), not against this table, so a mistake here fails its round-trip tests.
 */

const str = { type: 'string', required: true } as const;
const optStr = { type: 'string', required: false } as const;
const num = { type: 'number', required: true } as const;
const iccids = { type: 'string[]', required: true } as const;

/** Assumed batch size: no CSSS batch limit is documented; Cube pages cap at 100. */
const BATCH_LIMIT = 100;

export interface PageInput {
  page: number;
  pageSize: number;
}

const pageFields = { page_no: num, page_size: num } as const;

/** §2.1 names SIMs (`deviceList`, a batch) or, without them, pages through every SIM of the account. */
export type SimListInput = { iccids: string[] } | PageInput;

function encodePage(input: PageInput): Record<string, unknown> {
  return { page_no: input.page, page_size: input.pageSize };
}

/** The `page` object shared by `/package/queryOrder` (§4.5) and the monthly usage sample (§3.4). */
function decodePage<T>(data: Json, items: T[]): Page<T> {
  const page = record(data.page, 'data.page');
  return {
    items,
    page: decimal(page, 'cur_page_no'),
    pageSize: decimal(page, 'page_size'),
    totalCount: decimal(page, 'total_count'),
    totalPages: decimal(page, 'total_pages'),
  };
}

/** Per-item outcome inside a batch answer, as in the bulk order response (§4.3): `error` "0000" is success. */
function batchItem<T>(item: Json, decodeValue: (item: Json) => T): BatchItem<T> {
  const iccid = text(item, 'device_id');
  const error = optionalText(item, 'error');
  if (error !== null && error !== '0000')
    return { iccid, error: { upstreamCode: error, message: optionalText(item, 'errorMsg') ?? 'failed' } };
  return { iccid, value: decodeValue(item) };
}

function decodeSim(item: Json): SimRecord {
  return {
    iccid: text(item, 'device_id'),
    imsi: optionalText(item, 'imsi'),
    msisdn: optionalText(item, 'msisdn'),
    lifecycle: simLifecycleCodes.decode(optionalText(item, 'life_cycle')),
    activeOrderId: optionalText(item, 'order_code'),
    activePlanCode: optionalText(item, 'package_code'),
    activePlanName: optionalText(item, 'package_name'),
    activatedAt: parseCsssDate(optionalText(item, 'activate_time')),
    activeOrderExpiresAt: parseCsssDate(optionalText(item, 'expire_time')),
  };
}

function decodeUsage(item: Json): UsageRecord {
  return {
    iccid: text(item, 'device_id'),
    orderId: optionalText(item, 'order_code'),
    usedBytes: flowToBytes(decimal(item, 'order_used_flow')),
    remainingHighSpeedBytes: flowToBytes(decimal(item, 'high_flow_balance')),
  };
}

function decodeOrderChange(data: unknown): OrderChange {
  const body = record(data);
  return {
    orderId: text(body, 'order_id'),
    startsAt: parseCsssDate(optionalText(body, 'order_start_date')),
    expiresAt: parseCsssDate(optionalText(body, 'order_expire_date')),
  };
}

/** Order item of `/package/queryOrder`: six camelCase fields are documented, the rest of its 22 are assumed. */
function decodeOrder(item: Json): OrderRecord {
  const flow = optionalDecimal(item, 'flow');
  const periods = optionalDecimal(item, 'orderPeriod');
  const payType = optionalText(item, 'payType');
  return {
    id: text(item, 'orderCode'),
    iccid: optionalText(item, 'deviceId'),
    planCode: optionalText(item, 'packageCode'),
    planName: optionalText(item, 'packageName'),
    planType: planTypeCodes.decode(optionalText(item, 'packageType')),
    kind: orderKindCodes.decode(optionalText(item, 'buyType')),
    status: orderStatusCodes.decode(optionalText(item, 'orderStatus')),
    periods,
    dataBytes: flow === null ? null : flowToBytes(flow),
    orderedAt: parseCsssDate(optionalText(item, 'orderDate')),
    startsAt: parseCsssDate(optionalText(item, 'startDate')),
    expiresAt: parseCsssDate(optionalText(item, 'expireDate')),
    paymentState: paymentStateCodes.decode(optionalText(item, 'payRst')),
    paymentMethod: payType === null ? null : paymentMethodCodes.decode(payType),
    amount: optionalText(item, 'payAmount'),
  };
}

function decodePlan(item: Json): PlanRecord {
  const flow = optionalDecimal(item, 'flow');
  return {
    code: text(item, 'package_code'),
    name: text(item, 'package_name'),
    type: planTypeCodes.decode(optionalText(item, 'package_type')),
    dataBytes: flow === null ? null : flowToBytes(flow),
    price: optionalText(item, 'price'),
    currency: optionalText(item, 'currency'),
    periodDays: optionalDecimal(item, 'period_days'),
    ota: optionalText(item, 'ota_flag') === '1',
  };
}

/** The fields orderPackage, batchOrderPackages and createOtaOrder share (§4.2). */
const purchaseFields = {
  global_order: str,
  is_open: str,
  order_period: str,
  package_code: str,
  package_name: str,
  package_type: str,
  pay_amount: str,
  pay_rst: str,
  pay_type: optStr,
  test_flow: str,
  test_flow_flag: str,
} as const;

function encodePurchase(purchase: PlanPurchase): Record<string, unknown> {
  return {
    global_order: purchase.hostNumber ? '1' : '0',
    is_open: purchase.enableNow ? '1' : '0',
    order_period: String(purchase.periods),
    package_code: purchase.planCode,
    package_name: purchase.planName,
    package_type: planTypeCodes.encode(purchase.planType),
    pay_amount: purchase.amount,
    pay_rst: paymentStateCodes.encode(purchase.paymentState),
    pay_type: purchase.paymentMethod ? paymentMethodCodes.encode(purchase.paymentMethod) : undefined,
    test_flow: purchase.testDataBytes ? String(Math.round(purchase.testDataBytes / (1024 * 1024))) : '0',
    test_flow_flag: purchase.testDataBytes ? '1' : '0',
  };
}

function decodePlaced(iccid: string, data: unknown): PlacedOrder {
  const change = decodeOrderChange(data);
  return { orderId: change.orderId, iccid, startsAt: change.startsAt, expiresAt: change.expiresAt };
}

function orderIdInput(input: { orderId: string }): Record<string, unknown> {
  return { order_id: input.orderId };
}

/** Enable, cancel, end early, suspend, resume (§4.6–§4.10): documented by name only, all one shape — an order id in, its new dates out. */
function orderChangeEndpoint(ref: string, title: string, path: string, extra: { deprecated?: true } = {}) {
  return {
    ref,
    title,
    method: 'POST',
    path,
    provenance: 'assumed',
    effect: 'write',
    fields: { order_id: str },
    encode: orderIdInput,
    decode: decodeOrderChange,
    ...extra,
  } as const satisfies EndpointSpec<{ orderId: string }, OrderChange>;
}

export const csssEndpoints = {
  listSims: {
    ref: '§2.1',
    title: 'Get all SIM cards info (批量获取拥有的设备信息)',
    method: 'POST',
    path: '/device/queryDeviceList',
    provenance: 'assumed',
    assumes:
      "without `deviceList`, every SIM of the account a page at a time (`page_no`/`page_size`, answered with §4.5's `page`)",
    effect: 'read',
    fields: {
      deviceList: { type: 'string[]', required: false },
      page_no: { type: 'number', required: false },
      page_size: { type: 'number', required: false },
    },
    batch: { field: 'deviceList', limit: BATCH_LIMIT },
    pageSizeLimit: 100,
    encode: (input: SimListInput) => ('iccids' in input ? { deviceList: input.iccids } : encodePage(input)),
    decode: (data: unknown): Page<BatchItem<SimRecord>> => {
      const body = record(data);
      const items = list(body.device_list, 'data.device_list').map((item) =>
        batchItem(record(item, 'device_list[]'), decodeSim),
      );
      // A `deviceList` answer is not paged: it is one whole page.
      return body.page === undefined
        ? { items, page: 1, pageSize: items.length, totalCount: items.length, totalPages: 1 }
        : decodePage(body, items);
    },
  } satisfies EndpointSpec<SimListInput, Page<BatchItem<SimRecord>>>,

  getSim: {
    ref: '§2.2',
    title: 'Get real-time info about one SIM card (查询单一设备实时信息)',
    method: 'POST',
    path: '/device/queryDevice',
    provenance: 'documented',
    assumes: 'response fields (the docs show only `code`)',
    effect: 'read',
    fields: { device_id: str },
    encode: (input: { iccid: string }) => ({ device_id: input.iccid }),
    decode: (data: unknown): SimRecord => decodeSim(record(data)),
  } satisfies EndpointSpec<{ iccid: string }, SimRecord>,

  listSimsInUse: {
    ref: '§2.3',
    title: 'Get the SIM cards in use (同步使用中SIM卡信息)',
    method: 'POST',
    path: '/device/syncAssetInfo',
    provenance: 'documented',
    assumes: '6 of the 8 item fields (`imsi`, `msisdn`, `orderCode`, `packageCode`, `packageName`, `activateTime`)',
    effect: 'read',
    fields: {},
    encode: () => ({}),
    decode: (data: unknown): SimRecord[] =>
      list(data).map((raw) => {
        const item = record(raw, 'data[]');
        return {
          iccid: text(item, 'assetId'),
          imsi: optionalText(item, 'imsi'),
          msisdn: optionalText(item, 'msisdn'),
          lifecycle: simLifecycleCodes.decode(optionalText(item, 'lifeCycle')),
          activeOrderId: optionalText(item, 'orderCode'),
          activePlanCode: optionalText(item, 'packageCode'),
          activePlanName: optionalText(item, 'packageName'),
          activatedAt: parseCsssDate(optionalText(item, 'activateTime')),
          activeOrderExpiresAt: null,
        };
      }),
  } satisfies EndpointSpec<Record<string, never>, SimRecord[]>,

  getUsage: {
    ref: '§3.1',
    title: 'Query the traffic usage of a single SIM card (查询单张SIM卡流量使用情况)',
    method: 'POST',
    path: '/flow/queryDeviceFlowUsage',
    provenance: 'documented',
    assumes: 'the unit of `order_used_flow` / `high_flow_balance` (MB)',
    effect: 'read',
    fields: { device_id: str },
    encode: (input: { iccid: string }) => ({ device_id: input.iccid }),
    decode: (data: unknown): UsageRecord => decodeUsage(record(data)),
  } satisfies EndpointSpec<{ iccid: string }, UsageRecord>,

  getUsageBatch: {
    ref: '§3.2',
    title: 'Batch querying SIM card usage (批量查询SIM卡流量接口)',
    method: 'POST',
    path: '/flow/batchQueryDeviceFlowUsage',
    provenance: 'assumed',
    effect: 'read',
    fields: { deviceList: iccids },
    batch: { field: 'deviceList', limit: BATCH_LIMIT },
    encode: (input: { iccids: string[] }) => ({ deviceList: input.iccids }),
    decode: (data: unknown): BatchItem<UsageRecord>[] =>
      list(record(data).device_flow_list, 'data.device_flow_list').map((item) =>
        batchItem(record(item, 'device_flow_list[]'), decodeUsage),
      ),
  } satisfies EndpointSpec<{ iccids: string[] }, BatchItem<UsageRecord>[]>,

  getDailyUsage: {
    ref: '§3.3',
    title: 'Query the daily usage (查询单日流量使用情况)',
    method: 'POST',
    path: '/flow/queryDeviceDayFlow',
    provenance: 'assumed',
    effect: 'read',
    fields: { device_id: str, date: str },
    encode: (input: { iccid: string; date: string }) => ({ device_id: input.iccid, date: toCsssDay(input.date) }),
    decode: (data: unknown): DailyUsageRecord => {
      const body = record(data);
      const day = text(body, 'date');
      return {
        iccid: text(body, 'device_id'),
        date: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`,
        usedBytes: flowToBytes(decimal(body, 'flow')),
      };
    },
  } satisfies EndpointSpec<{ iccid: string; date: string }, DailyUsageRecord>,

  listMonthlyUsage: {
    ref: '§3.4',
    title: 'Batch querying the usage in a specified month (批量查询指定月份的流量使用情况)',
    method: 'POST',
    path: '/flow/queryMonthFlow',
    provenance: 'assumed',
    assumes:
      'the path and the optional `deviceList` filter; the body and answer follow the 2020 sample in §3.4, whose answer names no month (the month asked for is used)',
    effect: 'read',
    fields: { month: str, ...pageFields, deviceList: { type: 'string[]', required: false } },
    batch: { field: 'deviceList', limit: BATCH_LIMIT },
    pageSizeLimit: 100,
    encode: (input: PageInput & { month: string; iccids?: string[] }) => ({
      month: toCsssMonth(input.month),
      ...encodePage(input),
      deviceList: input.iccids,
    }),
    // The sample answer has no `month`: each item is for the month the request asked for.
    decode: (data: unknown, input: { month: string }): Page<MonthlyUsageRecord> => {
      const body = record(data);
      const month = input.month;
      const items = list(body.device_flow, 'data.device_flow').map((raw) => {
        const item = record(raw, 'device_flow[]');
        return { iccid: text(item, 'device_id'), month, usedBytes: flowToBytes(decimal(item, 'flow')) };
      });
      return decodePage(body, items);
    },
  } satisfies EndpointSpec<PageInput & { month: string; iccids?: string[] }, Page<MonthlyUsageRecord>>,

  listPlans: {
    ref: '§4.1',
    title: 'Get data plan (同步资费套餐)',
    method: 'POST',
    path: '/package/syncPackage',
    provenance: 'assumed',
    effect: 'read',
    fields: {},
    encode: () => ({}),
    decode: (data: unknown): PlanRecord[] =>
      list(record(data).package_list, 'data.package_list').map((item) => decodePlan(record(item, 'package_list[]'))),
  } satisfies EndpointSpec<Record<string, never>, PlanRecord[]>,

  orderPlan: {
    ref: '§4.2',
    title: 'Order data plan (订购流量套餐)',
    method: 'POST',
    path: '/package/orderPackage',
    provenance: 'documented',
    assumes:
      "`package_name` and `package_type` are the plan's, from the plan catalogue (§4.1), which is itself assumed",
    effect: 'write',
    fields: { device_id: str, ...purchaseFields },
    encode: (input: PlanPurchase & { iccid: string }) => ({ device_id: input.iccid, ...encodePurchase(input) }),
    decode: (data: unknown): OrderChange => decodeOrderChange(data),
  } satisfies EndpointSpec<PlanPurchase & { iccid: string }, OrderChange>,

  bulkOrderPlan: {
    ref: '§4.3',
    title: 'Bulk order package (批量订购套餐)',
    method: 'POST',
    path: '/package/batchOrderPackages',
    provenance: 'documented',
    assumes:
      "the batch limit (undocumented; 100); `package_name` and `package_type` are the plan's, from the plan catalogue (§4.1), which is itself assumed",
    effect: 'write',
    fields: { deviceList: iccids, ...purchaseFields, pay_amount: optStr },
    batch: { field: 'deviceList', limit: BATCH_LIMIT },
    encode: (input: PlanPurchase & { iccids: string[] }) => ({ deviceList: input.iccids, ...encodePurchase(input) }),
    decode: (data: unknown): BatchItem<PlacedOrder>[] =>
      list(record(data).device_order, 'data.device_order').map((raw) =>
        batchItem(record(raw, 'device_order[]'), (item) => decodePlaced(text(item, 'device_id'), item)),
      ),
  } satisfies EndpointSpec<PlanPurchase & { iccids: string[] }, BatchItem<PlacedOrder>[]>,

  renewOrder: {
    ref: '§4.4',
    title: 'Renew your data plan (续订流量套餐)',
    method: 'POST',
    path: '/package/renewPackage',
    provenance: 'documented',
    effect: 'write',
    fields: { order_id: str, renew_period: num },
    encode: (input: { orderId: string; periods: number }) => ({ order_id: input.orderId, renew_period: input.periods }),
    decode: (data: unknown): OrderChange => decodeOrderChange(data),
  } satisfies EndpointSpec<{ orderId: string; periods: number }, OrderChange>,

  listOrders: {
    ref: '§4.5',
    title: 'Query the package order information (查询套餐订单信息)',
    method: 'POST',
    path: '/package/queryOrder',
    provenance: 'documented',
    assumes:
      '16 of the 22 order item fields, the meaning of `orderStatus` and `buyType` codes, and the `page_size` of 100 the gateway asks for (no maximum is documented)',
    effect: 'read',
    fields: { device_id: optStr, order_id: optStr, order_status: optStr, order_type: optStr, ...pageFields },
    pageSizeLimit: 100,
    encode: (input: PageInput & { iccid?: string; orderId?: string; status?: string; kind?: string }) => ({
      device_id: input.iccid ?? '',
      order_id: input.orderId ?? '',
      order_status: input.status ?? '',
      order_type: input.kind ?? '',
      ...encodePage(input),
    }),
    decode: (data: unknown): Page<OrderRecord> => {
      const body = record(data);
      const items = list(body.package_order, 'data.package_order').map((item) =>
        decodeOrder(record(item, 'package_order[]')),
      );
      return decodePage(body, items);
    },
  } satisfies EndpointSpec<
    PageInput & { iccid?: string; orderId?: string; status?: string; kind?: string },
    Page<OrderRecord>
  >,

  enableOrder: orderChangeEndpoint('§4.6', 'To enable the order (开通/启用流量套餐订单)', '/package/openOrder'),

  cancelOrder: orderChangeEndpoint(
    '§4.7',
    'Cancel an unenabled package order (取消流量套餐订单)',
    '/package/cancelOrder',
  ),

  endOrderEarly: orderChangeEndpoint('§4.8', 'End package orders early (提前结束设备套餐订单)', '/package/endOrder'),

  suspendOrder: orderChangeEndpoint(
    '§4.9',
    '[Deprecated] Suspend/pause plan order (停机/暂停流量套餐订单)',
    '/package/pauseOrder',
    { deprecated: true },
  ),

  resumeOrder: orderChangeEndpoint(
    '§4.10',
    '[Deprecated] Resume/restart plan order (复机/重新启动流量套餐订单)',
    '/package/restartOrder',
    { deprecated: true },
  ),

  listOrderablePlans: {
    ref: '§4.11',
    title: '[Deprecated] Paged batch sync of orderable plans per device (分页批量(查询)同步设备可订购套餐)',
    method: 'POST',
    path: '/package/batchSyncDevicePackage',
    provenance: 'assumed',
    effect: 'read',
    deprecated: true,
    fields: { deviceList: iccids },
    batch: { field: 'deviceList', limit: BATCH_LIMIT },
    encode: (input: { iccids: string[] }) => ({ deviceList: input.iccids }),
    decode: (data: unknown): BatchItem<OrderablePlans>[] =>
      list(record(data).device_package, 'data.device_package').map((raw) =>
        batchItem(record(raw, 'device_package[]'), (item) => ({
          iccid: text(item, 'device_id'),
          planCodes: list(item.package_codes, 'device_package[].package_codes').map((code) => String(code)),
        })),
      ),
  } satisfies EndpointSpec<{ iccids: string[] }, BatchItem<OrderablePlans>[]>,

  sendSms: {
    ref: '§5.1',
    title: 'Send SMS (发送短信)',
    method: 'POST',
    path: '/sms/sendSms',
    provenance: 'assumed',
    effect: 'write',
    fields: { device_id: str, content: str, message_type: str },
    encode: (input: { iccid: string; text: string; encoding: SmsEncoding }) => ({
      device_id: input.iccid,
      content: input.text,
      message_type: smsEncodingCodes.encode(input.encoding),
    }),
    decode: (data: unknown): SentSms => {
      const body = record(data);
      return {
        smsId: text(body, 'sms_id'),
        iccid: text(body, 'device_id'),
        encoding: smsEncodingCodes.decode(optionalText(body, 'message_type')),
      };
    },
  } satisfies EndpointSpec<{ iccid: string; text: string; encoding: SmsEncoding }, SentSms>,

  orderOtaPlan: {
    ref: '§6.1',
    title: 'Order OTA plan (OTA日套餐下单)',
    method: 'POST',
    path: '/package/createOtaOrder',
    provenance: 'documented',
    assumes:
      "the response (taken to be like Order data plan, §4.2) and the meaning of `timing_type`: always the example's `1`; `package_name` and `package_type` are the plan's, from the plan catalogue (§4.1), which is itself assumed",
    effect: 'write',
    fields: { device_id: str, ...purchaseFields, pay_type: str, mcc: optStr, days: num, timing_type: str },
    encode: (input: PlanPurchase & { iccid: string; days: number; mcc?: string }) => ({
      device_id: input.iccid,
      ...encodePurchase(input),
      mcc: input.mcc ?? '',
      days: input.days,
      // Its values are undocumented; the published example's `1` is the only one known to work.
      timing_type: '1',
    }),
    decode: (data: unknown): OrderChange => decodeOrderChange(data),
  } satisfies EndpointSpec<PlanPurchase & { iccid: string; days: number; mcc?: string }, OrderChange>,

  getMnoBalance: {
    ref: '§6.2',
    title: 'Query the remaining data by MNO side (运营商侧剩余流量查询)',
    method: 'POST',
    path: '/flow/getInfoByDeviceId',
    provenance: 'documented',
    effect: 'read',
    fields: { device_id: str },
    encode: (input: { iccid: string }) => ({ device_id: input.iccid }),
    decode: (data: unknown): Omit<MnoBalanceRecord, 'iccid'> => {
      const balance: Omit<MnoBalanceRecord, 'iccid'> = {
        dataBytes: null,
        smsCount: null,
        voiceSeconds: null,
        unavailable: [],
        remarks: [],
      };
      for (const raw of list(data)) {
        const item = record(raw, 'data[]');
        const resource = optionalText(item, 'type') ?? 'unknown';
        const quantity = optionalDecimal(item, 'remainingQuantity');
        const message = optionalText(item, 'msg');
        const known = Object.hasOwn(mnoResources, resource) ? mnoResources[resource] : undefined;
        if (quantity === null || known === undefined) {
          balance.unavailable.push({ resource, reason: message ?? 'not reported' });
          continue;
        }
        balance[known.field] = quantity;
        // `msg` is documented as a failure reason; one sent beside a figure is kept, not dropped.
        if (message !== null && message !== '') balance.remarks.push({ resource: known.resource, message });
      }
      return balance;
    },
  } satisfies EndpointSpec<{ iccid: string }, Omit<MnoBalanceRecord, 'iccid'>>,
} as const;

/** `data[].type` of §6.2, the field its `remainingQuantity` fills and the unit it is in (documented). */
const mnoResources: Readonly<
  Record<string, { field: 'dataBytes' | 'smsCount' | 'voiceSeconds'; resource: BalanceResource }>
> = {
  data: { field: 'dataBytes', resource: BalanceResource.DATA },
  'sms-out': { field: 'smsCount', resource: BalanceResource.SMS },
  'call-out': { field: 'voiceSeconds', resource: BalanceResource.VOICE },
};

export type CsssEndpoints = typeof csssEndpoints;
export type CsssEndpointName = keyof CsssEndpoints;
