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

/** One write or eSIM account action made through the gateway: who made it, what it touched and how it ended. Never holds secrets, tokens, email addresses or SMS texts. */
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
  /** The eSIM end-user account a sign-in or account change was about, as the SHA-256 (hex) of its lowercased email: hash an address to find its records. The address itself is never kept. */
  esimAccount?: Maybe<Scalars['String']['output']>;
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

/** A remark the mobile operator attached to a figure it did report, e.g. why it may be incomplete. */
export type BalanceRemark = {
  __typename?: 'BalanceRemark';
  /** The operator's remark, as it wrote it. */
  message: Scalars['String']['output'];
  /** The resource the remark is about. */
  resource: BalanceResource;
};

/** A resource whose remaining amount the mobile operator reports. */
export type BalanceResource =
  /** Mobile data, counted in bytes. */
  | 'DATA'
  /** Outgoing SMS messages, counted one by one. */
  | 'SMS'
  /** Outgoing voice calls, counted in seconds. */
  | 'VOICE';

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

/** The auto-renewal of a card to stop. */
export type CancelMallAutoRenewalInput = {
  /** The card (ICCID). */
  iccid: Scalars['ID']['input'];
  /** The auto-renewal id. */
  renewalId: Scalars['ID']['input'];
};

/** A payment the buyer completed. */
export type ConfirmMallPaymentInput = {
  /** The payment id from `authorizeMallPayment`. */
  paymentId: Scalars['String']['input'];
};

/** A payment confirmed, with where it is now. */
export type ConfirmMallPaymentPayload = {
  __typename?: 'ConfirmMallPaymentPayload';
  /** The payment as it is now. */
  payment: MallPaymentResult;
};

/** A paid subscription authorization to start a card's auto-renewal from. */
export type CreateMallSubscriptionInput = {
  /** The card (ICCID). */
  iccid: Scalars['ID']['input'];
  /** The payment id from `authorizeMallSubscription`. */
  paymentId: Scalars['String']['input'];
};

/** Data a SIM used on one calendar day. */
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

/** A user's eSIM, bought and paid for. */
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
  /** The QR code of `qrCode` as an SVG and a PNG picture; null, with an error, for a size or level it cannot draw (the rest of the eSIM still answers). */
  qrCodeImage?: Maybe<QrCodeImage>;
  /** Data left, in bytes. */
  remainingBytes?: Maybe<Scalars['Bytes']['output']>;
  /** SM-DP+ address, for entering the eSIM by hand. */
  smdpAddress?: Maybe<Scalars['String']['output']>;
  /** The packages that can top this eSIM up; order one with `esimTopUp`. Needs the user's token. */
  topUpPackages?: Maybe<Array<EsimPackage>>;
  /** Data used, in bytes. */
  usedBytes?: Maybe<Scalars['Bytes']['output']>;
};


/** A user's eSIM, bought and paid for. */
export type EsimQrCodeImageArgs = {
  errorCorrection?: QrErrorCorrection;
  size?: Scalars['Int']['input'];
};

/** An eSIM end user's account that a mutation changed or mailed. */
export type EsimAccountPayload = {
  __typename?: 'EsimAccountPayload';
  /** The email address of the account. */
  email: Scalars['String']['output'];
};

/** Which kind of shop front the end user signs in from. */
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
  /** The packages for this country. */
  packages?: Maybe<Array<EsimPackage>>;
  /** The region (continent) code it belongs to, when the shop says. */
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

/** An eSIM data package for sale. */
export type EsimPackage = {
  __typename?: 'EsimPackage';
  /** Package code, e.g. `LP20220325000000`. */
  code: Scalars['String']['output'];
  /** Data included, in bytes , when the shop says. */
  dataBytes?: Maybe<Scalars['Bytes']['output']>;
  /** Description, coverage and order limits: for a listed package, one more (cached) upstream read. */
  detail?: Maybe<EsimPackageDetail>;
  /** Package id: what `esimPreOrder` takes as `packageId`. */
  id: Scalars['ID']['output'];
  /** URL of the logo, when the shop says. */
  logoUrl?: Maybe<Scalars['String']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** How many `periodUnit`s one period lasts. */
  period: Scalars['Int']['output'];
  /** The unit of `period`. */
  periodUnit: EsimPeriodUnit;
  /** What one period costs, per currency the package is sold in. */
  prices?: Maybe<Array<EsimPrice>>;
  /** One-line description, when the shop says. */
  shortDescription?: Maybe<Scalars['String']['output']>;
};

