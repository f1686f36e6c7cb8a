/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** One plan ordered for many SIMs at once: all or nothing. */
export type BulkOrderPlanInput = {
  /** Enable the orders at once. */
  enableNow?: boolean;
  /** The SIMs (ICCIDs), at most the upstream batch limit (100 unless configured). */
  iccids: Array<string | number>;
  /** Payment record; unpaid, amount 0 when omitted. */
  payment?: PaymentInput | null | undefined;
  /** How many periods to order. */
  periods?: number;
  /** The plan code, from `plans`. */
  planCode: string | number;
};

/** The auto-renewal of a card to stop. */
export type CancelMallAutoRenewalInput = {
  /** The card (ICCID). */
  iccid: string | number;
  /** The auto-renewal id. */
  renewalId: string | number;
};

/** A payment the buyer completed. */
export type ConfirmMallPaymentInput = {
  /** The payment id from `authorizeMallPayment`. */
  paymentId: string;
};

/** A paid subscription authorization to start a card's auto-renewal from. */
export type CreateMallSubscriptionInput = {
  /** The card (ICCID). */
  iccid: string | number;
  /** The payment id from `authorizeMallSubscription`. */
  paymentId: string;
};

/** A range of days, both ends included. */
export type DayRange = {
  /** The first day, `yyyy-MM-dd`. */
  from: string;
  /** The last day, `yyyy-MM-dd` (at most 31 days, counting both). */
  to: string;
};

/** Which kind of shop front the end user signs in from. */
export type EsimApp =
  /** A mobile app. */
  | 'APP'
  /** The enterprise's back office. */
  | 'BACK_OFFICE'
  /** A web shop (H5). */
  | 'H5';

/** Where an eSIM order is. */
export type EsimOrderStatus =
  /** Cancelled, e.g. the payment came too late and the profile was released. Final. */
  | 'CANCELLED'
  /** Paid: the QR code is ready (and was emailed to the user). */
  | 'PAID'
  /** The payment failed. Final. */
  | 'PAYMENT_FAILED'
  /** A status code this gateway does not know yet. */
  | 'UNKNOWN'
  /** Pre-ordered; the payment result is not reported yet, or the eSIM profile is not assigned yet. */
  | 'WAITING_FOR_PAYMENT';

/** Where packages are sold: exactly one of a country (by mobile country code or English name) or a region. */
export type EsimPackageLocation =
  {   /** The country by English name, e.g. `Japan` (case-insensitive). */
  countryName: string; mcc?: never; region?: never; }
  |  { countryName?: never;   /** The country by mobile country code, e.g. `460`. */
  mcc: string | number; region?: never; }
  |  { countryName?: never; mcc?: never;   /** The region code, from `esimRegions`. */
  region: string | number; };

/** Which packages a country lists. */
export type EsimPackageScope =
  /** Every package whose coverage includes the country, multi-country ones too. */
  | 'INCLUDES_COUNTRY'
  /** Only packages that cover that one country. */
  | 'ONLY_COUNTRY';

/** The result of the payment the enterprise took for a pre-order or top-up. Reported once. */
export type EsimPaymentInput = {
  /** The amount charged: it must match the order's total (else BAD_USER_INPUT). */
  amount: MoneyInput;
  /** The order id from `esimPreOrder` or `esimTopUp`. */
  orderId: string | number;
  /** Whether the payment succeeded. */
  outcome: EsimPaymentOutcome;
  /** When the payment was made. */
  paidAt: string;
  /** The payment provider's reference (e.g. a PayPal id), if any. */
  paymentReference?: string | null | undefined;
};

/** The result of the payment the enterprise took for an eSIM order. */
export type EsimPaymentOutcome =
  /** The payment failed. */
  | 'FAILED'
  /** Paid. */
  | 'SUCCEEDED';

/** The unit of a package period. */
export type EsimPeriodUnit =
  /** Days. */
  | 'DAY'
  /** Months. */
  | 'MONTH'
  /** A unit code this gateway does not know yet. */
  | 'UNKNOWN'
  /** Years. */
  | 'YEAR';

/** What the buyer chose from a package; the gateway fills in the rest from the catalogue. */
export type EsimPurchaseInput = {
  /** The currency to pay in, one of the package's `prices`, e.g. `USD`. */
  currency: string;
  /** The package id, from the catalogue. */
  packageId: string | number;
  /** How many periods to buy, within the package's limits. */
  periods?: number;
  /** How many of the package to buy. */
  quantity?: number;
  /** The total the buyer was shown, in `currency`. When given, an order whose price changed since is refused (BAD_USER_INPUT); when omitted, the catalogue's price × periods × quantity. */
  total?: MoneyInput | null | undefined;
};

/** An eSIM end user signing in or registering. */
export type EsimSignInInput = {
  /** Which shop front the user signs in from. */
  app?: EsimApp;
  /** The end user's email address. */
  email: string;
  /** The plain password (to set, when registering). It leaves the gateway only as its MD5 digest. */
  password: string;
};

/** More data for an eSIM already paid for: a package from its `topUpPackages`. */
export type EsimTopUpInput = {
  /** The currency to pay in, one of the package's `prices`, e.g. `USD`. */
  currency: string;
  /** The order id of the eSIM to top up. */
  orderId: string | number;
  /** The package id, from the catalogue. */
  packageId: string | number;
  /** How many periods to buy, within the package's limits. */
  periods?: number;
  /** How many of the package to buy. */
  quantity?: number;
  /** The total the buyer was shown, in `currency`. When given, an order whose price changed since is refused (BAD_USER_INPUT); when omitted, the catalogue's price × periods × quantity. */
  total?: MoneyInput | null | undefined;
};

/** Where to email an eSIM verification code. */
export type EsimVerificationCodeInput = {
  /** The end user's email address. */
  email: string;
};

/** A SIM lifecycle to filter the fleet by (the values of `SimLifecycle`). */
export type FleetLifecycleFilter =
  /** Activated and in service. */
  | 'ACTIVE'
  /** Deactivated. */
  | 'DEACTIVATED'
  /** Not yet activated. */
  | 'PRE_ACTIVATION'
  /** About to be deactivated. */
  | 'PRE_DEACTIVATION';

/** Which SIMs of the fleet to list: every filter given must hold (omitted ones do not filter). */
export type FleetSimFilter = {
  /** SIMs whose order in use ends before this instant. */
  expiresBefore?: string | null | undefined;
  /** The SIM with exactly this ICCID. */
  iccid?: string | number | null | undefined;
  /** SIMs whose ICCID starts with this. */
  iccidPrefix?: string | null | undefined;
  /** The SIM with exactly this IMSI. */
  imsi?: string | number | null | undefined;
  /** SIMs whose IMSI starts with this. */
  imsiPrefix?: string | null | undefined;
  /** SIMs in one of these lifecycles. */
  lifecycles?: Array<FleetLifecycleFilter> | null | undefined;
  /** The SIM with exactly this phone number (MSISDN). */
  msisdn?: string | null | undefined;
  /** SIMs whose phone number (MSISDN) starts with this. */
  msisdnPrefix?: string | null | undefined;
  /** SIMs whose order in use is of one of these plans (plan codes). */
  planCodes?: Array<string | number> | null | undefined;
  /** SIMs that used more than this many bytes in the current cycle. */
  usedBytesAbove?: number | null | undefined;
  /** SIMs that used more than this share of their plan in the current cycle: 0.8 is 80%. */
  usedShareAbove?: number | null | undefined;
  /** True: only SIMs with no order in use; false: only SIMs with one. */
  withoutPlan?: boolean | null | undefined;
};

