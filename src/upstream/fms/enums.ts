import { CodeMap } from '../code-map.js';

/** FMS code values translated once, here, into the names the graph uses (reference §8). */

export enum EsimOrderStatus {
  WAITING_FOR_PAYMENT = 'WAITING_FOR_PAYMENT',
  PAID = 'PAID',
  PAYMENT_FAILED = 'PAYMENT_FAILED',
  CANCELLED = 'CANCELLED',
  UNKNOWN = 'UNKNOWN',
}
/** `orderPayStatus` of `/package/queryOrdStatusAndEmail`, documented (§8.7). */
export const esimOrderStatusCodes = new CodeMap<EsimOrderStatus>(
  {
    '0': EsimOrderStatus.WAITING_FOR_PAYMENT,
    '1': EsimOrderStatus.PAID,
    '2': EsimOrderStatus.PAYMENT_FAILED,
    '3': EsimOrderStatus.CANCELLED,
  },
  EsimOrderStatus.UNKNOWN,
);

export enum PaymentOutcome {
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
/** `type` of the payment webhook, documented (§8.4); the gateway only ever sends these two. */
export const paymentOutcomeCodes = new CodeMap<PaymentOutcome>(
  { 'payment_intent.succeeded': PaymentOutcome.SUCCEEDED, 'payment_intent.payment_failed': PaymentOutcome.FAILED },
  PaymentOutcome.FAILED,
);

export enum PackageScope {
  /** Every package whose coverage includes the country, multi-country ones too. */
  INCLUDES_COUNTRY = 'INCLUDES_COUNTRY',
  /** Only packages that cover that one country. */
  ONLY_COUNTRY = 'ONLY_COUNTRY',
}
/** `type` of the country package lists, documented (§8.1). */
export const packageScopeCodes = new CodeMap<PackageScope>(
  { '1': PackageScope.INCLUDES_COUNTRY, '2': PackageScope.ONLY_COUNTRY },
  PackageScope.INCLUDES_COUNTRY,
);

export enum AppKind {
  APP = 'APP',
  BACK_OFFICE = 'BACK_OFFICE',
  H5 = 'H5',
}
/** `appId`, documented (§8.1). */
export const appKindCodes = new CodeMap<AppKind>(
  { '12': AppKind.APP, '10': AppKind.BACK_OFFICE, '14': AppKind.H5 },
  AppKind.H5,
);

export enum AccountKind {
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
  ENTERPRISE_USER = 'ENTERPRISE_USER',
  BUSINESS_USER = 'BUSINESS_USER',
  CUSTOMER = 'CUSTOMER',
}
/** `userType`, documented (§8.1). */
export const accountKindCodes = new CodeMap<AccountKind>(
  {
    '1': AccountKind.SYSTEM_ADMIN,
    '2': AccountKind.ENTERPRISE_USER,
    '3': AccountKind.BUSINESS_USER,
    '4': AccountKind.CUSTOMER,
  },
  AccountKind.CUSTOMER,
);

export enum PeriodUnit {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
  UNKNOWN = 'UNKNOWN',
}
/** `periodUnit` of the package detail: the field is documented, its values are not; assumed. */
export const periodUnitCodes = new CodeMap<PeriodUnit>(
  { '1': PeriodUnit.DAY, '2': PeriodUnit.MONTH, '3': PeriodUnit.YEAR },
  PeriodUnit.UNKNOWN,
);
