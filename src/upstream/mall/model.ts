import type { DurationUnit, GroupOperationStatus, MallOrderStatus, PaymentStatus, RenewalStatus } from './enums.js';

/** What the Mall client takes and returns, in the gateway's words: `iccid` (never `deviceCode`), plan names, enums. */

/** `time` × `unit` of the Mall (§9.10). */
export interface Duration {
  count: number;
  unit: DurationUnit;
}

export interface CardVerification {
  iccid: string;
  partnerCode: string;
}

export interface MallPlan {
  /** `packageCode`, what an order names. */
  code: string;
  servicePlanCode: string;
  name: string;
  area: string | null;
  duration: Duration;
  /** Decimal string per period. */
  price: string;
  currency: string;
}

export interface MallOrder {
  status: MallOrderStatus;
  planName: string;
  duration: Duration;
  /** `yyyy-MM-dd`; only orders in use have one. */
  expiresOn: string | null;
  remainingDays: number | null;
}

export interface CardOrders {
  iccid: string;
  orders: MallOrder[];
}

/** What a buyer is about to pay for on one card. */
export interface MallCheckout {
  iccid: string;
  /** The partner's own order number (`orderNo`); unique per order. */
  orderNumber: string;
  /** `packageCode` of the plan product. */
  planCode: string;
  periods: number;
  /** Decimal string, the total. */
  amount: string;
  currency: string;
}

/** A checkout the partner has been paid for, as an order to place. */
export interface MallPurchase extends MallCheckout {
  /** The payment's id at the partner's payment provider. */
  paymentId: string;
  autoRenew: boolean;
}

export interface PlacedMallOrder {
  iccid: string;
  orderNumber: string;
  paymentId: string;
}

export interface AutoRenewal {
  id: string;
  iccid: string;
  planCode: string;
  planName: string;
  status: RenewalStatus;
  amount: string | null;
  currency: string | null;
  /** `yyyy-MM-dd`. */
  nextRenewalOn: string | null;
}

export interface PaymentAuthorization {
  paymentId: string;
  /** The payment provider's client secret for this one payment: the buyer's app needs it to pay, nobody else should see it. */
  clientSecret: string;
}

export interface PaymentResult {
  paymentId: string;
  status: PaymentStatus;
  orderNumber: string | null;
}

export interface BundleGroup {
  id: string;
  name: string;
  planCode: string | null;
  planName: string | null;
  simCount: number;
}

export interface GroupSims {
  groupId: string;
  iccids: string[];
}

export interface GroupOperation {
  id: string;
  groupId: string;
  status: GroupOperationStatus;
  failures: { iccid: string; reason: string }[];
}

/** `/mall/order` finds one order by the first of these that is given (§9.24). */
export type OrderLookup = { purchaseOrderId: string } | { orderId: string } | { iccid: string };

export interface MallOrderDetail {
  orderId: string;
  purchaseOrderId: string | null;
  iccid: string;
  planCode: string | null;
  planName: string | null;
  status: MallOrderStatus;
  paymentStatus: PaymentStatus;
  amount: string | null;
  currency: string | null;
  orderedAt: Date | null;
  expiresOn: string | null;
}