/** The order of the fleet list. */
export type FleetSimOrder = {
  /** Ascending (the default) or descending. */
  direction?: FleetSortDirection;
  /** The value sorted by. */
  field: FleetSimSortField;
};

/** What the fleet list is sorted by; ties are broken by ICCID. */
export type FleetSimSortField =
  /** When the SIM was activated; SIMs never activated come last ascending. */
  | 'ACTIVATED_AT'
  /** When the order in use ends; SIMs with no plan come last ascending. */
  | 'EXPIRES_AT'
  /** The ICCID. */
  | 'ICCID'
  /** Data used in the current cycle; SIMs whose usage is unknown come first ascending. */
  | 'USED_BYTES';

/** Ascending or descending. */
export type FleetSortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** Where an asynchronous bundle-group change is. */
export type MallBundleGroupOperationStatus =
  /** Done for no card. */
  | 'FAILED'
  /** Done for some cards; `failures` says which were not. */
  | 'PARTIALLY_FAILED'
  /** Still running. */
  | 'PROCESSING'
  /** Done for every card. */
  | 'SUCCEEDED'
  /** A status this gateway does not know yet. */
  | 'UNKNOWN';

/** Cards to add to or remove from a bundle group. */
export type MallBundleGroupSimsInput = {
  /** The bundle group id. */
  groupId: string | number;
  /** The cards (ICCIDs), at most the batch limit (100 unless configured). */
  iccids: Array<string | number>;
};

/** A plan a buyer is about to pay for on one card. */
export type MallCheckoutInput = {
  /** The card (ICCID). */
  iccid: string | number;
  /** The partner's own order number, unique per order: `mallOrder` finds the order by it. */
  orderNumber: string;
  /** How many periods. */
  periods?: number;
  /** The plan code, from the card's `plans`. */
  planCode: string | number;
  /** The total, in the plan's currency; the plan's price × periods when omitted. The Mall refuses a total that does not match (BAD_USER_INPUT). */
  total?: MoneyInput | null | undefined;
};

/** The unit of a Mall plan period. */
export type MallDurationUnit =
  /** Days. */
  | 'DAY'
  /** Months. */
  | 'MONTH'
  /** A unit code this gateway does not know yet. */
  | 'UNKNOWN'
  /** Years. */
  | 'YEAR';

/** Which Mall order to read: exactly one of the partner's order number, the Mall's order id, or a card (its latest order). */
export type MallOrderLookup =
  {   /** The card (ICCID): its most recent order. */
  iccid: string | number; orderId?: never; purchaseOrderId?: never; }
  |  { iccid?: never;   /** The Mall's transaction order id. */
  orderId: string | number; purchaseOrderId?: never; }
  |  { iccid?: never; orderId?: never;   /** The partner's order number (`orderNumber` when it was placed). */
  purchaseOrderId: string; };

/** Where a Mall plan order is. */
export type MallOrderStatus =
  /** Ended. */
  | 'EXPIRED'
  /** Running now. */
  | 'IN_USE'
  /** Bought, waiting for the order before it to end. */
  | 'NOT_ENABLED'
  /** A status code this gateway does not know yet. */
  | 'UNKNOWN';

/** A plan the partner took payment for through a third party. */
export type MallPaidOrderInput = {
  /** Renew the plan automatically when it ends. */
  autoRenew?: boolean;
  /** The card (ICCID). */
  iccid: string | number;
  /** The partner's own order number, unique per order: `mallOrder` finds the order by it. */
  orderNumber: string;
  /** The original order this one follows, if any. */
  originalOrderId?: string | null | undefined;
  /** When the payment succeeded. */
  paidAt: string;
  /** The payment's id at the partner's payment provider. */
  paymentId: string;
  /** How many periods. */
  periods?: number;
  /** The plan code, from the card's `plans`. */
  planCode: string | number;
  /** The total, in the plan's currency; the plan's price × periods when omitted. The Mall refuses a total that does not match (BAD_USER_INPUT). */
  total?: MoneyInput | null | undefined;
};

/** Where a Mall payment is. */
export type MallPaymentStatus =
  /** The payment failed. */
  | 'FAILED'
  /** Authorized, not paid yet. */
  | 'PENDING'
  /** Paid. */
  | 'SUCCEEDED'
  /** A status code this gateway does not know yet. */
  | 'UNKNOWN';

/** A plan the partner has been paid for, to place as an order. */
export type MallPurchaseInput = {
  /** Renew the plan automatically when it ends. */
  autoRenew?: boolean;
  /** The card (ICCID). */
  iccid: string | number;
  /** The partner's own order number, unique per order: `mallOrder` finds the order by it. */
  orderNumber: string;
  /** The payment's id at the partner's payment provider. */
  paymentId: string;
  /** How many periods. */
  periods?: number;
  /** The plan code, from the card's `plans`. */
  planCode: string | number;
  /** The total, in the plan's currency; the plan's price × periods when omitted. The Mall refuses a total that does not match (BAD_USER_INPUT). */
  total?: MoneyInput | null | undefined;
};

/** Whether an auto-renewal still renews. */
export type MallRenewalStatus =
  /** Renews the plan each time the current order ends. */
  | 'ACTIVE'
  /** Renews no more. */
  | 'CANCELLED'
  /** A status code this gateway does not know yet. */
  | 'UNKNOWN';

/** An amount of money a client sends: a decimal string with at most two decimals, in one currency. */
export type MoneyInput = {
  /** The amount, a decimal string with at most two decimals, e.g. `"12.50"`. */
  amount: string;
  /** The currency, an ISO 4217 code, e.g. `USD`. */
  currency: string;
};

/** A range of months, both ends included. */
export type MonthRange = {
  /** The first month, `yyyy-MM`. */
  from: string;
  /** The last month, `yyyy-MM` (at most 12 months after `from`, counting both). */
  to: string;
};

/** What a notification is about. */
export type NotificationKind =
  /** A plan order changed state. */
  | 'ORDER_STATUS_CHANGED'
  /** The delivery result of an SMS sent with `sendSms`. */
  | 'SMS_DELIVERY'
  /** An SMS a device sent. */
  | 'SMS_RECEIVED'
  /** SIMs with no plan, a plan about to expire or expired, or trial data used up. */
  | 'USAGE_ALERT';

/** The order a change applies to. */
export type OrderChangeInput = {
  /** The order id. */
  orderId: string | number;
};