/** The parts of a package only its detail page carries. */
export type EsimPackageDetail = {
  __typename?: 'EsimPackageDetail';
  /** The countries the package covers. */
  coveredCountries: Array<EsimCountry>;
  /** Full description, when the shop says. */
  description?: Maybe<Scalars['String']['output']>;
  /** The most periods one order may buy, when the shop says. */
  maxPeriods?: Maybe<Scalars['Int']['output']>;
  /** The fewest periods one order may buy, when the shop says. */
  minPeriods?: Maybe<Scalars['Int']['output']>;
  /** How many have been sold, when the shop says. */
  salesCount?: Maybe<Scalars['Int']['output']>;
  /** When the shop last changed the package, when it says. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Where packages are sold: exactly one of a country (by mobile country code or English name) or a region. */
export type EsimPackageLocation =
  /** The country by English name, e.g. `Japan` (case-insensitive). */
  { countryName: Scalars['String']['input']; mcc?: never; region?: never; }
  |  /** The country by mobile country code, e.g. `460`. */
  { countryName?: never; mcc: Scalars['ID']['input']; region?: never; }
  |  /** The region code, from `esimRegions`. */
  { countryName?: never; mcc?: never; region: Scalars['ID']['input']; };

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
  /** The payment failed. */
  | 'FAILED'
  /** Paid. */
  | 'SUCCEEDED';

/** A payment result the eSIM shop accepted. */
export type EsimPaymentReport = {
  __typename?: 'EsimPaymentReport';
  /** The order's status now. */
  order?: Maybe<EsimOrder>;
  /** The order id. */
  orderId: Scalars['ID']['output'];
  /** The outcome reported. */
  outcome: EsimPaymentOutcome;
};

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

/** An eSIM pre-order (or top-up order): an eSIM profile reserved until the payment result is reported, or until it expires. */
export type EsimPreOrder = {
  __typename?: 'EsimPreOrder';
  /** When the payment window closes (counted from `orderedAt`, or from when the gateway got the answer when the shop does not say). A payment reported later fails with PREORDER_EXPIRED. */
  expiresAt: Scalars['DateTime']['output'];
  /** The order id: what the payment report, `esimOrder` and `myEsim` take. */
  orderId: Scalars['ID']['output'];
  /** The order number to show, e.g. `ESIM_L202212050000000`. */
  orderNumber: Scalars['String']['output'];
  /** When the eSIM shop took the order, when it says. */
  orderedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Name of the package ordered. */
  packageName: Scalars['String']['output'];
  /** The payment provider's client id for this order, for the buyer's app to pay with. */
  paymentClientId?: Maybe<Scalars['String']['output']>;
  /** How many periods. */
  periods: Scalars['Int']['output'];
  /** How many of the package. */
  quantity: Scalars['Int']['output'];
  /** What the buyer pays for the order. */
  total: Money;
};

/** A pre-order or top-up order the eSIM shop took. */
export type EsimPreOrderPayload = {
  __typename?: 'EsimPreOrderPayload';
  /** The order, with its payment deadline. */
  preOrder: EsimPreOrder;
};

/** What one period of a package costs in one currency. */
export type EsimPrice = {
  __typename?: 'EsimPrice';
  /** Currency name, when the shop says. */
  currencyName?: Maybe<Scalars['String']['output']>;
  /** Digits after the decimal point the currency shows, when the shop says. */
  decimals?: Maybe<Scalars['Int']['output']>;
  /** What one period costs in this currency. */
  price: Money;
  /** Currency symbol, e.g. `$`, when the shop says. */
  symbol?: Maybe<Scalars['String']['output']>;
};

/** What the buyer chose from a package; the gateway fills in the rest from the catalogue. */
export type EsimPurchaseInput = {
  /** The currency to pay in, one of the package's `prices`, e.g. `USD`. */
  currency: Scalars['String']['input'];
  /** The package id, from the catalogue. */
  packageId: Scalars['ID']['input'];
  /** How many periods to buy, within the package's limits. */
  periods?: Scalars['Int']['input'];
  /** How many of the package to buy. */
  quantity?: Scalars['Int']['input'];
  /** The total the buyer was shown, in `currency`. When given, an order whose price changed since is refused (BAD_USER_INPUT); when omitted, the catalogue's price × periods × quantity. */
  total?: InputMaybe<MoneyInput>;
};

/** A region (continent) packages can be listed by. */
export type EsimRegion = {
  __typename?: 'EsimRegion';
  /** Region code, e.g. `EU`. */
  code: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The packages for this region. */
  packages?: Maybe<Array<EsimPackage>>;
};

/** An eSIM end user signed in to the eSIM shop. */
export type EsimSession = {
  __typename?: 'EsimSession';
  /** The email the user signed in with. */
  email: Scalars['String']['output'];
  /** When the token stops working (then sign in again), when known. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The user's access token, valid 3 days: send it as the `x-esim-token` header (or `connectionParams.esimToken` over WebSocket) on every eSIM field that needs a user. The gateway forwards it and never keeps it; this is the only place it appears. */
  token: Scalars['String']['output'];
  /** The user's id in the eSIM shop, when it says. */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** An eSIM end user signing in or registering. */
export type EsimSignInInput = {
  /** Which shop front the user signs in from. */
  app?: EsimApp;
  /** The end user's email address. */
  email: Scalars['String']['input'];
  /** The plain password (to set, when registering). It leaves the gateway only as its MD5 digest. */
  password: Scalars['String']['input'];
};

/** A signed-in eSIM end user. */
export type EsimSignInPayload = {
  __typename?: 'EsimSignInPayload';
  /** The session, with its token. */
  session: EsimSession;
};

/** More data for an eSIM already paid for: a package from its `topUpPackages`. */
export type EsimTopUpInput = {
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
  /** The total the buyer was shown, in `currency`. When given, an order whose price changed since is refused (BAD_USER_INPUT); when omitted, the catalogue's price × periods × quantity. */
  total?: InputMaybe<MoneyInput>;
};

/** Where to email an eSIM verification code. */
export type EsimVerificationCodeInput = {
  /** The end user's email address. */
  email: Scalars['String']['input'];
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
  | 'PRE_DEACTIVATION';

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
  /** The fleet SIM; null when it could not be read (an error names its path). */
  node?: Maybe<FleetSim>;
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

/** An auto-renewal of a card's plan, paid by a card subscription. */
export type MallAutoRenewal = {
  __typename?: 'MallAutoRenewal';
  /** Amount charged per renewal; null when the Mall does not say. */
  amount?: Maybe<Money>;
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

/** An auto-renewal a mutation started or stopped. */
export type MallAutoRenewalPayload = {
  __typename?: 'MallAutoRenewalPayload';
  /** The auto-renewal as it is now. */
  autoRenewal: MallAutoRenewal;
};

/** A bundle group: cards sharing one plan. */
export type MallBundleGroup = {
  __typename?: 'MallBundleGroup';
  /** The cards (ICCIDs) in the group. */
  iccids?: Maybe<Array<Scalars['ID']['output']>>;
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
  operation?: Maybe<MallBundleGroupOperation>;
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

/** An asynchronous change to a bundle group, and its result so far. */
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
  groupId: Scalars['ID']['input'];
  /** The cards (ICCIDs), at most the batch limit (100 unless configured). */
  iccids: Array<Scalars['ID']['input']>;
};

/** A card (SIM) of the partner, verified with the Mall: the entry to its plans, orders and auto-renewals. */
export type MallCard = {
  __typename?: 'MallCard';
  /** The card's auto-renewal in effect, or null. */
  activeAutoRenewal?: Maybe<MallAutoRenewal>;
  /** This card's auto-renewals, active and cancelled. */
  autoRenewals?: Maybe<Array<MallAutoRenewal>>;
  /** The card number (ICCID). */
  iccid: Scalars['ID']['output'];
  /** The orders running or waiting to run on this card. */
  orders?: Maybe<Array<MallCardOrder>>;
  /** The partner the card belongs to. */
  partnerCode: Scalars['String']['output'];
  /** The plan products this card can buy, optionally of one area. */
  plans?: Maybe<Array<MallPlan>>;
};


/** A card (SIM) of the partner, verified with the Mall: the entry to its plans, orders and auto-renewals. */
export type MallCardPlansArgs = {
  area?: InputMaybe<Scalars['String']['input']>;
};

/** A plan order of a card that is running or waiting to run. */
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
  /** The card (ICCID). */
  iccid: Scalars['ID']['input'];
  /** The partner's own order number, unique per order: `mallOrder` finds the order by it. */
  orderNumber: Scalars['String']['input'];
  /** How many periods. */
  periods?: Scalars['Int']['input'];
  /** The plan code, from the card's `plans`. */
  planCode: Scalars['ID']['input'];
  /** The total, in the plan's currency; the plan's price × periods when omitted. The Mall refuses a total that does not match (BAD_USER_INPUT). */
  total?: InputMaybe<MoneyInput>;
};

/** How long a Mall plan runs: `count` × `unit`. */
export type MallDuration = {
  __typename?: 'MallDuration';
  /** How many units. */
  count: Scalars['Int']['output'];
  /** The unit. */
  unit: MallDurationUnit;
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

/** A Mall order with its payment. */
export type MallOrder = {
  __typename?: 'MallOrder';
  /** Amount paid; null when the Mall does not say. */
  amount?: Maybe<Money>;
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
  /** The partner's order number (`orderNumber` when it was placed). */
  purchaseOrderId?: Maybe<Scalars['String']['output']>;
  /** Where the order is. */
  status: MallOrderStatus;
};

/** Which Mall order to read: exactly one of the partner's order number, the Mall's order id, or a card (its latest order). */
export type MallOrderLookup =
  /** The card (ICCID): its most recent order. */
  { iccid: Scalars['ID']['input']; orderId?: never; purchaseOrderId?: never; }
  |  /** The Mall's transaction order id. */
  { iccid?: never; orderId: Scalars['ID']['input']; purchaseOrderId?: never; }
  |  /** The partner's order number (`orderNumber` when it was placed). */
  { iccid?: never; orderId?: never; purchaseOrderId: Scalars['String']['input']; };

/** An order the Mall accepted. */
export type MallOrderPlacement = {
  __typename?: 'MallOrderPlacement';
  /** The card (ICCID). */
  iccid: Scalars['ID']['output'];
  /** The order as the Mall now lists it. */
  order?: Maybe<MallOrder>;
  /** The partner's order number. */
  orderNumber: Scalars['String']['output'];
  /** The payment id it was paid with. */
  paymentId: Scalars['String']['output'];
};

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
  autoRenew?: Scalars['Boolean']['input'];
  /** The card (ICCID). */
  iccid: Scalars['ID']['input'];
  /** The partner's own order number, unique per order: `mallOrder` finds the order by it. */
  orderNumber: Scalars['String']['input'];
  /** The original order this one follows, if any. */
  originalOrderId?: InputMaybe<Scalars['String']['input']>;
  /** When the payment succeeded. */
  paidAt: Scalars['DateTime']['input'];
  /** The payment's id at the partner's payment provider. */
  paymentId: Scalars['String']['input'];
  /** How many periods. */
  periods?: Scalars['Int']['input'];
  /** The plan code, from the card's `plans`. */
  planCode: Scalars['ID']['input'];
  /** The total, in the plan's currency; the plan's price × periods when omitted. The Mall refuses a total that does not match (BAD_USER_INPUT). */
  total?: InputMaybe<MoneyInput>;
};

/** A card payment opened at the Mall's cashier. */
export type MallPaymentAuthorization = {
  __typename?: 'MallPaymentAuthorization';
  /** The card processor's client secret for this one payment: hand it to the buyer's app to pay with, and to nobody else. */
  clientSecret: Scalars['String']['output'];
  /** The payment id: confirm it, query it, or create the subscription with it. */
  paymentId: Scalars['String']['output'];
};

/** A card payment opened for the buyer to pay. */
export type MallPaymentAuthorizationPayload = {
  __typename?: 'MallPaymentAuthorizationPayload';
  /** The payment, with the client secret to pay it with. */
  authorization: MallPaymentAuthorization;
};

/** Where a Mall payment is. */
export type MallPaymentResult = {
  __typename?: 'MallPaymentResult';
  /** The partner's order number the payment placed, once paid. */
  orderNumber?: Maybe<Scalars['String']['output']>;
  /** The payment id. */
  paymentId: Scalars['String']['output'];
  /** Where the payment is. */
  status: MallPaymentStatus;
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

/** A plan product a card can buy. */
export type MallPlan = {
  __typename?: 'MallPlan';
  /** The area it is sold for, e.g. `Europe`. */
  area?: Maybe<Scalars['String']['output']>;
  /** Plan code: what orders and payments take as `planCode`. */
  code: Scalars['ID']['output'];
  /** How long one period runs. */
  duration: MallDuration;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Price of one period. */
  price: Money;
  /** The Mall's service plan code. */
  servicePlanCode: Scalars['String']['output'];
};

/** A plan the partner has been paid for, to place as an order. */
export type MallPurchaseInput = {
  /** Renew the plan automatically when it ends. */
  autoRenew?: Scalars['Boolean']['input'];
  /** The card (ICCID). */
  iccid: Scalars['ID']['input'];
  /** The partner's own order number, unique per order: `mallOrder` finds the order by it. */
  orderNumber: Scalars['String']['input'];
  /** The payment's id at the partner's payment provider. */
  paymentId: Scalars['String']['input'];
  /** How many periods. */
  periods?: Scalars['Int']['input'];
  /** The plan code, from the card's `plans`. */
  planCode: Scalars['ID']['input'];
  /** The total, in the plan's currency; the plan's price × periods when omitted. The Mall refuses a total that does not match (BAD_USER_INPUT). */
  total?: InputMaybe<MoneyInput>;
};

/** Whether an auto-renewal still renews. */
export type MallRenewalStatus =
  /** Renews the plan each time the current order ends. */
  | 'ACTIVE'
  /** Renews no more. */
  | 'CANCELLED'
  /** A status code this gateway does not know yet. */
  | 'UNKNOWN';

/** What is left of the order in use, as the mobile operator reports it for the SIM's IMSI. Only one IMSI is reported, so multi-IMSI SIMs may be off. */
export type MnoBalance = {
  __typename?: 'MnoBalance';
  /** Data left, in bytes; null when not reported. */
  dataBytes?: Maybe<Scalars['Bytes']['output']>;
  /** The SIM (ICCID). */
  iccid: Scalars['ID']['output'];
  /** Remarks the operator attached to figures it did report; usually none. */
  remarks: Array<BalanceRemark>;
  /** SMS messages left; null when not reported. */
  smsCount?: Maybe<Scalars['Int']['output']>;
  /** Resources the operator could not report. */
  unavailable: Array<UnavailableBalance>;
  /** Voice time left, in seconds; null when not reported. */
  voiceSeconds?: Maybe<Scalars['Int']['output']>;
};

/** An amount of money: a decimal string (never a float, so nothing is lost to rounding) in one currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount, a decimal string, e.g. `"12.50"`. */
  amount: Scalars['String']['output'];
  /** The currency, an ISO 4217 code, e.g. `USD`. */
  currency: Scalars['String']['output'];
};

/** An amount of money a client sends: a decimal string with at most two decimals, in one currency. */
export type MoneyInput = {
  /** The amount, a decimal string with at most two decimals, e.g. `"12.50"`. */
  amount: Scalars['String']['input'];
  /** The currency, an ISO 4217 code, e.g. `USD`. */
  currency: Scalars['String']['input'];
};

/** A range of months, both ends included. */
export type MonthRange = {
  /** The first month, `yyyy-MM`. */
  from: Scalars['Month']['input'];
  /** The last month, `yyyy-MM` (at most 12 months after `from`, counting both). */
  to: Scalars['Month']['input'];
};

/** Data a SIM used in one calendar month. */
export type MonthlyUsage = {
  __typename?: 'MonthlyUsage';
  /** The SIM (ICCID). */
  iccid: Scalars['ID']['output'];
  /** The month. */
  month: Scalars['Month']['output'];
  /** The SIM this record is about. Null when Linksfield could not answer it in time; the error says why. */
  sim?: Maybe<Sim>;
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
  /** The monthly usage record; null when it could not be read (an error names its path). */
  node?: Maybe<MonthlyUsage>;
};

/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds cards to a bundle group; asynchronous: read the result with `operation`. A card already in another group fails. Requires scope `mall:write`. */
  addMallBundleGroupSims?: Maybe<MallBundleGroupChange>;
  /** Opens a single card payment for a plan; confirm it with `confirmMallPayment` once the buyer paid. Requires scope `mall:write`. */
  authorizeMallPayment?: Maybe<MallPaymentAuthorizationPayload>;
  /** Opens a subscription card payment for a plan; once the buyer paid, `createMallSubscription` starts the auto-renewal. Requires scope `mall:write`. */
  authorizeMallSubscription?: Maybe<MallPaymentAuthorizationPayload>;
  /** Orders one plan for many SIMs in one upstream call: if any SIM fails the preconditions, nothing is ordered. Requires scope `orders:write`. */
  bulkOrderPlan?: Maybe<BulkOrderPlacement>;
  /** Stops a card's auto-renewal; the order running now is not affected. Requires scope `mall:write`. */
  cancelMallAutoRenewal?: Maybe<MallAutoRenewalPayload>;
  /** Cancels an order that was not enabled yet. Requires scope `orders:write`. */
  cancelOrder?: Maybe<OrderChange>;
  /** Confirms a single payment the buyer completed, which places its order. Requires scope `mall:write`. */
  confirmMallPayment?: Maybe<ConfirmMallPaymentPayload>;
  /** Places a plan order the partner has been paid for. The Mall itself never places one order number twice. Never retried by the gateway; pass an idempotency key to retry safely. Requires scope `mall:write`. */
  createMallOrder?: Maybe<MallOrderPlacement>;
  /** Places a plan order paid through a third party. Requires scope `mall:write`. */
  createMallPaidOrder?: Maybe<MallOrderPlacement>;
  /** Starts a card's auto-renewal from a paid subscription authorization; its first order is placed at once. A card has one active auto-renewal: an earlier one is cancelled. Requires scope `mall:write`. */
  createMallSubscription?: Maybe<MallAutoRenewalPayload>;
  /** Enables an order that is not yet enabled. Requires scope `orders:write`. */
  enableOrder?: Maybe<OrderChange>;
  /** Ends an order before it expires. Requires scope `orders:write`. */
  endOrderEarly?: Maybe<OrderChange>;
  /** Signs an eSIM end user in and returns their token. The password leaves the gateway only as its MD5 digest, as the eSIM shop requires. Requires scope `esim`. */
  esimLogin?: Maybe<EsimSignInPayload>;
  /** Reserves an eSIM profile for a package until the payment result is reported with `reportEsimPayment`, at the latest by `expiresAt`. Needs the user's token. Never retried by the gateway; pass an idempotency key to retry safely. Requires scope `esim`. */
  esimPreOrder?: Maybe<EsimPreOrderPayload>;
  /** Registers a new eSIM end user by email and signs them in. Requires scope `esim`. */
  esimRegister?: Maybe<EsimSignInPayload>;
  /** Orders more data for an eSIM already paid for; paid like a pre-order, through `reportEsimPayment` before `expiresAt`. Needs the user's token. Requires scope `esim`. */
  esimTopUp?: Maybe<EsimPreOrderPayload>;
  /** Orders an OTA day plan for an OTA-capable SIM. Requires scope `orders:write`. */
  orderOtaPlan?: Maybe<OrderPlacement>;
  /** Orders a data plan for one SIM. Never retried by the gateway; pass an idempotency key to retry safely. Requires scope `orders:write`. */
  orderPlan?: Maybe<OrderPlacement>;
  /** Removes cards from a bundle group; asynchronous: read the result with `operation`. Requires scope `mall:write`. */
  removeMallBundleGroupSims?: Maybe<MallBundleGroupChange>;
  /** Extends an order in use or not yet used by some periods. Requires scope `orders:write`. */
  renewOrder?: Maybe<OrderChange>;
  /** Reports the result of the payment the enterprise took, once per order: a success assigns the eSIM profile. Fails with PREORDER_EXPIRED after the payment window, NOT_FOUND for an unknown order, BAD_USER_INPUT when the amount does not match. Needs the user's token. Requires scope `esim`. */
  reportEsimPayment?: Maybe<EsimPaymentReport>;
  /** Asks the eSIM shop to email a verification code to the address; answers once the shop accepted. Requires scope `esim`. */
  requestEsimVerificationCode?: Maybe<EsimAccountPayload>;
  /** Changes an eSIM end user's password. Every token issued before stops working: sign in again. Requires scope `esim`. */
  resetEsimPassword?: Maybe<EsimAccountPayload>;
  /**
   * Restarts a paused order. Requires scope `orders:write`.
   * @deprecated Linksfield marks resuming an order as not recommended.
   */
  resumeOrder?: Maybe<OrderChange>;
  /** Sends an SMS to a SIM. Never retried by the gateway; pass an idempotency key to retry safely. Requires scope `sms:send`. */
  sendSms?: Maybe<SendSmsPayload>;
  /**
   * Pauses an order in use. Requires scope `orders:write`.
   * @deprecated Linksfield marks suspending an order as not recommended.
   */
  suspendOrder?: Maybe<OrderChange>;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationAddMallBundleGroupSimsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: MallBundleGroupSimsInput;
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
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CancelMallAutoRenewalInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationCancelOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OrderChangeInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationConfirmMallPaymentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ConfirmMallPaymentInput;
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
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreateMallSubscriptionInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationEnableOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OrderChangeInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationEndOrderEarlyArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OrderChangeInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationEsimLoginArgs = {
  input: EsimSignInInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationEsimPreOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EsimPurchaseInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationEsimRegisterArgs = {
  input: EsimSignInInput;
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
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: MallBundleGroupSimsInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationRenewOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: RenewOrderInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationReportEsimPaymentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: EsimPaymentInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationRequestEsimVerificationCodeArgs = {
  input: EsimVerificationCodeInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationResetEsimPasswordArgs = {
  input: ResetEsimPasswordInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationResumeOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OrderChangeInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationSendSmsArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SendSmsInput;
};


/** Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in. */
export type MutationSuspendOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OrderChangeInput;
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
  /** A plan order changed state. */
  | 'ORDER_STATUS_CHANGED'
  /** The delivery result of an SMS sent with `sendSms`. */
  | 'SMS_DELIVERY'
  /** An SMS a device sent. */
  | 'SMS_RECEIVED'
  /** SIMs with no plan, a plan about to expire or expired, or trial data used up. */
  | 'USAGE_ALERT';

/** A data plan ordered for one SIM. */
export type Order = {
  __typename?: 'Order';
  /** The amount paid, in the plan's currency; null when not reported, or when the plan is no longer listed with a price. */
  amount?: Maybe<Money>;
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
  order?: Maybe<Order>;
  /** The order id. */
  orderId: Scalars['ID']['output'];
  /** When it starts, when Linksfield says. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The order a change applies to. */
export type OrderChangeInput = {
  /** The order id. */
  orderId: Scalars['ID']['input'];
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
  /** The order; null when it could not be read (an error names its path). */
  node?: Maybe<Order>;
};

/** Which orders to list; every field narrows the list. */
export type OrderFilter = {
  /** Only orders of this SIM (ICCID). */
  iccid?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders of this kind. */
  kind?: InputMaybe<OrderKindInput>;
  /** Only orders in this status. */
  status?: InputMaybe<OrderStatusInput>;
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
};

/** A plan order that was placed. */
export type OrderPlacement = {
  __typename?: 'OrderPlacement';
  /** When it expires; null until enabled. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The SIM (ICCID). */
  iccid: Scalars['ID']['output'];
  /** The order as Linksfield now lists it. */
  order?: Maybe<Order>;
  /** The new order id. */
  orderId: Scalars['ID']['output'];
  /** When it starts; null until enabled. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
};

/** A plan ordered for one SIM. */
export type OrderPlanInput = {
  /** Enable the order at once. Leave false for OTA-capable SIMs. */
  enableNow?: Scalars['Boolean']['input'];
  /** Order as a package of the SIM's host (primary) number; normally false. */
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

/** A plan order changed state. */
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
  /** The amount paid, in the plan's currency; zero when omitted. */
  amount?: InputMaybe<MoneyInput>;
  /** How it was paid. */
  method?: InputMaybe<PaymentMethodInput>;
  /** Whether it is already paid. */
  state?: PaymentStateInput;
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

/** A data plan of the catalogue that SIMs can be ordered onto. */
export type Plan = {
  __typename?: 'Plan';
  /** The plan code, e.g. `DP20190726001274`. */
  code: Scalars['ID']['output'];
  /** Data included per period, in bytes; null when unlimited or not stated. */
  dataBytes?: Maybe<Scalars['Bytes']['output']>;
  /** The plan name as Linksfield lists it. */
  name: Scalars['String']['output'];
  /** True for plans meant for OTA-capable SIMs (order them with `orderOtaPlan`). */
  ota: Scalars['Boolean']['output'];
  /** Days one period lasts, when the catalogue says. */
  periodDays?: Maybe<Scalars['Int']['output']>;
  /** What one period costs; null when the catalogue lists no price. */
  price?: Maybe<Money>;
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
  /** Every write made through the gateway (orders, SMS, OTA, eSIM and Mall orders, payments, bundle-group changes) and every eSIM account action (sign-in, registration, password change), newest first, optionally only those naming one SIM or made by one client. Requires scope `admin`. */
  auditLog: AuditRecordConnection;
  /** The countries the eSIM shop sells packages for. No token needed. Requires scope `esim`. */
  esimCountries?: Maybe<Array<EsimCountry>>;
  /** The packages the shop features. No token needed. Requires scope `esim`. */
  esimHotPackages?: Maybe<Array<EsimPackage>>;
  /** An eSIM order's status and, once paid, its QR code. Needs the user's token. To follow it live, subscribe to `esimOrder` instead. Requires scope `esim`. */
  esimOrder?: Maybe<EsimOrder>;
  /** One package with its detail and prices per currency. Null with NOT_FOUND for an unknown id. No token needed. Requires scope `esim`. */
  esimPackage?: Maybe<EsimPackage>;
  /** Packages for one country, by mobile country code or English name, or for one region. No token needed. Requires scope `esim`. */
  esimPackages?: Maybe<Array<EsimPackage>>;
  /** The regions (continents) packages can be listed by. No token needed. Requires scope `esim`. */
  esimRegions?: Maybe<Array<EsimRegion>>;
  /** The fleet views: every SIM of the account (a restricted caller: its SIMs), searchable and sortable, with totals. Served from an inventory the gateway keeps; see `indexedAt`. Requires scope `sims:read`. */
  fleet: Fleet;
  /** One bundle group. Null with NOT_FOUND when the partner has no such group. Requires scope `mall:read`. */
  mallBundleGroup?: Maybe<MallBundleGroup>;
  /** The result so far of an asynchronous bundle-group change. Requires scope `mall:read`. */
  mallBundleGroupOperation?: Maybe<MallBundleGroupOperation>;
  /** The partner's bundle groups with their plans. Requires scope `mall:read`. */
  mallBundleGroups?: Maybe<Array<MallBundleGroup>>;
  /** Verifies a card with the Mall and opens its plans, orders and auto-renewals. Null with NOT_FOUND when the partner has no such card. Requires scope `mall:read`. */
  mallCard?: Maybe<MallCard>;
  /** One Mall order with its payment, by the partner's order number, the Mall's order id, or the card's latest order. Only the partner's own orders are found; of several with one order number, the latest paid one. Null with NOT_FOUND when there is none. Requires scope `mall:read`. */
  mallOrder?: Maybe<MallOrder>;
  /** Where a Mall payment is. Null with NOT_FOUND for an unknown payment. Requires scope `mall:read`. */
  mallPaymentResult?: Maybe<MallPaymentResult>;
  /** Data used by every SIM of the account in one month, a page at a time. Requires scope `sims:read`. */
  monthlyUsage?: Maybe<MonthlyUsageConnection>;
  /** The user's eSIM bought with this order. Fails with FAILED_PRECONDITION until the order is paid. Needs the user's token. Requires scope `esim`. */
  myEsim?: Maybe<Esim>;
  /** One order by id. Fails with NOT_FOUND when there is no such order. Requires scope `orders:read`. */
  order?: Maybe<Order>;
  /** Plan orders of the account, newest first as Linksfield lists them, a page at a time. Requires scope `orders:read`. */
  orders?: Maybe<OrderConnection>;
  /** The plan catalogue, optionally only plans of one type. Requires scope `sims:read`. */
  plans?: Maybe<Array<Plan>>;
  /** One SIM by its ICCID. Fails with NOT_FOUND when the account has no such SIM. Requires scope `sims:read`. */
  sim?: Maybe<Sim>;
  /** Up to 1000 SIMs by ICCID, in the order asked, fetched in as few upstream batch calls as possible. A SIM that cannot be read is null in the list, with an error whose path names its index; the others still arrive. Requires scope `sims:read`. */
  sims?: Maybe<Array<Maybe<Sim>>>;
  /** The SIMs that currently have a plan in use, a page at a time. Requires scope `sims:read`. */
  simsInUse?: Maybe<SimConnection>;
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
  location: EsimPackageLocation;
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
  lookup: MallOrderLookup;
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
  type?: InputMaybe<PlanTypeInput>;
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

/** Periods added to an order in use or not yet enabled. */
export type RenewOrderInput = {
  /** The order id. */
  orderId: Scalars['ID']['input'];
  /** Periods to add. */
  periods?: Scalars['Int']['input'];
};

/** A change of an eSIM end user's password. */
export type ResetEsimPasswordInput = {
  /** The end user's email address. */
  email: Scalars['String']['input'];
  /** The new password. */
  newPassword: Scalars['String']['input'];
  /** The current password. */
  password: Scalars['String']['input'];
};

/** An SMS to send to one SIM. */
export type SendSmsInput = {
  /** How the content is written. */
  encoding?: SmsEncoding;
  /** The SIM (ICCID). */
  iccid: Scalars['ID']['input'];
  /** The content: text, or hexadecimal for BINARY. */
  text: Scalars['String']['input'];
};

/** The SMS `sendSms` handed to Linksfield. */
export type SendSmsPayload = {
  __typename?: 'SendSmsPayload';
  /** The message sent. */
  message: SmsMessage;
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
  /** What is left of the order in use, as the mobile operator reports it. Null when Linksfield could not answer it in time; the error says why. */
  balance?: Maybe<MnoBalance>;
  /** Data used on one day. Null when Linksfield could not answer it in time; the error says why. */
  dailyUsage?: Maybe<DailyUsage>;
  /** The SIM card number (ICCID), 18 to 22 digits. */
  iccid: Scalars['ID']['output'];
  /** The subscriber identity (IMSI) in use, when known. */
  imsi?: Maybe<Scalars['String']['output']>;
  /** Where the SIM is in its life. */
  lifecycle: SimLifecycle;
  /** Data used in one month. Batched across SIMs, one upstream call per month. Null when Linksfield could not answer it in time; the error says why. */
  monthlyUsage?: Maybe<MonthlyUsage>;
  /** The phone number (MSISDN), when known. */
  msisdn?: Maybe<Scalars['String']['output']>;
  /**
   * The plans this SIM may be ordered onto.
   * @deprecated Linksfield marks the underlying endpoint as deprecated; use `plans`.
   */
  orderablePlans?: Maybe<Array<Plan>>;
  /** This SIM's order history, a page at a time. Null when Linksfield could not answer it in time; the error says why. Requires scope `orders:read`. */
  orders?: Maybe<OrderConnection>;
  /** Data used and left in the cycle of the order in use. Batched across SIMs. Null when Linksfield could not answer it in time; the error says why. */
  usage?: Maybe<Usage>;
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
  /** The SIM; null when it could not be read (an error names its path). */
  node?: Maybe<Sim>;
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

/** The delivery result of an SMS sent with `sendSms`. */
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

/** An SMS a device sent, within 24 hours of an SMS sent to it. */
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
  /** The content as Linksfield sent it; for BINARY, the bytes written as hexadecimal. */
  text: Scalars['String']['output'];
};

/** Live updates over graphql-ws (protocol `graphql-transport-ws`) at the same URL as queries and mutations. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Follows an eSIM order: pushes its status now and whenever it changes, until it is PAID with its QR code, PAYMENT_FAILED or CANCELLED, then completes. Needs the user's token (`connectionParams.esimToken`). The gateway polls the eSIM shop with one poller per order and user, however many subscribers watch it, and stops when the last one leaves. Requires scope `esim`. */
  esimOrder: EsimOrder;
  /** Verified Linksfield notifications as they arrive, of every kind or the ones asked for. Resume after a disconnect with `after` set to the `id` of the last notification received. A subscriber that falls too far behind is ended with a SUBSCRIBER_TOO_SLOW error carrying `lastEventId` to resume from. Requires scope `notifications:read`. */
  notifications: Notification;
  /** Plan orders changing state. Resume after a disconnect with `after` set to the `id` of the last notification received. A subscriber that falls too far behind is ended with a SUBSCRIBER_TOO_SLOW error carrying `lastEventId` to resume from. Requires scope `notifications:read`. */
  orderStatusChanged: OrderStatusNotification;
  /** Delivery results of SMS sent with `sendSms`. Resume after a disconnect with `after` set to the `id` of the last notification received. A subscriber that falls too far behind is ended with a SUBSCRIBER_TOO_SLOW error carrying `lastEventId` to resume from. Requires scope `notifications:read`. */
  smsDelivery: SmsDeliveryNotification;
  /** SMS sent by devices. Resume after a disconnect with `after` set to the `id` of the last notification received. A subscriber that falls too far behind is ended with a SUBSCRIBER_TOO_SLOW error carrying `lastEventId` to resume from. Requires scope `notifications:read`. */
  smsReceived: SmsReceivedNotification;
  /** Usage alerts. Resume after a disconnect with `after` set to the `id` of the last notification received. A subscriber that falls too far behind is ended with a SUBSCRIBER_TOO_SLOW error carrying `lastEventId` to resume from. Requires scope `notifications:read`. */
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

/** A SIM's data use in the cycle of the order currently in use. */
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

/** SIMs with no plan, a plan about to expire or expired, or trial data used up. */
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
