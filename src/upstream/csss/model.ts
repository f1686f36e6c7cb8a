import type {
  BalanceResource,
  OrderKind,
  OrderStatus,
  PaymentMethod,
  PaymentState,
  PlanType,
  SimLifecycle,
  SmsEncoding,
} from './enums.js';

/** What the CSSS client returns: the upstream's records in the gateway's own words (bytes, UTC dates, enums, `iccid`). */

export interface SimRecord {
  iccid: string;
  imsi: string | null;
  msisdn: string | null;
  lifecycle: SimLifecycle;
  activeOrderId: string | null;
  activePlanCode: string | null;
  activePlanName: string | null;
  activatedAt: Date | null;
  /** When the order in use ends (assumed `expire_time` of §2.1/§2.2); null without one, or where not reported. */
  activeOrderExpiresAt: Date | null;
}

export interface UsageRecord {
  iccid: string;
  orderId: string | null;
  usedBytes: number;
  remainingHighSpeedBytes: number;
}

/** One item of a batch answer: the value, or why that one item failed. */
export type BatchItem<T> =
  { iccid: string; value: T } | { iccid: string; error: { upstreamCode: string; message: string } };

export interface DailyUsageRecord {
  iccid: string;
  /** `yyyy-MM-dd`. */
  date: string;
  usedBytes: number;
}

export interface MonthlyUsageRecord {
  iccid: string;
  /** `yyyy-MM`. */
  month: string;
  usedBytes: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  totalCount: number;
  totalPages: number;
}

export interface PlanRecord {
  code: string;
  name: string;
  type: PlanType;
  dataBytes: number | null;
  price: string | null;
  currency: string | null;
  /** Days one period lasts, where the catalogue says. */
  periodDays: number | null;
  /** True for plans meant for OTA-capable SIMs. */
  ota: boolean;
}

export interface OrderRecord {
  id: string;
  iccid: string | null;
  planCode: string | null;
  planName: string | null;
  planType: PlanType;
  kind: OrderKind;
  status: OrderStatus;
  periods: number | null;
  dataBytes: number | null;
  orderedAt: Date | null;
  startsAt: Date | null;
  expiresAt: Date | null;
  paymentState: PaymentState;
  paymentMethod: PaymentMethod | null;
  amount: string | null;
}

export interface PlacedOrder {
  orderId: string;
  iccid: string;
  startsAt: Date | null;
  expiresAt: Date | null;
}

export interface OrderChange {
  orderId: string;
  startsAt: Date | null;
  expiresAt: Date | null;
}

export interface MnoBalanceRecord {
  iccid: string;
  dataBytes: number | null;
  smsCount: number | null;
  voiceSeconds: number | null;
  /** Resources the operator could not report, with its reason. */
  unavailable: { resource: string; reason: string }[];
  /** What the operator said (`msg`) beside a figure it did report. */
  remarks: { resource: BalanceResource; message: string }[];
}

export interface SentSms {
  smsId: string;
  iccid: string;
  encoding: SmsEncoding;
}

export interface OrderablePlans {
  iccid: string;
  planCodes: string[];
}

/** What orderPlan, bulkOrderPlan and orderOtaPlan send, in the gateway's words. */
export interface PlanPurchase {
  planCode: string;
  planName: string;
  planType: PlanType;
  periods: number;
  enableNow: boolean;
  paymentState: PaymentState;
  paymentMethod?: PaymentMethod;
  amount: string;
  /** `global_order`: a host-number ("主号") package; normally false. */
  hostNumber: boolean;
  /** `test_flow_flag` / `test_flow`: test data, in bytes; normally absent. */
  testDataBytes?: number;
}