/** Which orders to list; every field narrows the list. */
export type OrderFilter = {
  /** Only orders of this SIM (ICCID). */
  iccid?: string | number | null | undefined;
  /** Only orders of this kind. */
  kind?: OrderKindInput | null | undefined;
  /** Only orders in this status. */
  status?: OrderStatusInput | null | undefined;
};

/** How an order came about. */
export type OrderKind =
  /** A new plan order. */
  | 'NEW'
  /** An OTA plan order. */
  | 'OTA'
  /** A renewal of an earlier order. */
  | 'RENEWAL'
  /** A kind code this gateway does not know yet. */
  | 'UNKNOWN';

/** How an order came about, as a filter chooses it. */
export type OrderKindInput =
  /** A new plan order. */
  | 'NEW'
  /** An OTA plan order. */
  | 'OTA'
  /** A renewal of an earlier order. */
  | 'RENEWAL';

/** An OTA day plan ordered for one OTA-capable SIM. */
export type OrderOtaPlanInput = {
  /** Number of days. */
  days: number;
  /** The SIM (ICCID). */
  iccid: string | number;
  /** Mobile country code the plan is for, when it is country-bound. */
  mcc?: string | null | undefined;
  /** Payment record; the payment method is required for OTA orders. */
  payment: PaymentInput;
  /** How many periods to order. */
  periods?: number;
  /** The plan code, from `plans` (an OTA plan). */
  planCode: string | number;
};

/** A plan ordered for one SIM. */
export type OrderPlanInput = {
  /** Enable the order at once. Leave false for OTA-capable SIMs. */
  enableNow?: boolean;
  /** Order as a package of the SIM's host (primary) number; normally false. */
  hostNumber?: boolean;
  /** The SIM (ICCID). */
  iccid: string | number;
  /** Payment record; unpaid, amount 0 when omitted. */
  payment?: PaymentInput | null | undefined;
  /** How many periods to order. */
  periods?: number;
  /** The plan code, from `plans`. */
  planCode: string | number;
};

/** Where a plan order is in its life. */
export type OrderStatus =
  /** Cancelled before it was enabled. */
  | 'CANCELLED'
  /** Finished: expired or ended early. */
  | 'ENDED'
  /** Enabled and running. */
  | 'IN_USE'
  /** Ordered, not yet enabled: it can be enabled or cancelled. */
  | 'NOT_ENABLED'
  /** Suspended (deprecated upstream operation). */
  | 'PAUSED'
  /** A status code this gateway does not know yet. */
  | 'UNKNOWN';

/** What happened to a plan order. */
export type OrderStatusChange =
  /** The order was cancelled before it was enabled. */
  | 'CANCELLED'
  /** A new order was created. */
  | 'CREATED'
  /** A non-OTA order was enabled. */
  | 'ENABLED'
  /** The order was terminated before it expired. */
  | 'ENDED_EARLY'
  /** The order ended by itself at its expiry. */
  | 'EXPIRED'
  /** An OTA order was enabled. */
  | 'OTA_ENABLED'
  /** The IMSI of an OTA order was downloaded to the SIM again. */
  | 'OTA_IMSI_REDOWNLOADED'
  /** The order was paused. */
  | 'PAUSED'
  /** The number of periods of the order was reduced. */
  | 'PERIODS_REDUCED'
  /** An order in use was renewed. */
  | 'RENEWED'
  /** A paused order was restarted. */
  | 'RESUMED'
  /** A change this gateway does not know yet. */
  | 'UNKNOWN';

/** Where a plan order is in its life, as a filter chooses it. */
export type OrderStatusInput =
  /** Cancelled before it was enabled. */
  | 'CANCELLED'
  /** Finished: expired or ended early. */
  | 'ENDED'
  /** Enabled and running. */
  | 'IN_USE'
  /** Ordered, not yet enabled: it can be enabled or cancelled. */
  | 'NOT_ENABLED'
  /** Suspended (deprecated upstream operation). */
  | 'PAUSED';

/** How an order is paid for, as recorded with Linksfield. */
export type PaymentInput = {
  /** The amount paid, in the plan's currency; zero when omitted. */
  amount?: MoneyInput | null | undefined;
  /** How it was paid. */
  method?: PaymentMethodInput | null | undefined;
  /** Whether it is already paid. */
  state?: PaymentStateInput;
};

/** How an order was paid, as the orderer records it. */
export type PaymentMethodInput =
  /** Alipay. */
  | 'ALIPAY'
  /** iPay88. */
  | 'IPAY88'
  /** WeChat Pay. */
  | 'WECHAT_PAY';

/** Whether an order has been paid. */
export type PaymentState =
  /** Paid. */
  | 'PAID'
  /** A payment code this gateway does not know yet. */
  | 'UNKNOWN'
  /** Not paid. */
  | 'UNPAID';

/** Whether an order is paid, as the orderer records it. */
export type PaymentStateInput =
  /** Paid. */
  | 'PAID'
  /** Not paid. */
  | 'UNPAID';

/** How long one period of a data plan lasts. */
export type PlanType =
  /** One day. */
  | 'DAILY'
  /** Six months. */
  | 'HALF_YEARLY'
  /** One month. */
  | 'MONTHLY'
  /** Three months. */
  | 'QUARTERLY'
  /** A plan type code this gateway does not know yet. */
  | 'UNKNOWN'
  /** A daily plan without a data cap. */
  | 'UNLIMITED_DAILY'
  /** One year. */
  | 'YEARLY';

/** How long one period of a data plan lasts, as a client chooses it. */
export type PlanTypeInput =
  /** One day. */
  | 'DAILY'
  /** Six months. */
  | 'HALF_YEARLY'
  /** One month. */
  | 'MONTHLY'
  /** Three months. */
  | 'QUARTERLY'
  /** A daily plan without a data cap. */
  | 'UNLIMITED_DAILY'
  /** One year. */
  | 'YEARLY';

/** How much of a QR code may be damaged or covered and still scan; more correction means a denser code. */
export type QrErrorCorrection =
  /** About 30% may be lost (for a logo over the code, or rough printing). */
  | 'HIGH'
  /** About 7% may be lost. */
  | 'LOW'
  /** About 15% may be lost (the usual choice). */
  | 'MEDIUM'
  /** About 25% may be lost. */
  | 'QUARTILE';

/** Periods added to an order in use or not yet enabled. */
export type RenewOrderInput = {
  /** The order id. */
  orderId: string | number;
  /** Periods to add. */
  periods?: number;
};

/** A change of an eSIM end user's password. */
export type ResetEsimPasswordInput = {
  /** The end user's email address. */
  email: string;
  /** The new password. */
  newPassword: string;
  /** The current password. */
  password: string;
};

/** An SMS to send to one SIM. */
export type SendSmsInput = {
  /** How the content is written. */
  encoding?: SmsEncoding;
  /** The SIM (ICCID). */
  iccid: string | number;
  /** The content: text, or hexadecimal for BINARY. */
  text: string;
};

