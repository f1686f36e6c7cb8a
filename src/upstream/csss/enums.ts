import { CodeMap } from '../code-map.js';

/** Upstream code strings translated once, here, into the names the graph uses (reference §2.3, §4). */

export enum SimLifecycle {
  PRE_ACTIVATION = 'PRE_ACTIVATION',
  ACTIVE = 'ACTIVE',
  PRE_DEACTIVATION = 'PRE_DEACTIVATION',
  DEACTIVATED = 'DEACTIVATED',
  UNKNOWN = 'UNKNOWN',
}
/** `lifeCycle` 1–3 are documented; the page is cut after 3, so 4 is assumed. */
export const simLifecycleCodes = new CodeMap<SimLifecycle>(
  {
    '1': SimLifecycle.PRE_ACTIVATION,
    '2': SimLifecycle.ACTIVE,
    '3': SimLifecycle.PRE_DEACTIVATION,
    '4': SimLifecycle.DEACTIVATED,
  },
  SimLifecycle.UNKNOWN,
);

export enum PlanType {
  UNLIMITED_DAILY = 'UNLIMITED_DAILY',
  DAILY = 'DAILY',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  HALF_YEARLY = 'HALF_YEARLY',
  YEARLY = 'YEARLY',
  UNKNOWN = 'UNKNOWN',
}
/** `package_type`, documented (§4 shared enums). */
export const planTypeCodes = new CodeMap<PlanType>(
  {
    '0': PlanType.UNLIMITED_DAILY,
    '1': PlanType.DAILY,
    '2': PlanType.MONTHLY,
    '3': PlanType.QUARTERLY,
    '4': PlanType.HALF_YEARLY,
    '5': PlanType.YEARLY,
  },
  PlanType.UNKNOWN,
);

export enum OrderStatus {
  NOT_ENABLED = 'NOT_ENABLED',
  IN_USE = 'IN_USE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
  CANCELLED = 'CANCELLED',
  UNKNOWN = 'UNKNOWN',
}
/** `orderStatus` values are undocumented: 0–3 follow the Cube bundle status hint (§4.5), 4 is assumed. */
export const orderStatusCodes = new CodeMap<OrderStatus>(
  {
    '0': OrderStatus.NOT_ENABLED,
    '1': OrderStatus.IN_USE,
    '2': OrderStatus.PAUSED,
    '3': OrderStatus.ENDED,
    '4': OrderStatus.CANCELLED,
  },
  OrderStatus.UNKNOWN,
);

export enum OrderKind {
  NEW = 'NEW',
  RENEWAL = 'RENEWAL',
  OTA = 'OTA',
  UNKNOWN = 'UNKNOWN',
}
/** `buyType` values are undocumented (the example shows "2"); assumed. */
export const orderKindCodes = new CodeMap<OrderKind>(
  { '1': OrderKind.NEW, '2': OrderKind.RENEWAL, '3': OrderKind.OTA },
  OrderKind.UNKNOWN,
);

export enum PaymentState {
  UNPAID = 'UNPAID',
  PAID = 'PAID',
  UNKNOWN = 'UNKNOWN',
}
/** `pay_rst`, documented. */
export const paymentStateCodes = new CodeMap<PaymentState>(
  { '1': PaymentState.UNPAID, '2': PaymentState.PAID },
  PaymentState.UNKNOWN,
);

export enum PaymentMethod {
  IPAY88 = 'IPAY88',
  WECHAT_PAY = 'WECHAT_PAY',
  ALIPAY = 'ALIPAY',
  UNKNOWN = 'UNKNOWN',
}
/** `pay_type`, documented. */
export const paymentMethodCodes = new CodeMap<PaymentMethod>(
  { '0': PaymentMethod.IPAY88, '1': PaymentMethod.WECHAT_PAY, '2': PaymentMethod.ALIPAY },
  PaymentMethod.UNKNOWN,
);

export enum SmsEncoding {
  TEXT = 'TEXT',
  BINARY = 'BINARY',
}
/** `message_type` of the assumed Send SMS endpoint, mirroring the uplink callback's `"Binary"` (§7.6). */
export const smsEncodingCodes = new CodeMap<SmsEncoding>(
  { Text: SmsEncoding.TEXT, Binary: SmsEncoding.BINARY },
  SmsEncoding.TEXT,
);

/** The resources of the MNO balance (§6.2); their upstream `type` codes are in `endpoints.ts`. */
export enum BalanceResource {
  DATA = 'DATA',
  SMS = 'SMS',
  VOICE = 'VOICE',
}
