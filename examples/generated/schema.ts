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

/** Writes: plan orders and their changes, and SMS. None is ever retried by the gateway; each takes an idempotency key. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Orders one plan for many SIMs in one upstream call (§4.3): if any SIM fails the preconditions, nothing is ordered. */
  bulkOrderPlan: BulkOrderPlacement;
  /** Cancels an order that was not enabled yet (§4.7). */
  cancelOrder: OrderChange;
  /** Enables an order that is not yet enabled (§4.6). */
  enableOrder: OrderChange;
  /** Ends an order before it expires (§4.8). */
  endOrderEarly: OrderChange;
  /** Orders an OTA day plan for an OTA-capable SIM (§6.1). */
  orderOtaPlan: OrderPlacement;
  /** Orders a data plan for one SIM (§4.2). Never retried by the gateway; pass an idempotency key to retry safely. */
  orderPlan: OrderPlacement;
  /** Extends an order in use or not yet used by some periods (§4.4). */
  renewOrder: OrderChange;
  /**
   * Restarts a paused order (§4.10).
   * @deprecated Linksfield marks resuming an order as not recommended.
   */
  resumeOrder: OrderChange;
  /** Sends an SMS to a SIM (§5.1). Never retried by the gateway; pass an idempotency key to retry safely. */
  sendSms: SmsMessage;
  /**
   * Pauses an order in use (§4.9).
   * @deprecated Linksfield marks suspending an order as not recommended.
   */
  suspendOrder: OrderChange;
};


/** Writes: plan orders and their changes, and SMS. None is ever retried by the gateway; each takes an idempotency key. */
export type MutationBulkOrderPlanArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: BulkOrderPlanInput;
};


/** Writes: plan orders and their changes, and SMS. None is ever retried by the gateway; each takes an idempotency key. */
export type MutationCancelOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
};


/** Writes: plan orders and their changes, and SMS. None is ever retried by the gateway; each takes an idempotency key. */
export type MutationEnableOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
};


/** Writes: plan orders and their changes, and SMS. None is ever retried by the gateway; each takes an idempotency key. */
export type MutationEndOrderEarlyArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
};


/** Writes: plan orders and their changes, and SMS. None is ever retried by the gateway; each takes an idempotency key. */
export type MutationOrderOtaPlanArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OrderOtaPlanInput;
};


/** Writes: plan orders and their changes, and SMS. None is ever retried by the gateway; each takes an idempotency key. */
export type MutationOrderPlanArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: OrderPlanInput;
};


/** Writes: plan orders and their changes, and SMS. None is ever retried by the gateway; each takes an idempotency key. */
export type MutationRenewOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
  periods?: Scalars['Int']['input'];
};


/** Writes: plan orders and their changes, and SMS. None is ever retried by the gateway; each takes an idempotency key. */
export type MutationResumeOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
};


/** Writes: plan orders and their changes, and SMS. None is ever retried by the gateway; each takes an idempotency key. */
export type MutationSendSmsArgs = {
  encoding?: SmsEncoding;
  iccid: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};


/** Writes: plan orders and their changes, and SMS. None is ever retried by the gateway; each takes an idempotency key. */
export type MutationSuspendOrderArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  orderId: Scalars['ID']['input'];
};

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
  /** The SIM the order is for. */
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

/** Reads: SIMs, their usage and balances, plans and orders. */
export type Query = {
  __typename?: 'Query';
  /** Data used by every SIM of the account in one month (§3.4), a page at a time. */
  monthlyUsage: MonthlyUsageConnection;
  /** One order by id. Fails with NOT_FOUND when there is no such order. */
  order?: Maybe<Order>;
  /** Plan orders of the account (§4.5), newest first as Linksfield lists them, a page at a time. */
  orders: OrderConnection;
  /** The plan catalogue (§4.1), optionally only plans of one type. */
  plans: Array<Plan>;
  /** One SIM by its ICCID. Fails with NOT_FOUND when the account has no such SIM. */
  sim?: Maybe<Sim>;
  /** Up to 1000 SIMs by ICCID, in the order asked, fetched in as few upstream batch calls as possible. A SIM that cannot be read is null in the list, with an error whose path names its index; the others still arrive. */
  sims: Array<Maybe<Sim>>;
  /** The SIMs that currently have a plan in use (§2.3), a page at a time. */
  simsInUse: SimConnection;
};


/** Reads: SIMs, their usage and balances, plans and orders. */
export type QueryMonthlyUsageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  month: Scalars['Month']['input'];
};


/** Reads: SIMs, their usage and balances, plans and orders. */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: SIMs, their usage and balances, plans and orders. */
export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: SIMs, their usage and balances, plans and orders. */
export type QueryPlansArgs = {
  type?: InputMaybe<PlanType>;
};


/** Reads: SIMs, their usage and balances, plans and orders. */
export type QuerySimArgs = {
  iccid: Scalars['ID']['input'];
};


/** Reads: SIMs, their usage and balances, plans and orders. */
export type QuerySimsArgs = {
  iccids: Array<Scalars['ID']['input']>;
};


/** Reads: SIMs, their usage and balances, plans and orders. */
export type QuerySimsInUseArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A SIM card of the fleet, identified by its ICCID. Its usage, balance and orders are fields on it. */
export type Sim = {
  __typename?: 'Sim';
  /** When the SIM was activated, when known. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The order in use on this SIM; null when none is. */
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
  /** This SIM's order history, a page at a time. */
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