/** Where a SIM is in its life, as Linksfield reports it. */
export type SimLifecycle =
  /** Activated and in service (activation period). */
  | 'ACTIVE'
  /** Deactivated. */
  | 'DEACTIVATED'
  /** Not yet activated (pre-activation period). */
  | 'PRE_ACTIVATION'
  /** About to be deactivated (pre-deactivation period). */
  | 'PRE_DEACTIVATION'
  /** A lifecycle code this gateway does not know yet. */
  | 'UNKNOWN';

/** The outcome of an SMS sent to a SIM. */
export type SmsDeliveryStatus =
  /** The device received the message. */
  | 'DELIVERED'
  /** The message expired before the device could receive it. */
  | 'EXPIRED'
  /** Delivery failed; `error` says why. */
  | 'FAILED'
  /** A status code this gateway does not know yet. */
  | 'UNKNOWN';

/** How the content of an SMS is written. */
export type SmsEncoding =
  /** Binary content, written as hexadecimal. */
  | 'BINARY'
  /** Plain text. */
  | 'TEXT';

/** Why a SIM is in a usage alert. Linksfield evaluates these weekly. */
export type UsageWarning =
  /** The first order was enabled and no other plan has been bought. */
  | 'NO_PLAN'
  /** The plan in use has ended and no order is waiting to be enabled. */
  | 'PLAN_EXPIRED'
  /** The plan in use expires in less than 7 days and no new plan has been bought. */
  | 'PLAN_EXPIRING'
  /** The data of a trial plan is used up. */
  | 'TRIAL_DATA_EXHAUSTED'
  /** A warning code this gateway does not know yet. */
  | 'UNKNOWN';

export type EsimLoginMutationVariables = Exact<{
  input: EsimSignInInput;
}>;


export type EsimLoginMutation = { esimLogin: { session: { token: string, userId: string | null, email: string, expiresAt: string | null } } | null };

export type EsimRegisterMutationVariables = Exact<{
  input: EsimSignInInput;
}>;


export type EsimRegisterMutation = { esimRegister: { session: { token: string, userId: string | null, email: string, expiresAt: string | null } } | null };

export type RequestEsimVerificationCodeMutationVariables = Exact<{
  input: EsimVerificationCodeInput;
}>;


export type RequestEsimVerificationCodeMutation = { requestEsimVerificationCode: { email: string } | null };

export type ResetEsimPasswordMutationVariables = Exact<{
  input: ResetEsimPasswordInput;
}>;


export type ResetEsimPasswordMutation = { resetEsimPassword: { email: string } | null };

export type EsimPackageCardFragment = { id: string, code: string, name: string, shortDescription: string | null, dataBytes: number | null, period: number, periodUnit: EsimPeriodUnit, prices: Array<{ symbol: string | null, decimals: number | null, price: { amount: string, currency: string } }> | null };

export type EsimCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type EsimCatalogueQuery = { esimCountries: Array<{ mcc: string, isoName: string, name: string, regionCode: string | null }> | null, esimRegions: Array<{ code: string, name: string }> | null, esimHotPackages: Array<{ id: string, code: string, name: string, shortDescription: string | null, dataBytes: number | null, period: number, periodUnit: EsimPeriodUnit, prices: Array<{ symbol: string | null, decimals: number | null, price: { amount: string, currency: string } }> | null }> | null };

export type EsimCountryPackagesQueryVariables = Exact<{
  scope?: EsimPackageScope | null | undefined;
}>;


export type EsimCountryPackagesQuery = { esimCountries: Array<{ mcc: string, isoName: string, packages: Array<{ id: string, name: string }> | null }> | null };

export type EsimRegionPackagesQueryVariables = Exact<{ [key: string]: never; }>;


export type EsimRegionPackagesQuery = { esimRegions: Array<{ code: string, packages: Array<{ id: string, name: string }> | null }> | null };

export type EsimPackagesQueryVariables = Exact<{
  location: EsimPackageLocation;
  scope?: EsimPackageScope | null | undefined;
}>;


export type EsimPackagesQuery = { esimPackages: Array<{ id: string, code: string, name: string, shortDescription: string | null, dataBytes: number | null, period: number, periodUnit: EsimPeriodUnit, prices: Array<{ symbol: string | null, decimals: number | null, price: { amount: string, currency: string } }> | null }> | null };

export type EsimPackageQueryVariables = Exact<{
  id: string | number;
}>;


export type EsimPackageQuery = { esimPackage: { id: string, code: string, name: string, shortDescription: string | null, dataBytes: number | null, period: number, periodUnit: EsimPeriodUnit, detail: { description: string | null, minPeriods: number | null, maxPeriods: number | null, salesCount: number | null, updatedAt: string | null, coveredCountries: Array<{ mcc: string, isoName: string }> } | null, prices: Array<{ symbol: string | null, decimals: number | null, price: { amount: string, currency: string } }> | null } | null };

export type EsimPreOrderMutationVariables = Exact<{
  input: EsimPurchaseInput;
  idempotencyKey?: string | null | undefined;
}>;


export type EsimPreOrderMutation = { esimPreOrder: { preOrder: { orderId: string, orderNumber: string, packageName: string, quantity: number, periods: number, orderedAt: string | null, expiresAt: string, paymentClientId: string | null, total: { amount: string, currency: string } } } | null };

