export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A count of bytes: a whole number up to 2^53 − 1 (9 PB), sent as a JSON number. Unlike `Int` it is not limited to 32 bits, and every value is exact in JavaScript. */
  Bytes: { input: number; output: number; }
  /** A calendar day, `yyyy-MM-dd`. */
  Date: { input: string; output: string; }
  /** An instant in UTC, written as ISO 8601 with milliseconds: `2026-11-24T09:30:00.000Z`. */
  DateTime: { input: string; output: string; }
  /** A calendar month, `yyyy-MM`. */
  Month: { input: string; output: string; }
};

/** How a write ended. */
export type AuditOutcome =
  /** Linksfield refused it; `upstreamCode` says why. */
  | 'FAILED'
  /** It was done (or an earlier identical request with the same idempotency key was). */
  | 'OK'
  /** The gateway stopped it before anything was sent (a SIM or order not visible to the caller, bad input, a reused idempotency key). */
  | 'REFUSED'
  /** It was sent but no readable answer came back: it may or may not have happened. */
  | 'UNKNOWN';

/** One write made through the gateway: who made it, what it touched and how it ended. Never holds secrets, tokens or SMS texts. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** When the write finished. */
  at: Scalars['DateTime']['output'];
  /** How the caller identified itself: `anonymous`, `apiKey` or `jwt`. */
  callerKind: Scalars['String']['output'];
  /** The client that made it; null for anonymous callers and access tokens that name no client. */
  clientId?: Maybe<Scalars['String']['output']>;
  /** The error code the caller received, when it did not succeed. */
  errorCode?: Maybe<Scalars['String']['output']>;
  /** Mall bundle groups the write changed. */
  groupIds: Array<Scalars['ID']['output']>;
  /** The SIMs (ICCIDs) the write named. */
  iccids: Array<Scalars['ID']['output']>;
  /** Position in the audit log; pass it as `after` to read older records. */
  id: Scalars['ID']['output'];
  /** The idempotency key the caller sent, if any. */
  idempotencyKey?: Maybe<Scalars['String']['output']>;
  /** The mutation, e.g. `orderPlan`, `sendSms`, `confirmMallPayment`. */
  operation: Scalars['String']['output'];
  /** Orders the write named or created: their ids, and order numbers where the caller chose one. */
  orderIds: Array<Scalars['ID']['output']>;
  /** How it ended. */
  outcome: AuditOutcome;
  /** Payments the write named or created. */
  paymentIds: Array<Scalars['ID']['output']>;
  /** Linksfield's own code, when Linksfield refused it. */
  upstreamCode?: Maybe<Scalars['String']['output']>;
};

/** A page of audit records, newest first. */
export type AuditRecordConnection = {
  __typename?: 'AuditRecordConnection';
  /** The records of this page, newest first. */
  edges: Array<AuditRecordEdge>;
  /** Where this page sits; with a filter, `endCursor` may point past the last record shown (older records were looked at and left out). */
  pageInfo: PageInfo;
};