export type ReportEsimPaymentMutationVariables = Exact<{
  input: EsimPaymentInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ReportEsimPaymentMutation = { reportEsimPayment: { orderId: string, outcome: EsimPaymentOutcome, order: { status: EsimOrderStatus, qrCode: string | null } | null } | null };

export type EsimOrderStatusQueryVariables = Exact<{
  orderId: string | number;
}>;


export type EsimOrderStatusQuery = { esimOrder: { orderId: string, status: EsimOrderStatus, qrCode: string | null } | null };

export type WatchEsimOrderSubscriptionVariables = Exact<{
  orderId: string | number;
}>;


export type WatchEsimOrderSubscription = { esimOrder: { orderId: string, status: EsimOrderStatus, qrCode: string | null } };

export type MyEsimQueryVariables = Exact<{
  orderId: string | number;
}>;


export type MyEsimQuery = { myEsim: { orderId: string, iccid: string, qrCode: string, smdpAddress: string | null, activationCode: string | null, packageCode: string | null, packageName: string | null, expiresAt: string | null, dataBytes: number | null, usedBytes: number | null, remainingBytes: number | null, topUpPackages: Array<{ id: string, name: string, prices: Array<{ price: { amount: string, currency: string } }> | null }> | null } | null };

export type EsimTopUpMutationVariables = Exact<{
  input: EsimTopUpInput;
  idempotencyKey?: string | null | undefined;
}>;


export type EsimTopUpMutation = { esimTopUp: { preOrder: { orderId: string, orderNumber: string, packageName: string, expiresAt: string, total: { amount: string, currency: string } } } | null };

export type MallCardQueryVariables = Exact<{
  iccid: string | number;
  loginUrl?: string | null | undefined;
  area?: string | null | undefined;
}>;


export type MallCardQuery = { mallCard: { iccid: string, partnerCode: string, plans: Array<{ code: string, servicePlanCode: string, name: string, area: string | null, duration: { count: number, unit: MallDurationUnit }, price: { amount: string, currency: string } }> | null, orders: Array<{ status: MallOrderStatus, planName: string, expiresOn: string | null, remainingDays: number | null, duration: { count: number, unit: MallDurationUnit } }> | null, autoRenewals: Array<{ id: string, planCode: string, status: MallRenewalStatus, nextRenewalOn: string | null }> | null, activeAutoRenewal: { id: string, planCode: string, status: MallRenewalStatus, nextRenewalOn: string | null, amount: { amount: string, currency: string } | null } | null } | null };

export type MallOrderQueryVariables = Exact<{
  lookup: MallOrderLookup;
}>;


export type MallOrderQuery = { mallOrder: { orderId: string, purchaseOrderId: string | null, iccid: string, planCode: string | null, planName: string | null, status: MallOrderStatus, paymentStatus: MallPaymentStatus, orderedAt: string | null, expiresOn: string | null, amount: { amount: string, currency: string } | null } | null };

export type CreateMallOrderMutationVariables = Exact<{
  input: MallPurchaseInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateMallOrderMutation = { createMallOrder: { iccid: string, orderNumber: string, paymentId: string, order: { orderId: string, status: MallOrderStatus, paymentStatus: MallPaymentStatus, amount: { amount: string, currency: string } | null } | null } | null };

export type CreateMallPaidOrderMutationVariables = Exact<{
  input: MallPaidOrderInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateMallPaidOrderMutation = { createMallPaidOrder: { iccid: string, orderNumber: string, paymentId: string, order: { orderId: string, status: MallOrderStatus, amount: { amount: string, currency: string } | null } | null } | null };

export type AuthorizeMallPaymentMutationVariables = Exact<{
  input: MallCheckoutInput;
  idempotencyKey?: string | null | undefined;
}>;


export type AuthorizeMallPaymentMutation = { authorizeMallPayment: { authorization: { paymentId: string, clientSecret: string } } | null };

export type AuthorizeMallSubscriptionMutationVariables = Exact<{
  input: MallCheckoutInput;
  idempotencyKey?: string | null | undefined;
}>;


export type AuthorizeMallSubscriptionMutation = { authorizeMallSubscription: { authorization: { paymentId: string, clientSecret: string } } | null };

export type ConfirmMallPaymentMutationVariables = Exact<{
  input: ConfirmMallPaymentInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ConfirmMallPaymentMutation = { confirmMallPayment: { payment: { paymentId: string, status: MallPaymentStatus, orderNumber: string | null } } | null };

export type MallPaymentResultQueryVariables = Exact<{
  paymentId: string;
}>;


export type MallPaymentResultQuery = { mallPaymentResult: { paymentId: string, status: MallPaymentStatus, orderNumber: string | null } | null };

export type CreateMallSubscriptionMutationVariables = Exact<{
  input: CreateMallSubscriptionInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateMallSubscriptionMutation = { createMallSubscription: { autoRenewal: { id: string, iccid: string, planCode: string, planName: string, status: MallRenewalStatus, nextRenewalOn: string | null, amount: { amount: string, currency: string } | null } } | null };

export type CancelMallAutoRenewalMutationVariables = Exact<{
  input: CancelMallAutoRenewalInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CancelMallAutoRenewalMutation = { cancelMallAutoRenewal: { autoRenewal: { id: string, status: MallRenewalStatus, nextRenewalOn: string | null } } | null };

export type MallBundleGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type MallBundleGroupsQuery = { mallBundleGroups: Array<{ id: string, name: string, planCode: string | null, planName: string | null, simCount: number, iccids: Array<string> | null }> | null };

export type MallBundleGroupQueryVariables = Exact<{
  id: string | number;
}>;


export type MallBundleGroupQuery = { mallBundleGroup: { id: string, name: string, simCount: number, iccids: Array<string> | null } | null };

export type AddMallBundleGroupSimsMutationVariables = Exact<{
  input: MallBundleGroupSimsInput;
  idempotencyKey?: string | null | undefined;
}>;


export type AddMallBundleGroupSimsMutation = { addMallBundleGroupSims: { operationId: string, operation: { id: string, groupId: string, status: MallBundleGroupOperationStatus, failures: Array<{ iccid: string, reason: string }> } | null } | null };

export type RemoveMallBundleGroupSimsMutationVariables = Exact<{
  input: MallBundleGroupSimsInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RemoveMallBundleGroupSimsMutation = { removeMallBundleGroupSims: { operationId: string, operation: { id: string, status: MallBundleGroupOperationStatus, failures: Array<{ iccid: string, reason: string }> } | null } | null };

export type MallBundleGroupOperationQueryVariables = Exact<{
  id: string | number;
}>;


export type MallBundleGroupOperationQuery = { mallBundleGroupOperation: { id: string, groupId: string, status: MallBundleGroupOperationStatus, failures: Array<{ iccid: string, reason: string }> } | null };

export type EsimQrCodeQueryVariables = Exact<{
  orderId: string | number;
  size?: number | null | undefined;
  errorCorrection?: QrErrorCorrection | null | undefined;
}>;


export type EsimQrCodeQuery = { myEsim: { qrCode: string, qrCodeImage: { text: string, size: number, svg: string, pngDataUrl: string } | null } | null };

export type SimOverviewQueryVariables = Exact<{
  iccid: string | number;
}>;


export type SimOverviewQuery = { sim: { iccid: string, imsi: string | null, lifecycle: SimLifecycle, activatedAt: string | null, activePlan: { code: string, name: string, type: PlanType, dataBytes: number | null } | null, usage: { usedBytes: number, remainingHighSpeedBytes: number } | null, balance: { dataBytes: number | null, smsCount: number | null, voiceSeconds: number | null, unavailable: Array<{ resource: string, reason: string }> } | null, activeOrder: { id: string, status: OrderStatus, startsAt: string | null, expiresAt: string | null } | null } | null };

export type FleetUsageQueryVariables = Exact<{
  iccids: Array<string | number> | string | number;
}>;


export type FleetUsageQuery = { sims: Array<{ iccid: string, lifecycle: SimLifecycle, usage: { usedBytes: number, remainingHighSpeedBytes: number } | null } | null> | null };

export type SimsInUseQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SimsInUseQuery = { simsInUse: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { iccid: string, lifecycle: SimLifecycle } | null }> } | null };

export type SimHistoryQueryVariables = Exact<{
  iccid: string | number;
  date: string;
  month: string;
}>;


export type SimHistoryQuery = { sim: { iccid: string, dailyUsage: { date: string, usedBytes: number } | null, monthlyUsage: { month: string, usedBytes: number } | null, orders: { totalCount: number, edges: Array<{ node: { id: string, status: OrderStatus, kind: OrderKind, planName: string | null, expiresAt: string | null } | null }> } | null } | null };

export type MonthlyUsageQueryVariables = Exact<{
  month: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MonthlyUsageQuery = { monthlyUsage: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { iccid: string, month: string, usedBytes: number } | null }> } | null };

export type FleetTableQueryVariables = Exact<{
  filter?: FleetSimFilter | null | undefined;
  orderBy?: FleetSimOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FleetTableQuery = { fleet: { indexedAt: string | null, complete: boolean, sims: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { iccid: string, imsi: string | null, msisdn: string | null, lifecycle: SimLifecycle, activatedAt: string | null, activeOrderId: string | null, planCode: string | null, planName: string | null, planExpiresAt: string | null, usedBytes: number | null, remainingBytes: number | null, usedShare: number | null } | null }> } } };

export type FleetSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type FleetSummaryQuery = { fleet: { indexedAt: string | null, summary: { simCount: number, withoutPlan: number, usedBytes: number, remainingBytes: number, usageUnknown: number, above80Percent: number, above100Percent: number, endingWithin7Days: number, byLifecycle: Array<{ lifecycle: SimLifecycle, simCount: number }>, byPlan: Array<{ planCode: string, planName: string | null, simCount: number }> } } };

export type FleetUsageHistoryQueryVariables = Exact<{
  months: MonthRange;
  iccid: string | number;
  days: DayRange;
}>;


export type FleetUsageHistoryQuery = { fleet: { monthlyUsage: Array<{ month: string, usedBytes: number, activeSimCount: number }> | null, sims: { edges: Array<{ node: { iccid: string, monthlyUsage: Array<{ month: string, usedBytes: number }> | null, dailyUsage: Array<{ date: string, usedBytes: number }> | null } | null }> } } };

export type FleetNotificationsSubscriptionVariables = Exact<{
  iccids?: Array<string | number> | string | number | null | undefined;
  types?: Array<NotificationKind> | NotificationKind | null | undefined;
  after?: string | number | null | undefined;
}>;


export type FleetNotificationsSubscription = { notifications:
    | { __typename: 'OrderStatusNotification', iccid: string, imsi: string, occurredAt: string, orderId: string, change: OrderStatusChange, id: string, kind: NotificationKind, iccids: Array<string>, receivedAt: string }
    | { __typename: 'SmsDeliveryNotification', iccid: string, imsi: string, occurredAt: string, smsId: string, status: SmsDeliveryStatus, error: string | null, id: string, kind: NotificationKind, iccids: Array<string>, receivedAt: string }
    | { __typename: 'SmsReceivedNotification', iccid: string, imsi: string, occurredAt: string, text: string, encoding: SmsEncoding, id: string, kind: NotificationKind, iccids: Array<string>, receivedAt: string }
    | { __typename: 'UsageAlertNotification', id: string, kind: NotificationKind, iccids: Array<string>, receivedAt: string, alerts: Array<{ iccid: string, warning: UsageWarning, expiresAt: string | null }> }
   };

export type OrderStatusChangedSubscriptionVariables = Exact<{
  iccids?: Array<string | number> | string | number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type OrderStatusChangedSubscription = { orderStatusChanged: { id: string, iccid: string, imsi: string, orderId: string, change: OrderStatusChange, occurredAt: string, order: { id: string, status: OrderStatus, startsAt: string | null, expiresAt: string | null } | null } };

export type SmsDeliverySubscriptionVariables = Exact<{
  iccids?: Array<string | number> | string | number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type SmsDeliverySubscription = { smsDelivery: { id: string, iccid: string, imsi: string, smsId: string, status: SmsDeliveryStatus, error: string | null, occurredAt: string } };

export type SmsReceivedSubscriptionVariables = Exact<{
  iccids?: Array<string | number> | string | number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type SmsReceivedSubscription = { smsReceived: { id: string, iccid: string, imsi: string, text: string, encoding: SmsEncoding, occurredAt: string } };

export type UsageAlertsSubscriptionVariables = Exact<{
  iccids?: Array<string | number> | string | number | null | undefined;
  after?: string | number | null | undefined;
}>;


export type UsageAlertsSubscription = { usageAlerts: { id: string, iccids: Array<string>, receivedAt: string, alerts: Array<{ iccid: string, warning: UsageWarning, expiresAt: string | null }> } };

export type PlansQueryVariables = Exact<{
  type?: PlanTypeInput | null | undefined;
}>;


export type PlansQuery = { plans: Array<{ code: string, name: string, type: PlanType, dataBytes: number | null, periodDays: number | null, ota: boolean, price: { amount: string, currency: string } | null }> | null };

export type OrdersQueryVariables = Exact<{
  filter?: OrderFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, iccid: string | null, status: OrderStatus, kind: OrderKind, planCode: string | null, startsAt: string | null, expiresAt: string | null, paymentState: PaymentState, amount: { amount: string, currency: string } | null } | null }> } | null };

export type OrderQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderQuery = { order: { id: string, iccid: string | null, status: OrderStatus, kind: OrderKind, planCode: string | null, planName: string | null, periods: number | null, startsAt: string | null, expiresAt: string | null, sim: { iccid: string } | null, plan: { code: string, name: string } | null } | null };

export type OrderPlanMutationVariables = Exact<{
  input: OrderPlanInput;
  idempotencyKey?: string | null | undefined;
}>;


export type OrderPlanMutation = { orderPlan: { orderId: string, iccid: string, startsAt: string | null, expiresAt: string | null, order: { id: string, status: OrderStatus } | null } | null };

export type BulkOrderPlanMutationVariables = Exact<{
  input: BulkOrderPlanInput;
  idempotencyKey?: string | null | undefined;
}>;


export type BulkOrderPlanMutation = { bulkOrderPlan: { placements: Array<{ orderId: string, iccid: string }> } | null };

export type OrderOtaPlanMutationVariables = Exact<{
  input: OrderOtaPlanInput;
  idempotencyKey?: string | null | undefined;
}>;


export type OrderOtaPlanMutation = { orderOtaPlan: { orderId: string, iccid: string } | null };

export type RenewOrderMutationVariables = Exact<{
  input: RenewOrderInput;
  idempotencyKey?: string | null | undefined;
}>;


export type RenewOrderMutation = { renewOrder: { orderId: string, expiresAt: string | null, order: { status: OrderStatus } | null } | null };

export type EnableOrderMutationVariables = Exact<{
  input: OrderChangeInput;
  idempotencyKey?: string | null | undefined;
}>;


export type EnableOrderMutation = { enableOrder: { orderId: string, startsAt: string | null, expiresAt: string | null, order: { status: OrderStatus } | null } | null };

export type CancelOrderMutationVariables = Exact<{
  input: OrderChangeInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CancelOrderMutation = { cancelOrder: { orderId: string, order: { status: OrderStatus } | null } | null };

export type EndOrderEarlyMutationVariables = Exact<{
  input: OrderChangeInput;
  idempotencyKey?: string | null | undefined;
}>;


export type EndOrderEarlyMutation = { endOrderEarly: { orderId: string, expiresAt: string | null, order: { status: OrderStatus } | null } | null };

export type SuspendOrderMutationVariables = Exact<{
  input: OrderChangeInput;
  idempotencyKey?: string | null | undefined;
}>;


export type SuspendOrderMutation = { suspendOrder: { orderId: string, order: { status: OrderStatus } | null } | null };

export type ResumeOrderMutationVariables = Exact<{
  input: OrderChangeInput;
  idempotencyKey?: string | null | undefined;
}>;


export type ResumeOrderMutation = { resumeOrder: { orderId: string, order: { status: OrderStatus } | null } | null };

export type SendSmsMutationVariables = Exact<{
  input: SendSmsInput;
  idempotencyKey?: string | null | undefined;
}>;


export type SendSmsMutation = { sendSms: { message: { id: string, iccid: string, text: string, encoding: SmsEncoding, sentAt: string } } | null };

export const EsimPackageCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EsimPackageCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EsimPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortDescription"}},{"kind":"Field","name":{"kind":"Name","value":"dataBytes"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodUnit"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]} as unknown as DocumentNode<EsimPackageCardFragment, unknown>;
export const EsimLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EsimLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EsimSignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esimLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<EsimLoginMutation, EsimLoginMutationVariables>;
export const EsimRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EsimRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EsimSignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esimRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<EsimRegisterMutation, EsimRegisterMutationVariables>;
export const RequestEsimVerificationCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestEsimVerificationCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EsimVerificationCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestEsimVerificationCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<RequestEsimVerificationCodeMutation, RequestEsimVerificationCodeMutationVariables>;
export const ResetEsimPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetEsimPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetEsimPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetEsimPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<ResetEsimPasswordMutation, ResetEsimPasswordMutationVariables>;
export const EsimCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EsimCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esimCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mcc"}},{"kind":"Field","name":{"kind":"Name","value":"isoName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"esimRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"esimHotPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EsimPackageCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EsimPackageCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EsimPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortDescription"}},{"kind":"Field","name":{"kind":"Name","value":"dataBytes"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodUnit"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]} as unknown as DocumentNode<EsimCatalogueQuery, EsimCatalogueQueryVariables>;
export const EsimCountryPackagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EsimCountryPackages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EsimPackageScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esimCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mcc"}},{"kind":"Field","name":{"kind":"Name","value":"isoName"}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EsimCountryPackagesQuery, EsimCountryPackagesQueryVariables>;
export const EsimRegionPackagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EsimRegionPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esimRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EsimRegionPackagesQuery, EsimRegionPackagesQueryVariables>;
export const EsimPackagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EsimPackages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EsimPackageLocation"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EsimPackageScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esimPackages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}},{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EsimPackageCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EsimPackageCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EsimPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortDescription"}},{"kind":"Field","name":{"kind":"Name","value":"dataBytes"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodUnit"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]} as unknown as DocumentNode<EsimPackagesQuery, EsimPackagesQueryVariables>;
export const EsimPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EsimPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esimPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EsimPackageCard"}},{"kind":"Field","name":{"kind":"Name","value":"detail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"coveredCountries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mcc"}},{"kind":"Field","name":{"kind":"Name","value":"isoName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"maxPeriods"}},{"kind":"Field","name":{"kind":"Name","value":"salesCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EsimPackageCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EsimPackage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortDescription"}},{"kind":"Field","name":{"kind":"Name","value":"dataBytes"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodUnit"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"decimals"}}]}}]}}]} as unknown as DocumentNode<EsimPackageQuery, EsimPackageQueryVariables>;
export const EsimPreOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EsimPreOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EsimPurchaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esimPreOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentClientId"}}]}}]}}]}}]} as unknown as DocumentNode<EsimPreOrderMutation, EsimPreOrderMutationVariables>;
export const ReportEsimPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportEsimPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EsimPaymentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportEsimPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}}]}}]}}]}}]} as unknown as DocumentNode<ReportEsimPaymentMutation, ReportEsimPaymentMutationVariables>;
export const EsimOrderStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EsimOrderStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esimOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}}]}}]}}]} as unknown as DocumentNode<EsimOrderStatusQuery, EsimOrderStatusQueryVariables>;
export const WatchEsimOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WatchEsimOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esimOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}}]}}]}}]} as unknown as DocumentNode<WatchEsimOrderSubscription, WatchEsimOrderSubscriptionVariables>;
export const MyEsimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEsim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEsim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"smdpAddress"}},{"kind":"Field","name":{"kind":"Name","value":"activationCode"}},{"kind":"Field","name":{"kind":"Name","value":"packageCode"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"dataBytes"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingBytes"}},{"kind":"Field","name":{"kind":"Name","value":"topUpPackages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyEsimQuery, MyEsimQueryVariables>;
export const EsimTopUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EsimTopUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EsimTopUpInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"esimTopUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"preOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"packageName"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<EsimTopUpMutation, EsimTopUpMutationVariables>;
export const MallCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MallCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iccid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"loginUrl"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"area"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mallCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iccid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iccid"}}},{"kind":"Argument","name":{"kind":"Name","value":"loginUrl"},"value":{"kind":"Variable","name":{"kind":"Name","value":"loginUrl"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCode"}},{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"area"},"value":{"kind":"Variable","name":{"kind":"Name","value":"area"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"servicePlanCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"duration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"duration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"remainingDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"autoRenewals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextRenewalOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeAutoRenewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRenewalOn"}}]}}]}}]}}]} as unknown as DocumentNode<MallCardQuery, MallCardQueryVariables>;
export const MallOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MallOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lookup"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MallOrderLookup"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mallOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lookup"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lookup"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}}]}}]} as unknown as DocumentNode<MallOrderQuery, MallOrderQueryVariables>;
export const CreateMallOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMallOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MallPurchaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMallOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paymentStatus"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateMallOrderMutation, CreateMallOrderMutationVariables>;
export const CreateMallPaidOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMallPaidOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MallPaidOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMallPaidOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateMallPaidOrderMutation, CreateMallPaidOrderMutationVariables>;
export const AuthorizeMallPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizeMallPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MallCheckoutInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeMallPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizeMallPaymentMutation, AuthorizeMallPaymentMutationVariables>;
export const AuthorizeMallSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizeMallSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MallCheckoutInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeMallSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecret"}}]}}]}}]}}]} as unknown as DocumentNode<AuthorizeMallSubscriptionMutation, AuthorizeMallSubscriptionMutationVariables>;
export const ConfirmMallPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMallPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfirmMallPaymentInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMallPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmMallPaymentMutation, ConfirmMallPaymentMutationVariables>;
export const MallPaymentResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MallPaymentResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mallPaymentResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paymentId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}}]}}]}}]} as unknown as DocumentNode<MallPaymentResultQuery, MallPaymentResultQueryVariables>;
export const CreateMallSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMallSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMallSubscriptionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMallSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoRenewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextRenewalOn"}}]}}]}}]}}]} as unknown as DocumentNode<CreateMallSubscriptionMutation, CreateMallSubscriptionMutationVariables>;
export const CancelMallAutoRenewalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMallAutoRenewal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelMallAutoRenewalInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMallAutoRenewal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoRenewal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextRenewalOn"}}]}}]}}]}}]} as unknown as DocumentNode<CancelMallAutoRenewalMutation, CancelMallAutoRenewalMutationVariables>;
export const MallBundleGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MallBundleGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mallBundleGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"simCount"}},{"kind":"Field","name":{"kind":"Name","value":"iccids"}}]}}]}}]} as unknown as DocumentNode<MallBundleGroupsQuery, MallBundleGroupsQueryVariables>;
export const MallBundleGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MallBundleGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mallBundleGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"simCount"}},{"kind":"Field","name":{"kind":"Name","value":"iccids"}}]}}]}}]} as unknown as DocumentNode<MallBundleGroupQuery, MallBundleGroupQueryVariables>;
export const AddMallBundleGroupSimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMallBundleGroupSims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MallBundleGroupSimsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMallBundleGroupSims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddMallBundleGroupSimsMutation, AddMallBundleGroupSimsMutationVariables>;
export const RemoveMallBundleGroupSimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMallBundleGroupSims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MallBundleGroupSimsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMallBundleGroupSims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operationId"}},{"kind":"Field","name":{"kind":"Name","value":"operation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveMallBundleGroupSimsMutation, RemoveMallBundleGroupSimsMutationVariables>;
export const MallBundleGroupOperationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MallBundleGroupOperation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mallBundleGroupOperation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<MallBundleGroupOperationQuery, MallBundleGroupOperationQueryVariables>;
export const EsimQrCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EsimQrCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"size"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"errorCorrection"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QrErrorCorrection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myEsim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeImage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"size"},"value":{"kind":"Variable","name":{"kind":"Name","value":"size"}}},{"kind":"Argument","name":{"kind":"Name","value":"errorCorrection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"errorCorrection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"svg"}},{"kind":"Field","name":{"kind":"Name","value":"pngDataUrl"}}]}}]}}]}}]} as unknown as DocumentNode<EsimQrCodeQuery, EsimQrCodeQueryVariables>;
export const SimOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iccid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iccid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iccid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"imsi"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dataBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingHighSpeedBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataBytes"}},{"kind":"Field","name":{"kind":"Name","value":"smsCount"}},{"kind":"Field","name":{"kind":"Name","value":"voiceSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"unavailable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeOrder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<SimOverviewQuery, SimOverviewQueryVariables>;
export const FleetUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iccids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iccids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iccids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingHighSpeedBytes"}}]}}]}}]}}]} as unknown as DocumentNode<FleetUsageQuery, FleetUsageQueryVariables>;
export const SimsInUseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimsInUse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simsInUse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SimsInUseQuery, SimsInUseQueryVariables>;
export const SimHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iccid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iccid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iccid"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"dailyUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SimHistoryQuery, SimHistoryQueryVariables>;
export const MonthlyUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MonthlyUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Month"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MonthlyUsageQuery, MonthlyUsageQueryVariables>;
export const FleetTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetSimFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FleetSimOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indexedAt"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"sims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"imsi"}},{"kind":"Field","name":{"kind":"Name","value":"msisdn"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"activeOrderId"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"planExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingBytes"}},{"kind":"Field","name":{"kind":"Name","value":"usedShare"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetTableQuery, FleetTableQueryVariables>;
export const FleetSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indexedAt"}},{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"simCount"}},{"kind":"Field","name":{"kind":"Name","value":"withoutPlan"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"remainingBytes"}},{"kind":"Field","name":{"kind":"Name","value":"usageUnknown"}},{"kind":"Field","name":{"kind":"Name","value":"above80Percent"}},{"kind":"Field","name":{"kind":"Name","value":"above100Percent"}},{"kind":"Field","name":{"kind":"Name","value":"endingWithin7Days"}},{"kind":"Field","name":{"kind":"Name","value":"byLifecycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"simCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"simCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetSummaryQuery, FleetSummaryQueryVariables>;
export const FleetUsageHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetUsageHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"months"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MonthRange"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iccid"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DayRange"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"monthlyUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"activeSimCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"iccid"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iccid"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"Variable","name":{"kind":"Name","value":"months"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dailyUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"usedBytes"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetUsageHistoryQuery, FleetUsageHistoryQueryVariables>;
export const FleetNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FleetNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iccids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iccids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iccids"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"iccids"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SimNotification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"imsi"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageAlertNotification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmsDeliveryNotification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smsId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SmsReceivedNotification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatusNotification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}}]}}]}}]} as unknown as DocumentNode<FleetNotificationsSubscription, FleetNotificationsSubscriptionVariables>;
export const OrderStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iccids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iccids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iccids"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"imsi"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<OrderStatusChangedSubscription, OrderStatusChangedSubscriptionVariables>;
export const SmsDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SmsDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iccids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smsDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iccids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iccids"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"imsi"}},{"kind":"Field","name":{"kind":"Name","value":"smsId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<SmsDeliverySubscription, SmsDeliverySubscriptionVariables>;
export const SmsReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SmsReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iccids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"smsReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iccids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iccids"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"imsi"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<SmsReceivedSubscription, SmsReceivedSubscriptionVariables>;
export const UsageAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"UsageAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iccids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iccids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iccids"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iccids"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]} as unknown as DocumentNode<UsageAlertsSubscription, UsageAlertsSubscriptionVariables>;
export const PlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTypeInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dataBytes"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"periodDays"}},{"kind":"Field","name":{"kind":"Name","value":"ota"}}]}}]}}]} as unknown as DocumentNode<PlansQuery, PlansQueryVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentState"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const OrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Order"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"planCode"}},{"kind":"Field","name":{"kind":"Name","value":"planName"}},{"kind":"Field","name":{"kind":"Name","value":"periods"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"sim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iccid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrderQuery, OrderQueryVariables>;
export const OrderPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderPlanInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<OrderPlanMutation, OrderPlanMutationVariables>;
export const BulkOrderPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BulkOrderPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BulkOrderPlanInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bulkOrderPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}}]}}]}}]}}]} as unknown as DocumentNode<BulkOrderPlanMutation, BulkOrderPlanMutationVariables>;
export const OrderOtaPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderOtaPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderOtaPlanInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderOtaPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}}]}}]}}]} as unknown as DocumentNode<OrderOtaPlanMutation, OrderOtaPlanMutationVariables>;
export const RenewOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RenewOrderMutation, RenewOrderMutationVariables>;
export const EnableOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnableOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderChangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enableOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<EnableOrderMutation, EnableOrderMutationVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderChangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const EndOrderEarlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndOrderEarly"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderChangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endOrderEarly"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<EndOrderEarlyMutation, EndOrderEarlyMutationVariables>;
export const SuspendOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderChangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SuspendOrderMutation, SuspendOrderMutationVariables>;
export const ResumeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderChangeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ResumeOrderMutation, ResumeOrderMutationVariables>;
export const SendSmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendSms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendSmsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendSms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"message"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"encoding"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]} as unknown as DocumentNode<SendSmsMutation, SendSmsMutationVariables>;