/** One audit record in a page, with its cursor. */
export type AuditRecordEdge = {
  __typename?: 'AuditRecordEdge';
  /** Pass it as `after` to continue after this record. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: AuditRecord;
};

/** Orders placed by `bulkOrderPlan`, one per SIM. */
export type BulkOrderPlacement = {
  __typename?: 'BulkOrderPlacement';
  /** One placement per SIM, in the order of the input. */
  placements: Array<OrderPlacement>;
};

/** One plan ordered for many SIMs at once: all or nothing. */
export type BulkOrderPlanInput = {
  /** Enable the orders at once. */
  enableNow?: Scalars['Boolean']['input'];
  /** The SIMs (ICCIDs), at most the upstream batch limit (100 unless configured). */
  iccids: Array<Scalars['ID']['input']>;
  /** Payment record; unpaid, amount 0 when omitted. */
  payment?: InputMaybe<PaymentInput>;
  /** How many periods to order. */
  periods?: Scalars['Int']['input'];
  /** The plan code, from `plans`. */
  planCode: Scalars['ID']['input'];
};

/** Data a SIM used on one calendar day (§3.3). */
export type DailyUsage = {
  __typename?: 'DailyUsage';
  /** The day. */
  date: Scalars['Date']['output'];
  /** The SIM (ICCID). */
  iccid: Scalars['ID']['output'];
  /** Data used that day, in bytes. */
  usedBytes: Scalars['Bytes']['output'];
};

/** A range of days, both ends included. */
export type DayRange = {
  /** The first day, `yyyy-MM-dd`. */
  from: Scalars['Date']['input'];
  /** The last day, `yyyy-MM-dd` (at most 31 days, counting both). */
  to: Scalars['Date']['input'];
};

/** A user's eSIM, bought and paid for (My eSIM Detail, §8.6). */
export type Esim = {
  __typename?: 'Esim';
  /** Activation code, for entering the eSIM by hand. */
  activationCode?: Maybe<Scalars['String']['output']>;
  /** Data included, top-ups counted, in bytes. */
  dataBytes?: Maybe<Scalars['Bytes']['output']>;
  /** When the data expires. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The eSIM card number (ICCID). */
  iccid: Scalars['ID']['output'];
  /** The order id it was bought with. */
  orderId: Scalars['ID']['output'];
  /** Code of the package bought. */
  packageCode?: Maybe<Scalars['String']['output']>;
  /** Name of the package bought. */
  packageName?: Maybe<Scalars['String']['output']>;
  /** The activation string the QR code encodes (`LPA:1$…`). */
  qrCode: Scalars['String']['output'];
  /** The QR code of `qrCode` as an SVG and a PNG picture. */
  qrCodeImage: QrCodeImage;
  /** Data left, in bytes. */
  remainingBytes?: Maybe<Scalars['Bytes']['output']>;
  /** SM-DP+ address, for entering the eSIM by hand. */
  smdpAddress?: Maybe<Scalars['String']['output']>;
  /** The packages that can top this eSIM up (§8.7, assumed); order one with `esimTopUp`. Needs the user's token. */
  topUpPackages: Array<EsimPackage>;
  /** Data used, in bytes. */
  usedBytes?: Maybe<Scalars['Bytes']['output']>;
};


/** A user's eSIM, bought and paid for (My eSIM Detail, §8.6). */
export type EsimQrCodeImageArgs = {
  errorCorrection?: QrErrorCorrection;
  size?: Scalars['Int']['input'];
};

/** Which kind of shop front the end user signs in from (FMS `appId`). */
export type EsimApp =
  /** A mobile app. */
  | 'APP'
  /** The enterprise's back office. */
  | 'BACK_OFFICE'
  /** A web shop (H5). */
  | 'H5';

/** A country the eSIM shop sells packages for. */
export type EsimCountry = {
  __typename?: 'EsimCountry';
  /** English name, e.g. `China`. */
  isoName: Scalars['String']['output'];
  /** Mobile country code (MCC), e.g. `460`. */
  mcc: Scalars['ID']['output'];
  /** Display name, possibly localised. */
  name: Scalars['String']['output'];
  /** The packages for this country (country package list, §8.7). */
  packages: Array<EsimPackage>;
  /** The region (continent) code it belongs to, when FMS says. */
  regionCode?: Maybe<Scalars['ID']['output']>;
};


/** A country the eSIM shop sells packages for. */
export type EsimCountryPackagesArgs = {
  scope?: EsimPackageScope;
};

/** An eSIM order's status, with its QR code once paid. */
export type EsimOrder = {
  __typename?: 'EsimOrder';
  /** The order id. */
  orderId: Scalars['ID']['output'];
  /** The activation string the eSIM QR code encodes (`LPA:1$…`); null until the order is paid and the profile assigned. */
  qrCode?: Maybe<Scalars['String']['output']>;
  /** The QR code of `qrCode` as an SVG and a PNG picture; null until the order is paid, like `qrCode`. */
  qrCodeImage?: Maybe<QrCodeImage>;
  /** Where the order is. */
  status: EsimOrderStatus;
};


/** An eSIM order's status, with its QR code once paid. */
export type EsimOrderQrCodeImageArgs = {
  errorCorrection?: QrErrorCorrection;
  size?: Scalars['Int']['input'];
};

/** Where an eSIM order is (FMS `orderPayStatus`). */
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

/** An eSIM data package for sale. */
export type EsimPackage = {
  __typename?: 'EsimPackage';
  /** Package code, e.g. `LP20220325000000`. */
  code: Scalars['String']['output'];
  /** Data included, in bytes (FMS MB, converted), when FMS says. */
  dataBytes?: Maybe<Scalars['Bytes']['output']>;
  /** Description, coverage and order limits: for a listed package, one more (cached) upstream read. */
  detail: EsimPackageDetail;
  /** Package id: what `esimPreOrder` takes as `packageId`. */
  id: Scalars['ID']['output'];
  /** URL of the logo, when FMS says. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** How many `periodUnit`s one period lasts. */
  period: Scalars['Int']['output'];
  /** The unit of `period`. */
  periodUnit: EsimPeriodUnit;
  /** What one period costs, per currency the package is sold in. */
  prices: Array<EsimPrice>;
  /** One-line description, when FMS says. */
  shortDescription?: Maybe<Scalars['String']['output']>;
};

/** The parts of a package only its detail page carries (§8.7). */
export type EsimPackageDetail = {
  __typename?: 'EsimPackageDetail';
  /** The countries the package covers. */
  coveredCountries: Array<EsimCountry>;
  /** Full description, when FMS says. */
  description?: Maybe<Scalars['String']['output']>;
  /** The most periods one order may buy, when FMS says. */
  maxPeriods?: Maybe<Scalars['Int']['output']>;
  /** The fewest periods one order may buy, when FMS says. */
  minPeriods?: Maybe<Scalars['Int']['output']>;
  /** How many have been sold, when FMS says. */
  salesCount?: Maybe<Scalars['Int']['output']>;
  /** When FMS last changed the package, when it says. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Which packages a country lists (FMS `type`). */
export type EsimPackageScope =
  /** Every package whose coverage includes the country, multi-country ones too. */
  | 'INCLUDES_COUNTRY'
  /** Only packages that cover that one country. */
  | 'ONLY_COUNTRY';

/** The result of the payment the enterprise took for a pre-order or top-up (§8.4). Reported once. */
export type EsimPaymentInput = {
  /** The amount charged, a decimal string: it must match the order's total (else BAD_USER_INPUT, upstream 10009). */
  amount: Scalars['String']['input'];
  /** The currency charged, e.g. `USD`. */
  currency: Scalars['String']['input'];
  /** The order id from `esimPreOrder` or `esimTopUp`. */
  orderId: Scalars['ID']['input'];
  /** Whether the payment succeeded. */
  outcome: EsimPaymentOutcome;
  /** When the payment was made. */
  paidAt: Scalars['DateTime']['input'];
  /** The payment provider's reference (e.g. a PayPal id), if any. */
  paymentReference?: InputMaybe<Scalars['String']['input']>;
};

/** The result of the payment the enterprise took for an eSIM order. */
export type EsimPaymentOutcome =
  /** The payment failed (`payment_intent.payment_failed`). */
  | 'FAILED'
  /** Paid (`payment_intent.succeeded`). */
  | 'SUCCEEDED';

/** A payment result FMS accepted. */
export type EsimPaymentReport = {
  __typename?: 'EsimPaymentReport';
  /** The order's status now. */
  order: EsimOrder;
  /** The order id. */
  orderId: Scalars['ID']['output'];
  /** The outcome reported. */
  outcome: EsimPaymentOutcome;
};

/** The unit of a package period (FMS `periodUnit`; its codes are assumed). */
export type EsimPeriodUnit =
  /** Days. */
  | 'DAY'
  /** Months. */
  | 'MONTH'
  /** A unit code this gateway does not know yet. */
  | 'UNKNOWN'
  /** Years. */
  | 'YEAR';

/** An eSIM pre-order (or top-up order): an eSIM profile reserved until the payment result is reported, or until it expires. */
export type EsimPreOrder = {
  __typename?: 'EsimPreOrder';
  /** The currency to pay in. */
  currency: Scalars['String']['output'];
  /** When the payment window closes: `orderedAt` (or, when FMS does not say, when the gateway got the answer) plus `FMS_PREORDER_TIMEOUT_MINUTES`. A payment reported later fails with PREORDER_EXPIRED. */
  expiresAt: Scalars['DateTime']['output'];
  /** The order id: what the payment report, `esimOrder` and `myEsim` take. */
  orderId: Scalars['ID']['output'];
  /** The order number to show, e.g. `ESIM_L202212050000000`. */
  orderNumber: Scalars['String']['output'];
  /** When FMS took the order, when it says. */
  orderedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Name of the package ordered. */
  packageName: Scalars['String']['output'];
  /** The payment provider's client id for this order (FMS `clientId`), for the buyer's app to pay with. */
  paymentClientId?: Maybe<Scalars['String']['output']>;
  /** How many periods. */
  periods: Scalars['Int']['output'];
  /** How many of the package. */
  quantity: Scalars['Int']['output'];
};

/** Which FMS pre-order API to use. */
export type EsimPreOrderVersion =
  /** `/v1.1/package/preOrderPackage`, documented (§8.2). */
  | 'V1_1'
  /** Pre-order v1.2 (§8.3): documented by name only; assumed to take and answer what v1.1 does. */
  | 'V1_2';

/** What one period of a package costs in one currency. */
export type EsimPrice = {
  __typename?: 'EsimPrice';
  /** Price of one period, a decimal string. */
  amount: Scalars['String']['output'];
  /** Currency abbreviation, e.g. `USD`: what `esimPreOrder` takes as `currency`. */
  currency: Scalars['String']['output'];
  /** FMS's id of the currency. */
  currencyId: Scalars['Int']['output'];
  /** Currency name, when FMS says. */
  currencyName?: Maybe<Scalars['String']['output']>;
  /** Digits after the decimal point the currency shows, when FMS says. */
  decimals?: Maybe<Scalars['Int']['output']>;
  /** Currency symbol, e.g. `$`, when FMS says. */
  symbol?: Maybe<Scalars['String']['output']>;
};

/** What the buyer chose from a package; the gateway fills in the package code and currency id from the catalogue. */
export type EsimPurchaseInput = {
  /** The total the buyer was shown, a decimal string. When given, FMS refuses a total that no longer matches its price (BAD_USER_INPUT, upstream 10009); when omitted, the catalogue price × periods × quantity. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** The currency to pay in, one of the package's `prices`, e.g. `USD`. */
  currency: Scalars['String']['input'];
  /** The package id, from the catalogue. */
  packageId: Scalars['ID']['input'];
  /** How many periods to buy, within the package's limits. */
  periods?: Scalars['Int']['input'];
  /** How many of the package to buy. */
  quantity?: Scalars['Int']['input'];
};

/** A region (continent) packages can be listed by. */
export type EsimRegion = {
  __typename?: 'EsimRegion';
  /** Region code, e.g. `EU`. */
  code: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The packages for this region (§8.1). */
  packages: Array<EsimPackage>;
};

/** An eSIM end user signed in to the eSIM QR Mall (FMS). */
export type EsimSession = {
  __typename?: 'EsimSession';
  /** The email the user signed in with. */
  email: Scalars['String']['output'];
  /** When the token stops working (then sign in again), when FMS says. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The user's access token, valid 3 days: send it as the `x-esim-token` header (or `connectionParams.esimToken` over WebSocket) on every eSIM field that needs a user. The gateway forwards it and never keeps it; this is the only place it appears. */
  token: Scalars['String']['output'];
  /** The user's id in FMS, when it says. */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** More data for an eSIM already paid for: a package from its `topUpPackages`. */
export type EsimTopUpInput = {
  /** The total the buyer was shown, a decimal string. When given, FMS refuses a total that no longer matches its price (BAD_USER_INPUT, upstream 10009); when omitted, the catalogue price × periods × quantity. */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** The currency to pay in, one of the package's `prices`, e.g. `USD`. */
  currency: Scalars['String']['input'];
  /** The order id of the eSIM to top up. */
  orderId: Scalars['ID']['input'];
  /** The package id, from the catalogue. */
  packageId: Scalars['ID']['input'];
  /** How many periods to buy, within the package's limits. */
  periods?: Scalars['Int']['input'];
  /** How many of the package to buy. */
  quantity?: Scalars['Int']['input'];
};

/** Every SIM of the account (or of the caller's SIMs), searchable, sortable and totalled, from an inventory the gateway keeps. */
export type Fleet = {
  __typename?: 'Fleet';
  /** True once the first full build of the inventory is complete; before that the fleet holds only the SIMs seen so far. */
  complete: Scalars['Boolean']['output'];
  /** When the inventory served was built from Linksfield ("as of"); changes the gateway saw since are already in it. Null until the first build completes. */
  indexedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Data the fleet used per month, for a range of up to 12 months. Read from Linksfield in batches of SIMs, one call per batch and month. */
  monthlyUsage?: Maybe<Array<FleetMonthUsage>>;
  /** The SIMs passing the filter, sorted, a page at a time. Cursors name the last SIM seen, so a page never repeats or skips a SIM because others changed. */
  sims: FleetSimConnection;
  /** Totals over the whole fleet of the caller: counts by lifecycle and plan, data used and left, SIMs near or over their plan, plans ending soon. */
  summary: FleetSummary;
};


/** Every SIM of the account (or of the caller's SIMs), searchable, sortable and totalled, from an inventory the gateway keeps. */
export type FleetMonthlyUsageArgs = {
  months: MonthRange;
};


/** Every SIM of the account (or of the caller's SIMs), searchable, sortable and totalled, from an inventory the gateway keeps. */
export type FleetSimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FleetSimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FleetSimOrder>;
};

/** How many SIMs are in one lifecycle. */
export type FleetLifecycleCount = {
  __typename?: 'FleetLifecycleCount';
  /** The lifecycle. */
  lifecycle: SimLifecycle;
  /** SIMs in it. */
  simCount: Scalars['Int']['output'];
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
  | 'PRE_DEACTIVATION'
  /** A lifecycle this gateway does not know yet. */
  | 'UNKNOWN';

/** Data the caller's fleet used in one calendar month. */
export type FleetMonthUsage = {
  __typename?: 'FleetMonthUsage';
  /** SIMs that used any data that month. */
  activeSimCount: Scalars['Int']['output'];
  /** The month. */
  month: Scalars['Month']['output'];
  /** Data used that month by the SIMs of the fleet, in bytes. */
  usedBytes: Scalars['Bytes']['output'];
};

/** How many SIMs have an order of one plan in use. */
export type FleetPlanCount = {
  __typename?: 'FleetPlanCount';
  /** The plan code. */
  planCode: Scalars['ID']['output'];
  /** The plan name. */
  planName?: Maybe<Scalars['String']['output']>;
  /** SIMs with an order of this plan in use. */
  simCount: Scalars['Int']['output'];
};

/** A SIM as the fleet inventory knows it: served from memory, as of `Fleet.indexedAt` or a later change. */
export type FleetSim = {
  __typename?: 'FleetSim';
  /** When the SIM was activated, when known. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The order in use; null when the SIM has none. */
  activeOrderId?: Maybe<Scalars['ID']['output']>;
  /** Data used per day, for a range of up to 31 days; one upstream call per day. */
  dailyUsage?: Maybe<Array<DailyUsage>>;
  /** The SIM card number (ICCID). */
  iccid: Scalars['ID']['output'];
  /** The subscriber identity (IMSI), when known. */
  imsi?: Maybe<Scalars['String']['output']>;
  /** Where the SIM is in its life. */
  lifecycle: SimLifecycle;
  /** Data used per month, for a range of up to 12 months; batched across the SIMs of the page, one call per batch and month. */
  monthlyUsage?: Maybe<Array<MonthlyUsage>>;
  /** The phone number (MSISDN), when known. */
  msisdn?: Maybe<Scalars['String']['output']>;
  /** The plan code of the order in use. */
  planCode?: Maybe<Scalars['ID']['output']>;
  /** When the order in use ends; null without one. */
  planExpiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The plan name of the order in use. */
  planName?: Maybe<Scalars['String']['output']>;
  /** High-speed data left in the current cycle; null when it could not be read. */
  remainingBytes?: Maybe<Scalars['Bytes']['output']>;
  /** When these facts were read from Linksfield. */
  seenAt: Scalars['DateTime']['output'];
  /** The SIM read live from Linksfield, with every field of `Sim` (each costs its upstream calls, batched across the page). */
  sim?: Maybe<Sim>;
  /** Data used in the current cycle; 0 with no order in use; null when it could not be read. */
  usedBytes?: Maybe<Scalars['Bytes']['output']>;
  /** Share of the plan used in this cycle: used ÷ (used + left), 0.8 is 80%. Null without a plan or known usage. */
  usedShare?: Maybe<Scalars['Float']['output']>;
};


/** A SIM as the fleet inventory knows it: served from memory, as of `Fleet.indexedAt` or a later change. */
export type FleetSimDailyUsageArgs = {
  days: DayRange;
};


/** A SIM as the fleet inventory knows it: served from memory, as of `Fleet.indexedAt` or a later change. */
export type FleetSimMonthlyUsageArgs = {
  months: MonthRange;
};

/** A page of the fleet. */
export type FleetSimConnection = {
  __typename?: 'FleetSimConnection';
  /** The fleet SIMs of this page, in order. */
  edges: Array<FleetSimEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many fleet SIMs the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One fleet SIM in a page, with its cursor. */
export type FleetSimEdge = {
  __typename?: 'FleetSimEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The fleet SIM. */
  node: FleetSim;
};

/** Which SIMs of the fleet to list: every filter given must hold (omitted ones do not filter). */
export type FleetSimFilter = {
  /** SIMs whose order in use ends before this instant. */
  expiresBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** The SIM with exactly this ICCID. */
  iccid?: InputMaybe<Scalars['ID']['input']>;
  /** SIMs whose ICCID starts with this. */
  iccidPrefix?: InputMaybe<Scalars['String']['input']>;
  /** The SIM with exactly this IMSI. */
  imsi?: InputMaybe<Scalars['ID']['input']>;
  /** SIMs whose IMSI starts with this. */
  imsiPrefix?: InputMaybe<Scalars['String']['input']>;
  /** SIMs in one of these lifecycles. */
  lifecycles?: InputMaybe<Array<FleetLifecycleFilter>>;
  /** The SIM with exactly this phone number (MSISDN). */
  msisdn?: InputMaybe<Scalars['String']['input']>;
  /** SIMs whose phone number (MSISDN) starts with this. */
  msisdnPrefix?: InputMaybe<Scalars['String']['input']>;
  /** SIMs whose order in use is of one of these plans (plan codes). */
  planCodes?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** SIMs that used more than this many bytes in the current cycle. */
  usedBytesAbove?: InputMaybe<Scalars['Bytes']['input']>;
  /** SIMs that used more than this share of their plan in the current cycle: 0.8 is 80%. */
  usedShareAbove?: InputMaybe<Scalars['Float']['input']>;
  /** True: only SIMs with no order in use; false: only SIMs with one. */
  withoutPlan?: InputMaybe<Scalars['Boolean']['input']>;
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

/** Totals over the caller's whole fleet, from the inventory. */
export type FleetSummary = {
  __typename?: 'FleetSummary';
  /** SIMs that used at least 80% of their plan in this cycle. */
  above80Percent: Scalars['Int']['output'];
  /** SIMs that used all of their plan in this cycle. */
  above100Percent: Scalars['Int']['output'];
  /** SIMs per lifecycle, every lifecycle listed. */
  byLifecycle: Array<FleetLifecycleCount>;
  /** SIMs per plan of their order in use, most common first. */
  byPlan: Array<FleetPlanCount>;
  /** SIMs whose order in use ends within the next 7 days. */
  endingWithin7Days: Scalars['Int']['output'];
  /** High-speed data left in the current cycle, summed over the SIMs whose usage is known. */
  remainingBytes: Scalars['Bytes']['output'];
  /** SIMs in the fleet. */
  simCount: Scalars['Int']['output'];
  /** SIMs whose usage could not be read (left out of the byte totals). */
  usageUnknown: Scalars['Int']['output'];
  /** Data used in the current cycle, summed over the SIMs whose usage is known. */
  usedBytes: Scalars['Bytes']['output'];
  /** SIMs with no order in use. */
  withoutPlan: Scalars['Int']['output'];
};

/** An auto-renewal of a card's plan, paid by a Stripe subscription (§9.8–9.11, §9.15; assumed). */
export type MallAutoRenewal = {
  __typename?: 'MallAutoRenewal';
  /** Amount charged per renewal, a decimal string. */
  amount?: Maybe<Scalars['String']['output']>;
  /** Currency charged. */
  currency?: Maybe<Scalars['String']['output']>;
  /** The card (ICCID). */
  iccid: Scalars['ID']['output'];
  /** The auto-renewal id. */
  id: Scalars['ID']['output'];
  /** The day it renews next; null once cancelled. */
  nextRenewalOn?: Maybe<Scalars['Date']['output']>;
  /** Code of the plan renewed. */
  planCode: Scalars['String']['output'];
  /** Name of the plan renewed. */
  planName: Scalars['String']['output'];
  /** Whether it still renews. */
  status: MallRenewalStatus;
};

/** A bundle group: cards sharing one plan (§9.19–9.23). */
export type MallBundleGroup = {
  __typename?: 'MallBundleGroup';
  /** The cards (ICCIDs) in the group (§9.21). */
  iccids: Array<Scalars['ID']['output']>;
  /** The group id. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Code of the group's plan. */
  planCode?: Maybe<Scalars['String']['output']>;
  /** Name of the group's plan. */
  planName?: Maybe<Scalars['String']['output']>;
  /** How many cards are in it. */
  simCount: Scalars['Int']['output'];
};

/** A bundle-group change the Mall accepted; it runs asynchronously. */
export type MallBundleGroupChange = {
  __typename?: 'MallBundleGroupChange';
  /** The operation and its result so far, read now. */
  operation: MallBundleGroupOperation;
  /** The operation id: `mallBundleGroupOperation(id)` reads its result. */
  operationId: Scalars['ID']['output'];
};

/** A card a bundle-group change could not apply to. */
export type MallBundleGroupFailure = {
  __typename?: 'MallBundleGroupFailure';
  /** The card (ICCID). */
  iccid: Scalars['ID']['output'];
  /** Why, as the Mall says. */
  reason: Scalars['String']['output'];
};

/** An asynchronous change to a bundle group, and its result so far (§9.23). */
export type MallBundleGroupOperation = {
  __typename?: 'MallBundleGroupOperation';
  /** The cards it could not apply to. */
  failures: Array<MallBundleGroupFailure>;
  /** The group changed. */
  groupId: Scalars['ID']['output'];
  /** The operation id. */
  id: Scalars['ID']['output'];
  /** Where it is. */
  status: MallBundleGroupOperationStatus;
};

/** Where an asynchronous bundle-group change is (values assumed: §9.23 is documented by name only). */
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

/** A card (SIM) of the partner, verified with the Mall (card login, §9.5): the entry to its plans, orders and auto-renewals. */
export type MallCard = {
  __typename?: 'MallCard';
  /** The card's auto-renewal in effect, or null (§9.11, assumed). */
  activeAutoRenewal?: Maybe<MallAutoRenewal>;
  /** This card's auto-renewals, active and cancelled (§9.8, assumed). */
  autoRenewals: Array<MallAutoRenewal>;
  /** The card number (ICCID). */
  iccid: Scalars['ID']['output'];
  /** The orders running or waiting to run on this card (§9.10). */
  orders: Array<MallCardOrder>;
  /** The partner the card belongs to. */
  partnerCode: Scalars['String']['output'];
  /** The plan products this card can buy (§9.6), optionally of one area. */
  plans: Array<MallPlan>;
};


/** A card (SIM) of the partner, verified with the Mall (card login, §9.5): the entry to its plans, orders and auto-renewals. */
export type MallCardPlansArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
};

/** A plan order of a card that is running or waiting to run (§9.10). */
export type MallCardOrder = {
  __typename?: 'MallCardOrder';
  /** How long it runs in all. */
  duration: MallDuration;
  /** The day it ends; only orders in use have one. */
  expiresOn?: Maybe<Scalars['Date']['output']>;
  /** The plan bought. */
  planName: Scalars['String']['output'];
  /** Days left (for an order not yet enabled: the days it will run). */
  remainingDays?: Maybe<Scalars['Int']['output']>;
  /** In use or not yet enabled. */
  status: MallOrderStatus;
};

/** A plan a buyer is about to pay for on one card. */
export type MallCheckoutInput = {
  /** The total in the plan's currency, a decimal string; the plan's price × periods when omitted. The Mall refuses a total that does not match (BAD_USER_INPUT). */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** The card (ICCID). */
  iccid: Scalars['ID']['input'];
  /** The partner's own order number (`orderNo`), unique per order: the Mall's order details find the order by it. */
  orderNumber: Scalars['String']['input'];
  /** How many periods. */
  periods?: Scalars['Int']['input'];
  /** The plan code, from the card's `plans`. */
  planCode: Scalars['ID']['input'];
};

/** How long a Mall plan runs: `count` × `unit`. */
export type MallDuration = {
  __typename?: 'MallDuration';
  /** How many units. */
  count: Scalars['Int']['output'];
  /** The unit. */
  unit: MallDurationUnit;
};

/** The unit of a Mall plan period (`unit`; 2 = month read from the docs, the others assumed). */
export type MallDurationUnit =
  /** Days. */
  | 'DAY'
  /** Months. */
  | 'MONTH'
  /** A unit code this gateway does not know yet. */
  | 'UNKNOWN'
  /** Years. */
  | 'YEAR';

/** A Mall order with its payment (order details, §9.24). */
export type MallOrder = {
  __typename?: 'MallOrder';
  /** Amount paid, a decimal string. */
  amount?: Maybe<Scalars['String']['output']>;
  /** Currency paid. */
  currency?: Maybe<Scalars['String']['output']>;
  /** The day it ends, once it has started. */
  expiresOn?: Maybe<Scalars['Date']['output']>;
  /** The card (ICCID). */
  iccid: Scalars['ID']['output'];
  /** The Mall's transaction order id. */
  orderId: Scalars['ID']['output'];
  /** When it was ordered. */
  orderedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where its payment is. */
  paymentStatus: MallPaymentStatus;
  /** Code of the plan bought. */
  planCode?: Maybe<Scalars['String']['output']>;
  /** Name of the plan bought. */
  planName?: Maybe<Scalars['String']['output']>;
  /** The partner's order number (`purchase_order_id`). */
  purchaseOrderId?: Maybe<Scalars['String']['output']>;
  /** Where the order is. */
  status: MallOrderStatus;
};

/** An order the Mall accepted. */
export type MallOrderPlacement = {
  __typename?: 'MallOrderPlacement';
  /** The card (ICCID). */
  iccid: Scalars['ID']['output'];
  /** The order as the Mall now lists it. */
  order: MallOrder;
  /** The partner's order number. */
  orderNumber: Scalars['String']['output'];
  /** The payment id it was paid with. */
  paymentId: Scalars['String']['output'];
};

/** Where a Mall plan order is (`orderStatus`; 1 and 2 read from the docs' example, 3 assumed). */
export type MallOrderStatus =
  /** Ended. */
  | 'EXPIRED'
  /** Running now. */
  | 'IN_USE'
  /** Bought, waiting for the order before it to end. */
  | 'NOT_ENABLED'
  /** A status code this gateway does not know yet. */
  | 'UNKNOWN';

/** A plan the partner took payment for through a third party (§9.12). */
export type MallPaidOrderInput = {
  /** The total in the plan's currency, a decimal string; the plan's price × periods when omitted. The Mall refuses a total that does not match (BAD_USER_INPUT). */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** Renew the plan automatically when it ends. */
  autoRenew?: Scalars['Boolean']['input'];
  /** The card (ICCID). */
  iccid: Scalars['ID']['input'];
  /** The partner's own order number (`orderNo`), unique per order: the Mall's order details find the order by it. */
  orderNumber: Scalars['String']['input'];
  /** The original order this one follows (`orgOrderId`), if any. */
  originalOrderId?: InputMaybe<Scalars['String']['input']>;
  /** When the payment succeeded. */
  paidAt: Scalars['DateTime']['input'];
  /** The payment's id at the partner's payment provider (`payId`). */
  paymentId: Scalars['String']['input'];
  /** How many periods. */
  periods?: Scalars['Int']['input'];
  /** The plan code, from the card's `plans`. */
  planCode: Scalars['ID']['input'];
};

/** A card payment opened at the Mall's cashier (Stripe, §9.13/§9.14; assumed). */
export type MallPaymentAuthorization = {
  __typename?: 'MallPaymentAuthorization';
  /** Stripe's client secret for this one payment: hand it to the buyer's app to pay with, and to nobody else. */
  clientSecret: Scalars['String']['output'];
  /** The payment id: confirm it, query it, or create the subscription with it. */
  paymentId: Scalars['String']['output'];
};

/** Where a Mall payment is (§9.16/§9.17; assumed). */
export type MallPaymentResult = {
  __typename?: 'MallPaymentResult';
  /** The partner's order number the payment placed, once paid. */
  orderNumber?: Maybe<Scalars['String']['output']>;
  /** The payment id. */
  paymentId: Scalars['String']['output'];
  /** Where the payment is. */
  status: MallPaymentStatus;
};

/** Where a Mall payment is (`payStatus`; 1 = paid read from the docs, the others assumed). */
export type MallPaymentStatus =
  /** The payment failed. */
  | 'FAILED'
  /** Authorized, not paid yet. */
  | 'PENDING'
  /** Paid. */
  | 'SUCCEEDED'
  /** A status code this gateway does not know yet. */
  | 'UNKNOWN';

/** A plan product a card can buy (§9.6). */
export type MallPlan = {
  __typename?: 'MallPlan';
  /** The area it is sold for, e.g. `Europe`. */
  area?: Maybe<Scalars['String']['output']>;
  /** Plan code (`packageCode`): what orders and payments take as `planCode`. */
  code: Scalars['ID']['output'];
  /** Currency of the price, e.g. `USD`. */
  currency: Scalars['String']['output'];
  /** How long one period runs. */
  duration: MallDuration;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Price of one period, a decimal string. */
  price: Scalars['String']['output'];
  /** The Mall's service plan code. */
  servicePlanCode: Scalars['String']['output'];
};

/** A plan the partner has been paid for, to place as an order (§9.7). */
export type MallPurchaseInput = {
  /** The total in the plan's currency, a decimal string; the plan's price × periods when omitted. The Mall refuses a total that does not match (BAD_USER_INPUT). */
  amount?: InputMaybe<Scalars['String']['input']>;
  /** Renew the plan automatically when it ends. */
  autoRenew?: Scalars['Boolean']['input'];
  /** The card (ICCID). */
  iccid: Scalars['ID']['input'];
  /** The partner's own order number (`orderNo`), unique per order: the Mall's order details find the order by it. */
  orderNumber: Scalars['String']['input'];
  /** The payment's id at the partner's payment provider (`payId`). */
  paymentId: Scalars['String']['input'];
  /** How many periods. */
  periods?: Scalars['Int']['input'];
  /** The plan code, from the card's `plans`. */
  planCode: Scalars['ID']['input'];
};

/** Whether an auto-renewal still renews (values assumed: the endpoints are documented by name only). */
export type MallRenewalStatus =
  /** Renews the plan each time the current order ends. */
  | 'ACTIVE'
  /** Renews no more. */
  | 'CANCELLED'
  /** A status code this gateway does not know yet. */
  | 'UNKNOWN';

/** What is left of the order in use, as the mobile operator reports it for the SIM's IMSI (§6.2). Only one IMSI is reported, so multi-IMSI SIMs may be off. */
export type MnoBalance = {
  __typename?: 'MnoBalance';
  /** Data left, in bytes; null when not reported. */
  dataBytes?: Maybe<Scalars['Bytes']['output']>;
  /** The SIM (ICCID). */
  iccid: Scalars['ID']['output'];
  /** SMS messages left; null when not reported. */
  smsCount?: Maybe<Scalars['Int']['output']>;
  /** Resources the operator could not report. */
  unavailable: Array<UnavailableBalance>;
  /** Voice time left, in seconds; null when not reported. */
  voiceSeconds?: Maybe<Scalars['Int']['output']>;
};

/** A range of months, both ends included. */
export type MonthRange = {
  /** The first month, `yyyy-MM`. */
  from: Scalars['Month']['input'];
  /** The last month, `yyyy-MM` (at most 12 months after `from`, counting both). */
  to: Scalars['Month']['input'];
};

/** Data a SIM used in one calendar month (§3.4). */
export type MonthlyUsage = {
  __typename?: 'MonthlyUsage';
  /** The SIM (ICCID). */
  iccid: Scalars['ID']['output'];
  /** The month. */
  month: Scalars['Month']['output'];
  /** The SIM this record is about. */
  sim: Sim;
  /** Data used that month, in bytes. */
  usedBytes: Scalars['Bytes']['output'];
};

/** A page of monthly usage records. */
export type MonthlyUsageConnection = {
  __typename?: 'MonthlyUsageConnection';
  /** The monthly usage records of this page, in order. */
  edges: Array<MonthlyUsageEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many monthly usage records the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One monthly usage record in a page, with its cursor. */
export type MonthlyUsageEdge = {
  __typename?: 'MonthlyUsageEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The monthly usage record. */
  node: MonthlyUsage;
};

/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds cards to a bundle group (§9.19, assumed); asynchronous: read the result with `operation`. A card already in another group fails. Requires scope `mall:write`. */
  addMallBundleGroupSims: MallBundleGroupChange;
  /** Opens a single card payment for a plan (Stripe, §9.13, assumed); confirm it with `confirmMallPayment` once the buyer paid. Requires scope `mall:write`. */
  authorizeMallPayment: MallPaymentAuthorization;
  /** Opens a subscription card payment for a plan (Stripe, §9.14, assumed); once the buyer paid, `createMallSubscription` starts the auto-renewal. Requires scope `mall:write`. */
  authorizeMallSubscription: MallPaymentAuthorization;
  /** Orders one plan for many SIMs in one upstream call (§4.3): if any SIM fails the preconditions, nothing is ordered. Requires scope `orders:write`. */
  bulkOrderPlan: BulkOrderPlacement;
  /** Stops a card's auto-renewal (§9.9, assumed); the order running now is not affected. Requires scope `mall:write`. */
  cancelMallAutoRenewal: MallAutoRenewal;
  /** Cancels an order that was not enabled yet (§4.7). Requires scope `orders:write`. */
  cancelOrder: OrderChange;
  /** Confirms a single payment the buyer completed, which places its order (§9.17, assumed). Requires scope `mall:write`. */
  confirmMallPayment: MallPaymentResult;
  /** Places a plan order the partner has been paid for (§9.7). The order number doubles as the Mall's request id, so the Mall itself never places one order number twice. Never retried by the gateway; pass an idempotency key to retry safely. Requires scope `mall:write`. */
  createMallOrder: MallOrderPlacement;
  /** Places a plan order paid through a third party (§9.12; the fields after `payUnit` are cut off in the docs and not sent). Requires scope `mall:write`. */
  createMallPaidOrder: MallOrderPlacement;
  /** Starts a card's auto-renewal from a paid subscription authorization (Stripe, §9.15, assumed); its first order is placed at once. A card has one active auto-renewal: an earlier one is cancelled. Requires scope `mall:write`. */
  createMallSubscription: MallAutoRenewal;
  /** Enables an order that is not yet enabled (§4.6). Requires scope `orders:write`. */
  enableOrder: OrderChange;
  /** Ends an order before it expires (§4.8). Requires scope `orders:write`. */
  endOrderEarly: OrderChange;
  /** Signs an eSIM end user in (§8.5) and returns their token. The password leaves the gateway only as its MD5, as FMS requires. Requires scope `esim`. */
  esimLogin: EsimSession;
  /** Reserves an eSIM profile for a package (§8.2) until the payment result is reported with `reportEsimPayment`, at the latest by `expiresAt`. Needs the user's token. Never retried by the gateway; pass an idempotency key to retry safely. Requires scope `esim`. */
  esimPreOrder: EsimPreOrder;
  /** Registers a new eSIM end user by email (§8.5) and signs them in. Requires scope `esim`. */
  esimRegister: EsimSession;
  /** Orders more data for an eSIM already paid for (§8.7, assumed); paid like a pre-order, through `reportEsimPayment` before `expiresAt`. Needs the user's token. Requires scope `esim`. */
  esimTopUp: EsimPreOrder;
  /** Orders an OTA day plan for an OTA-capable SIM (§6.1). Requires scope `orders:write`. */
  orderOtaPlan: OrderPlacement;
  /** Orders a data plan for one SIM (§4.2). Never retried by the gateway; pass an idempotency key to retry safely. Requires scope `orders:write`. */
  orderPlan: OrderPlacement;
  /** Removes cards from a bundle group (§9.20, assumed); asynchronous: read the result with `operation`. Requires scope `mall:write`. */
  removeMallBundleGroupSims: MallBundleGroupChange;
  /** Extends an order in use or not yet used by some periods (§4.4). Requires scope `orders:write`. */
  renewOrder: OrderChange;
  /** Reports the result of the payment the enterprise took (the FMS payment webhook, §8.4), once per order: a success assigns the eSIM profile. Fails with PREORDER_EXPIRED (6006) after the payment window, NOT_FOUND (10008) for an unknown order, BAD_USER_INPUT (10009) when the amount does not match. Needs the user's token. Requires scope `esim`. */
  reportEsimPayment: EsimPaymentReport;
  /** Asks FMS to email a verification code to the address (§8.7, assumed). True once FMS accepted. Requires scope `esim`. */
  requestEsimVerificationCode: Scalars['Boolean']['output'];
  /** Changes an eSIM end user's password (§8.5, assumed). Every token issued before stops working: sign in again. Requires scope `esim`. */
  resetEsimPassword: Scalars['Boolean']['output'];
  /**
   * Restarts a paused order (§4.10). Requires scope `orders:write`.
   * @deprecated Linksfield marks resuming an order as not recommended.
   */
  resumeOrder: OrderChange;
  /** Sends an SMS to a SIM (§5.1). Never retried by the gateway; pass an idempotency key to retry safely. Requires scope `sms:send`. */
  sendSms: SmsMessage;
  /**
   * Pauses an order in use (§4.9). Requires scope `orders:write`.
   * @deprecated Linksfield marks suspending an order as not recommended.
   */
  suspendOrder: OrderChange;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationAddMallBundleGroupSimsArgs = {
  groupId: Scalars['ID']['input'];
  iccids: Array<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationAuthorizeMallPaymentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: MallCheckoutInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationAuthorizeMallSubscriptionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: MallCheckoutInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationBulkOrderPlanArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: BulkOrderPlanInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationCancelMallAutoRenewalArgs = {
  iccid: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  renewalId: Scalars['ID']['input'];
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationCancelOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationConfirmMallPaymentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  paymentId: Scalars['String']['input'];
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationCreateMallOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: MallPurchaseInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationCreateMallPaidOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: MallPaidOrderInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationCreateMallSubscriptionArgs = {
  iccid: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  paymentId: Scalars['String']['input'];
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationEnableOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationEndOrderEarlyArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationEsimLoginArgs = {
  app?: EsimApp;
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationEsimPreOrderArgs = {
  apiVersion?: EsimPreOrderVersion;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EsimPurchaseInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationEsimRegisterArgs = {
  app?: EsimApp;
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationEsimTopUpArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EsimTopUpInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationOrderOtaPlanArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OrderOtaPlanInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationOrderPlanArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OrderPlanInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationRemoveMallBundleGroupSimsArgs = {
  groupId: Scalars['ID']['input'];
  iccids: Array<Scalars['ID']['input']>;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationRenewOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  periods?: Scalars['Int']['input'];
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationReportEsimPaymentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EsimPaymentInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationRequestEsimVerificationCodeArgs = {
  email: Scalars['String']['input'];
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationResetEsimPasswordArgs = {
  email: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationResumeOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationSendSmsArgs = {
  encoding?: SmsEncoding;
  iccid: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationSuspendOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
};

/** Something Linksfield told the gateway, verified and stored: one type per kind. Each has an `id` a client can resume after (`after` argument of the subscriptions). */
export type Notification = {
  /** The SIMs (ICCIDs) it is about, each once: what the `iccids` argument of the subscriptions matches. */
  iccids: Array<Scalars['ID']['output']>;
  /** The event id (`<milliseconds>-<sequence>`), increasing. Pass the last one received as `after` to resume without missing any. */
  id: Scalars['ID']['output'];
  /** What the notification is about. */
  kind: NotificationKind;
  /** When the gateway accepted the webhook. */
  receivedAt: Scalars['DateTime']['output'];
};

/** What a notification is about. */
export type NotificationKind =
  /** A plan order changed state (§7.7). */
  | 'ORDER_STATUS_CHANGED'
  /** The delivery result of an SMS sent with `sendSms` (§7.4). */
  | 'SMS_DELIVERY'
  /** An SMS a device sent (§7.5, §7.6). */
  | 'SMS_RECEIVED'
  /** SIMs with no plan, a plan about to expire or expired, or trial data used up (§7.3). */
  | 'USAGE_ALERT';

/** A data plan ordered for one SIM. */
export type Order = {
  __typename?: 'Order';
  /** Amount paid, a decimal string with two decimals. */
  amount?: Maybe<Scalars['String']['output']>;
  /** Data included, in bytes. */
  dataBytes?: Maybe<Scalars['Bytes']['output']>;
  /** When it expires; null until enabled. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The SIM (ICCID) the order is for, when reported. */
  iccid?: Maybe<Scalars['ID']['output']>;
  /** The order id. */
  id: Scalars['ID']['output'];
  /** How the order came about. */
  kind: OrderKind;
  /** When it was ordered. */
  orderedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How it was paid, when reported. */
  paymentMethod?: Maybe<PaymentMethod>;
  /** Whether it has been paid. */
  paymentState: PaymentState;
  /** Periods ordered. */
  periods?: Maybe<Scalars['Int']['output']>;
  /** The ordered plan, from the catalogue; null when it is no longer listed. */
  plan?: Maybe<Plan>;
  /** The plan code ordered, when reported. */
  planCode?: Maybe<Scalars['String']['output']>;
  /** The plan name ordered, when reported. */
  planName?: Maybe<Scalars['String']['output']>;
  /** How long one period of the plan lasts. */
  planType: PlanType;
  /** The SIM the order is for. Requires scope `sims:read`. */
  sim?: Maybe<Sim>;
  /** When it was enabled; null until then. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the order is in its life. */
  status: OrderStatus;
};

/** The outcome of a change to an existing order. */
export type OrderChange = {
  __typename?: 'OrderChange';
  /** When it now expires, when Linksfield says. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The order as Linksfield now lists it. */
  order: Order;
  /** The order id. */
  orderId: Scalars['ID']['output'];
  /** When it starts, when Linksfield says. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders of this page, in order. */
  edges: Array<OrderEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many orders the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One order in a page, with its cursor. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** Which orders to list; every field narrows the list. */
export type OrderFilter = {
  /** Only orders of this SIM (ICCID). */
  iccid?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders of this kind. */
  kind?: InputMaybe<OrderKind>;
  /** Only orders in this status. */
  status?: InputMaybe<OrderStatus>;
};

/** How an order came about (upstream `buyType`; values assumed). */
export type OrderKind =
  /** A new plan order. */
  | 'NEW'
  /** An OTA plan order. */
  | 'OTA'
  /** A renewal of an earlier order. */
  | 'RENEWAL'
  /** A kind code this gateway does not know yet. */
  | 'UNKNOWN';

/** An OTA day plan ordered for one OTA-capable SIM (§6.1). */
export type OrderOtaPlanInput = {
  /** Number of days. */
  days: Scalars['Int']['input'];
  /** The SIM (ICCID). */
  iccid: Scalars['ID']['input'];
  /** Mobile country code the plan is for, when it is country-bound. */
  mcc?: InputMaybe<Scalars['String']['input']>;
  /** Payment record; the payment method is required for OTA orders. */
  payment: PaymentInput;
  /** How many periods to order. */
  periods?: Scalars['Int']['input'];
  /** The plan code, from `plans` (an OTA plan). */
  planCode: Scalars['ID']['input'];
  /** Linksfield `timing_type` (undocumented values; `1` in its example). */
  timingType?: Scalars['String']['input'];
};

/** A plan order that was placed. */
export type OrderPlacement = {
  __typename?: 'OrderPlacement';
  /** When it expires; null until enabled. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The SIM (ICCID). */
  iccid: Scalars['ID']['output'];
  /** The order as Linksfield now lists it. */
  order: Order;
  /** The new order id. */
  orderId: Scalars['ID']['output'];
  /** When it starts; null until enabled. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A plan ordered for one SIM. */
export type OrderPlanInput = {
  /** Enable the order at once. Leave false for OTA-capable SIMs. */
  enableNow?: Scalars['Boolean']['input'];
  /** Order as a host-number ("主号") package; normally false. */
  hostNumber?: Scalars['Boolean']['input'];
  /** The SIM (ICCID). */
  iccid: Scalars['ID']['input'];
  /** Payment record; unpaid, amount 0 when omitted. */
  payment?: InputMaybe<PaymentInput>;
  /** How many periods to order. */
  periods?: Scalars['Int']['input'];
  /** The plan code, from `plans`. */
  planCode: Scalars['ID']['input'];
};

/** Where a plan order is in its life. The upstream codes are undocumented; see the README for the mapping assumed. */
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

/** What happened to a plan order (Linksfield `event_code`, §7.7). */
export type OrderStatusChange =
  /** `1002`: the order was cancelled before it was enabled. */
  | 'CANCELLED'
  /** `1000`: a new order was created. */
  | 'CREATED'
  /** `1005`: a non-OTA order was enabled. */
  | 'ENABLED'
  /** `1001`: the order was terminated before it expired. */
  | 'ENDED_EARLY'
  /** `1008`: the order ended by itself at its expiry. */
  | 'EXPIRED'
  /** `1007`: an OTA order was enabled. */
  | 'OTA_ENABLED'
  /** `1012`: the IMSI of an OTA order was downloaded to the SIM again. */
  | 'OTA_IMSI_REDOWNLOADED'
  /** `1003`: the order was paused. */
  | 'PAUSED'
  /** `1010`: the number of periods of the order was reduced. */
  | 'PERIODS_REDUCED'
  /** `1009`: an order in use was renewed. */
  | 'RENEWED'
  /** `1004`: a paused order was restarted. */
  | 'RESUMED'
  /** An event code this gateway does not know (1006 and 1011 are not documented). */
  | 'UNKNOWN';

/** A plan order changed state (§7.7). */
export type OrderStatusNotification = Notification & SimNotification & {
  __typename?: 'OrderStatusNotification';
  /** What happened to the order. */
  change: OrderStatusChange;
  /** The SIM (ICCID) the notification is about. */
  iccid: Scalars['ID']['output'];
  /** The SIMs (ICCIDs) it is about, each once: what the `iccids` argument of the subscriptions matches. */
  iccids: Array<Scalars['ID']['output']>;
  /** The event id (`<milliseconds>-<sequence>`), increasing. Pass the last one received as `after` to resume without missing any. */
  id: Scalars['ID']['output'];
  /** The IMSI the SIM used. */
  imsi: Scalars['String']['output'];
  /** What the notification is about. */
  kind: NotificationKind;
  /** When it happened, as Linksfield reports it: when it learned the outcome of an SMS, received an SMS from the device, or changed the order. */
  occurredAt: Scalars['DateTime']['output'];
  /** The order as it is now, read when the notification is delivered; null when Linksfield no longer lists it. Requires scope `orders:read`. */
  order?: Maybe<Order>;
  /** The order id. */
  orderId: Scalars['ID']['output'];
  /** Linksfield's enterprise code of the account the SIM belongs to (e.g. `P123456`); null when Linksfield leaves it out. */
  partnerCode?: Maybe<Scalars['String']['output']>;
  /** When the gateway accepted the webhook. */
  receivedAt: Scalars['DateTime']['output'];
};

/** Where a page of a connection sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** How an order is paid for, as recorded with Linksfield. */
export type PaymentInput = {
  /** Amount, a decimal string with at most two decimals. */
  amount?: Scalars['String']['input'];
  /** How it was paid. */
  method?: InputMaybe<PaymentMethod>;
  /** Whether it is already paid. */
  state?: PaymentState;
};

/** How an order was paid. */
export type PaymentMethod =
  /** Alipay. */
  | 'ALIPAY'
  /** iPay88. */
  | 'IPAY88'
  /** A payment method code this gateway does not know yet. */
  | 'UNKNOWN'
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

/** A data plan of the catalogue that SIMs can be ordered onto. */
export type Plan = {
  __typename?: 'Plan';
  /** The plan code, e.g. `DP20190726001274`. */
  code: Scalars['ID']['output'];
  /** Currency of the price (ISO 4217), when listed. */
  currency?: Maybe<Scalars['String']['output']>;
  /** Data included per period, in bytes; null when unlimited or not stated. */
  dataBytes?: Maybe<Scalars['Bytes']['output']>;
  /** The plan name as Linksfield lists it. */
  name: Scalars['String']['output'];
  /** True for plans meant for OTA-capable SIMs (order them with `orderOtaPlan`). */
  ota: Scalars['Boolean']['output'];
  /** Days one period lasts, when the catalogue says. */
  periodDays?: Maybe<Scalars['Int']['output']>;
  /** Price per period as a decimal string with two decimals, when listed. */
  price?: Maybe<Scalars['String']['output']>;
  /** How long one period lasts. */
  type: PlanType;
};

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

/** A QR code of an eSIM activation string, as pictures ready to show. */
export type QrCodeImage = {
  __typename?: 'QrCodeImage';
  /** The code as a PNG image in a data URL (`data:image/png;base64,…`), for an `<img src>`. */
  pngDataUrl: Scalars['String']['output'];
  /** Width and height of the pictures, in pixels (quiet zone included). */
  size: Scalars['Int']['output'];
  /** The code as an SVG document (`<svg …>`), to inline in a page. */
  svg: Scalars['String']['output'];
  /** The text the code holds: the activation string (`LPA:1$…`). */
  text: Scalars['String']['output'];
};

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

/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type Query = {
  __typename?: 'Query';
  /** Every write made through the gateway (orders, SMS, OTA, eSIM and Mall orders, payments, bundle-group changes), newest first, optionally only those naming one SIM or made by one client. Requires scope `admin`. */
  auditLog: AuditRecordConnection;
  /** The countries the eSIM shop sells packages for (§8.1). No token needed. Requires scope `esim`. */
  esimCountries: Array<EsimCountry>;
  /** The packages the shop features (§8.1). No token needed. Requires scope `esim`. */
  esimHotPackages: Array<EsimPackage>;
  /** An eSIM order's status and, once paid, its QR code (§8.7). Needs the user's token. To follow it live, subscribe to `esimOrder` instead. Requires scope `esim`. */
  esimOrder: EsimOrder;
  /** One package with its detail and prices per currency (§8.7). Fails with NOT_FOUND for an unknown id. No token needed. Requires scope `esim`. */
  esimPackage: EsimPackage;
  /** Packages for one country, by MCC or English name (v1.1 package list, §8.7), or for one region (§8.1): give exactly one of `mcc`, `countryName`, `region`. No token needed. Requires scope `esim`. */
  esimPackages: Array<EsimPackage>;
  /** The regions (continents) packages can be listed by (§8.1). No token needed. Requires scope `esim`. */
  esimRegions: Array<EsimRegion>;
  /** The fleet views: every SIM of the account (a restricted caller: its SIMs), searchable and sortable, with totals. Served from an inventory the gateway keeps; see `indexedAt`. Requires scope `sims:read`. */
  fleet: Fleet;
  /** One bundle group (§9.22, assumed). NOT_FOUND when the partner has no such group. Requires scope `mall:read`. */
  mallBundleGroup: MallBundleGroup;
  /** The result so far of an asynchronous bundle-group change (§9.23, assumed). Requires scope `mall:read`. */
  mallBundleGroupOperation: MallBundleGroupOperation;
  /** The partner's bundle groups with their plans (§9.22, assumed). Requires scope `mall:read`. */
  mallBundleGroups: Array<MallBundleGroup>;
  /** Verifies a card with the Mall (card login, §9.5) and opens its plans, orders and auto-renewals. NOT_FOUND when the partner has no such card. Requires scope `mall:read`. */
  mallCard: MallCard;
  /** One Mall order with its payment (§9.24), by the partner's order number, else the Mall's order id, else the card's latest order. Only the partner's own orders are found; of several with one order number, the latest paid one. Requires scope `mall:read`. */
  mallOrder: MallOrder;
  /** Where a Mall payment is (§9.16, assumed). Requires scope `mall:read`. */
  mallPaymentResult: MallPaymentResult;
  /** Data used by every SIM of the account in one month (§3.4), a page at a time. Requires scope `sims:read`. */
  monthlyUsage: MonthlyUsageConnection;
  /** The user's eSIM bought with this order (My eSIM Detail, §8.6). Fails with FAILED_PRECONDITION until the order is paid. Needs the user's token. Requires scope `esim`. */
  myEsim: Esim;
  /** One order by id. Fails with NOT_FOUND when there is no such order. Requires scope `orders:read`. */
  order?: Maybe<Order>;
  /** Plan orders of the account (§4.5), newest first as Linksfield lists them, a page at a time. Requires scope `orders:read`. */
  orders: OrderConnection;
  /** The plan catalogue (§4.1), optionally only plans of one type. Requires scope `sims:read`. */
  plans: Array<Plan>;
  /** One SIM by its ICCID. Fails with NOT_FOUND when the account has no such SIM. Requires scope `sims:read`. */
  sim?: Maybe<Sim>;
  /** Up to 1000 SIMs by ICCID, in the order asked, fetched in as few upstream batch calls as possible. A SIM that cannot be read is null in the list, with an error whose path names its index; the others still arrive. Requires scope `sims:read`. */
  sims: Array<Maybe<Sim>>;
  /** The SIMs that currently have a plan in use (§2.3), a page at a time. Requires scope `sims:read`. */
  simsInUse: SimConnection;
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  clientId?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  iccid?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryEsimOrderArgs = {
  orderId: Scalars['ID']['input'];
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryEsimPackageArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryEsimPackagesArgs = {
  countryName?: InputMaybe<Scalars['String']['input']>;
  mcc?: InputMaybe<Scalars['ID']['input']>;
  region?: InputMaybe<Scalars['ID']['input']>;
  scope?: EsimPackageScope;
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryMallBundleGroupArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryMallBundleGroupOperationArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryMallCardArgs = {
  iccid: Scalars['ID']['input'];
  loginUrl?: InputMaybe<Scalars['String']['input']>;
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryMallOrderArgs = {
  iccid?: InputMaybe<Scalars['ID']['input']>;
  orderId?: InputMaybe<Scalars['ID']['input']>;
  purchaseOrderId?: InputMaybe<Scalars['String']['input']>;
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryMallPaymentResultArgs = {
  paymentId: Scalars['String']['input'];
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryMonthlyUsageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['Month']['input'];
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryMyEsimArgs = {
  orderId: Scalars['ID']['input'];
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QueryPlansArgs = {
  type?: InputMaybe<PlanType>;
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QuerySimArgs = {
  iccid: Scalars['ID']['input'];
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QuerySimsArgs = {
  iccids: Array<Scalars['ID']['input']>;
};


/** Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups. */
export type QuerySimsInUseArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A SIM card of the fleet, identified by its ICCID. Its usage, balance and orders are fields on it. */
export type Sim = {
  __typename?: 'Sim';
  /** When the SIM was activated, when known. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The order in use on this SIM; null when none is. Requires scope `orders:read`. */
  activeOrder?: Maybe<Order>;
  /** The plan of the order in use, from the catalogue; null when no plan is in use. */
  activePlan?: Maybe<Plan>;
  /** What is left of the order in use, as the mobile operator reports it (§6.2). */
  balance: MnoBalance;
  /** Data used on one day (§3.3). */
  dailyUsage: DailyUsage;
  /** The SIM card number (ICCID), 18 to 22 digits. */
  iccid: Scalars['ID']['output'];
  /** The subscriber identity (IMSI) in use, when known. */
  imsi?: Maybe<Scalars['String']['output']>;
  /** Where the SIM is in its life. */
  lifecycle: SimLifecycle;
  /** Data used in one month (§3.4). Batched across SIMs, one upstream call per month. */
  monthlyUsage: MonthlyUsage;
  /** The phone number (MSISDN), when known. */
  msisdn?: Maybe<Scalars['String']['output']>;
  /**
   * The plans this SIM may be ordered onto (§4.11, deprecated upstream: prefer `plans`).
   * @deprecated Linksfield marks the underlying endpoint as deprecated; use `plans`.
   */
  orderablePlans: Array<Plan>;
  /** This SIM's order history, a page at a time. Requires scope `orders:read`. */
  orders: OrderConnection;
  /** Data used and left in the cycle of the order in use. Batched across SIMs (§3.2). */
  usage: Usage;
};


/** A SIM card of the fleet, identified by its ICCID. Its usage, balance and orders are fields on it. */
export type SimDailyUsageArgs = {
  date: Scalars['Date']['input'];
};


/** A SIM card of the fleet, identified by its ICCID. Its usage, balance and orders are fields on it. */
export type SimMonthlyUsageArgs = {
  month: Scalars['Month']['input'];
};


/** A SIM card of the fleet, identified by its ICCID. Its usage, balance and orders are fields on it. */
export type SimOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of SIMs. */
export type SimConnection = {
  __typename?: 'SimConnection';
  /** The SIMs of this page, in order. */
  edges: Array<SimEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many SIMs the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One SIM in a page, with its cursor. */
export type SimEdge = {
  __typename?: 'SimEdge';
  /** Opaque position of this item; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The SIM. */
  node: Sim;
};

/** Where a SIM is in its life, as Linksfield reports it. */
export type SimLifecycle =
  /** Activated and in service (activation period). */
  | 'ACTIVE'
  /** Deactivated (assumed code 4: the documentation is cut off after 3). */
  | 'DEACTIVATED'
  /** Not yet activated (pre-activation period). */
  | 'PRE_ACTIVATION'
  /** About to be deactivated (pre-deactivation period). */
  | 'PRE_DEACTIVATION'
  /** A lifecycle code this gateway does not know yet. */
  | 'UNKNOWN';

/** A notification about one SIM: an SMS delivery result, an SMS received, an order status change. */
export type SimNotification = {
  /** The SIM (ICCID) the notification is about. */
  iccid: Scalars['ID']['output'];
  /** The SIMs (ICCIDs) it is about, each once: what the `iccids` argument of the subscriptions matches. */
  iccids: Array<Scalars['ID']['output']>;
  /** The event id (`<milliseconds>-<sequence>`), increasing. Pass the last one received as `after` to resume without missing any. */
  id: Scalars['ID']['output'];
  /** The IMSI the SIM used. */
  imsi: Scalars['String']['output'];
  /** What the notification is about. */
  kind: NotificationKind;
  /** When it happened, as Linksfield reports it: when it learned the outcome of an SMS, received an SMS from the device, or changed the order. */
  occurredAt: Scalars['DateTime']['output'];
  /** Linksfield's enterprise code of the account the SIM belongs to (e.g. `P123456`); null when Linksfield leaves it out. */
  partnerCode?: Maybe<Scalars['String']['output']>;
  /** When the gateway accepted the webhook. */
  receivedAt: Scalars['DateTime']['output'];
};

/** The delivery result of an SMS sent with `sendSms` (§7.4). */
export type SmsDeliveryNotification = Notification & SimNotification & {
  __typename?: 'SmsDeliveryNotification';
  /** Why delivery failed, as Linksfield says it; null when it did not fail. */
  error?: Maybe<Scalars['String']['output']>;
  /** The SIM (ICCID) the notification is about. */
  iccid: Scalars['ID']['output'];
  /** The SIMs (ICCIDs) it is about, each once: what the `iccids` argument of the subscriptions matches. */
  iccids: Array<Scalars['ID']['output']>;
  /** The event id (`<milliseconds>-<sequence>`), increasing. Pass the last one received as `after` to resume without missing any. */
  id: Scalars['ID']['output'];
  /** The IMSI the SIM used. */
  imsi: Scalars['String']['output'];
  /** What the notification is about. */
  kind: NotificationKind;
  /** When it happened, as Linksfield reports it: when it learned the outcome of an SMS, received an SMS from the device, or changed the order. */
  occurredAt: Scalars['DateTime']['output'];
  /** Linksfield's enterprise code of the account the SIM belongs to (e.g. `P123456`); null when Linksfield leaves it out. */
  partnerCode?: Maybe<Scalars['String']['output']>;
  /** When the gateway accepted the webhook. */
  receivedAt: Scalars['DateTime']['output'];
  /** The id `sendSms` returned (`SmsMessage.id`). */
  smsId: Scalars['ID']['output'];
  /** The outcome. */
  status: SmsDeliveryStatus;
};

/** The outcome of an SMS sent to a SIM (downlink report `status`, §7.4; its codes are assumed). */
export type SmsDeliveryStatus =
  /** `1`: the device received the message. */
  | 'DELIVERED'
  /** `3`: the message expired before the device could receive it. */
  | 'EXPIRED'
  /** `2`: delivery failed; `error` says why. */
  | 'FAILED'
  /** A status code this gateway does not know yet. */
  | 'UNKNOWN';

/** How the content of an SMS is written. */
export type SmsEncoding =
  /** Binary content, written as hexadecimal. */
  | 'BINARY'
  /** Plain text. */
  | 'TEXT';

/** An SMS sent to a SIM. Its delivery result arrives later on the `smsDelivery` subscription. */
export type SmsMessage = {
  __typename?: 'SmsMessage';
  /** How the content is written. */
  encoding: SmsEncoding;
  /** The SIM (ICCID) it was sent to. */
  iccid: Scalars['ID']['output'];
  /** The message id Linksfield assigned; delivery reports carry it. */
  id: Scalars['ID']['output'];
  /** When the gateway handed it to Linksfield. */
  sentAt: Scalars['DateTime']['output'];
  /** The content sent. */
  text: Scalars['String']['output'];
};

/** An SMS a device sent, within 24 hours of an SMS sent to it (§7.5, §7.6). */
export type SmsReceivedNotification = Notification & SimNotification & {
  __typename?: 'SmsReceivedNotification';
  /** How the content is written. */
  encoding: SmsEncoding;
  /** The SIM (ICCID) the notification is about. */
  iccid: Scalars['ID']['output'];
  /** The SIMs (ICCIDs) it is about, each once: what the `iccids` argument of the subscriptions matches. */
  iccids: Array<Scalars['ID']['output']>;
  /** The event id (`<milliseconds>-<sequence>`), increasing. Pass the last one received as `after` to resume without missing any. */
  id: Scalars['ID']['output'];
  /** The IMSI the SIM used. */
  imsi: Scalars['String']['output'];
  /** What the notification is about. */
  kind: NotificationKind;
  /** When it happened, as Linksfield reports it: when it learned the outcome of an SMS, received an SMS from the device, or changed the order. */
  occurredAt: Scalars['DateTime']['output'];
  /** Linksfield's enterprise code of the account the SIM belongs to (e.g. `P123456`); null when Linksfield leaves it out. */
  partnerCode?: Maybe<Scalars['String']['output']>;
  /** When the gateway accepted the webhook. */
  receivedAt: Scalars['DateTime']['output'];
  /** The content as Linksfield sent it; for BINARY, the bytes written as hexadecimal (assumed). */
  text: Scalars['String']['output'];
};

/** Live updates over graphql-ws (protocol `graphql-transport-ws`) at the same URL as queries and mutations. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Follows an eSIM order: pushes its status now and whenever it changes, until it is PAID with its QR code, PAYMENT_FAILED or CANCELLED, then completes. Needs the user's token (`connectionParams.esimToken`). The gateway polls FMS every `FMS_ORDER_POLL_MS` with one poller per order and user, however many subscribers watch it, and stops when the last one leaves. Requires scope `esim`. */
  esimOrder: EsimOrder;
  /** Verified Linksfield notifications as they arrive, of every kind or the ones asked for. Resume after a disconnect with `after` set to the `id` of the last notification received. A subscriber that falls too far behind is ended with a SUBSCRIBER_TOO_SLOW error carrying `lastEventId` to resume from. Requires scope `notifications:read`. */
  notifications: Notification;
  /** Plan orders changing state (§7.7). Resume after a disconnect with `after` set to the `id` of the last notification received. A subscriber that falls too far behind is ended with a SUBSCRIBER_TOO_SLOW error carrying `lastEventId` to resume from. Requires scope `notifications:read`. */
  orderStatusChanged: OrderStatusNotification;
  /** Delivery results of SMS sent with `sendSms` (§7.4). Resume after a disconnect with `after` set to the `id` of the last notification received. A subscriber that falls too far behind is ended with a SUBSCRIBER_TOO_SLOW error carrying `lastEventId` to resume from. Requires scope `notifications:read`. */
  smsDelivery: SmsDeliveryNotification;
  /** SMS sent by devices (§7.5, §7.6). Resume after a disconnect with `after` set to the `id` of the last notification received. A subscriber that falls too far behind is ended with a SUBSCRIBER_TOO_SLOW error carrying `lastEventId` to resume from. Requires scope `notifications:read`. */
  smsReceived: SmsReceivedNotification;
  /** Usage alerts (§7.3). Resume after a disconnect with `after` set to the `id` of the last notification received. A subscriber that falls too far behind is ended with a SUBSCRIBER_TOO_SLOW error carrying `lastEventId` to resume from. Requires scope `notifications:read`. */
  usageAlerts: UsageAlertNotification;
};


/** Live updates over graphql-ws (protocol `graphql-transport-ws`) at the same URL as queries and mutations. */
export type SubscriptionEsimOrderArgs = {
  orderId: Scalars['ID']['input'];
};


/** Live updates over graphql-ws (protocol `graphql-transport-ws`) at the same URL as queries and mutations. */
export type SubscriptionNotificationsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  iccids?: InputMaybe<Array<Scalars['ID']['input']>>;
  types?: InputMaybe<Array<NotificationKind>>;
};


/** Live updates over graphql-ws (protocol `graphql-transport-ws`) at the same URL as queries and mutations. */
export type SubscriptionOrderStatusChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  iccids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Live updates over graphql-ws (protocol `graphql-transport-ws`) at the same URL as queries and mutations. */
export type SubscriptionSmsDeliveryArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  iccids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Live updates over graphql-ws (protocol `graphql-transport-ws`) at the same URL as queries and mutations. */
export type SubscriptionSmsReceivedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  iccids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** Live updates over graphql-ws (protocol `graphql-transport-ws`) at the same URL as queries and mutations. */
export type SubscriptionUsageAlertsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  iccids?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A resource the operator could not report a balance for, with its reason. */
export type UnavailableBalance = {
  __typename?: 'UnavailableBalance';
  /** The operator's reason. */
  reason: Scalars['String']['output'];
  /** The resource as the operator names it (`data`, `sms-out`, `call-out`). */
  resource: Scalars['String']['output'];
};

/** A SIM's data use in the cycle of the order currently in use (§3.1). */
export type Usage = {
  __typename?: 'Usage';
  /** The SIM (ICCID). */
  iccid: Scalars['ID']['output'];
  /** The order whose cycle is reported; null when no order is in use. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** High-speed data left in the current cycle, in bytes. */
  remainingHighSpeedBytes: Scalars['Bytes']['output'];
  /** Data used in the current cycle, in bytes. */
  usedBytes: Scalars['Bytes']['output'];
};

/** One SIM of a usage alert. */
export type UsageAlert = {
  __typename?: 'UsageAlert';
  /** When its plan expires or expired; null when Linksfield leaves it empty (e.g. NO_PLAN) or writes it in a form that is not a known time (see `expiresAtText`). */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The expiry exactly as Linksfield wrote it, when it is not a time the gateway can read (Linksfield does not document its format); null otherwise. */
  expiresAtText?: Maybe<Scalars['String']['output']>;
  /** The SIM (ICCID). */
  iccid: Scalars['ID']['output'];
  /** Why the SIM is in the alert. */
  warning: UsageWarning;
};

/** SIMs with no plan, a plan about to expire or expired, or trial data used up (§7.3). */
export type UsageAlertNotification = Notification & {
  __typename?: 'UsageAlertNotification';
  /** One entry per SIM of the push, in the order Linksfield sent them (a SIM may repeat). */
  alerts: Array<UsageAlert>;
  /** The SIMs (ICCIDs) it is about, each once: what the `iccids` argument of the subscriptions matches. */
  iccids: Array<Scalars['ID']['output']>;
  /** The event id (`<milliseconds>-<sequence>`), increasing. Pass the last one received as `after` to resume without missing any. */
  id: Scalars['ID']['output'];
  /** What the notification is about. */
  kind: NotificationKind;
  /** When the gateway accepted the webhook. */
  receivedAt: Scalars['DateTime']['output'];
};

/** Why a SIM is in a usage alert (Linksfield `warningCode`, §7.3). Linksfield evaluates these weekly. */
export type UsageWarning =
  /** `1`: the first order was enabled and no other plan has been bought. */
  | 'NO_PLAN'
  /** `3`: the plan in use has ended and no order is waiting to be enabled. */
  | 'PLAN_EXPIRED'
  /** `2`: the plan in use expires in less than 7 days and no new plan has been bought. */
  | 'PLAN_EXPIRING'
  /** `4`: the data of a trial plan is used up. */
  | 'TRIAL_DATA_EXHAUSTED'
  /** A warning code this gateway does not know yet. */
  | 'UNKNOWN';
