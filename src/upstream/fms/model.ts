import type { AccountKind, AppKind, EsimOrderStatus, PackageScope, PaymentOutcome, PeriodUnit } from './enums.js';

/** What the FMS client takes and returns: the eSIM shop's records in the gateway's own words (bytes, Dates, enums, `iccid`). */

/** An end user's sign-in. The token belongs to the caller: the gateway hands it back and never keeps it. */
export interface Session {
  token: string;
  userId: string | null;
  email: string;
  expiresAt: Date | null;
}

export interface Credentials {
  email: string;
  /** Plain text from the caller; only its MD5 ever leaves the gateway. */
  password: string;
  app?: AppKind;
  accountKind?: AccountKind;
}

export interface Country {
  /** Mobile country code, e.g. `460`. */
  mcc: string;
  /** English name, e.g. `China`. */
  isoName: string;
  name: string;
  regionCode: string | null;
}

export interface Region {
  code: string;
  name: string;
}

export interface Price {
  /** `USD`. */
  currency: string;
  /** The id a pre-order must quote with the currency. */
  currencyId: number;
  currencyName: string | null;
  symbol: string | null;
  /** Digits after the decimal point the currency shows. */
  decimals: number | null;
  /** Decimal string, e.g. `"5.00"`. */
  amount: string;
}

export interface PackageSummary {
  id: string;
  code: string;
  name: string;
  shortDescription: string | null;
  logoUrl: string | null;
  dataBytes: number | null;
  /** How many `periodUnit`s one period lasts. */
  period: number;
  periodUnit: PeriodUnit;
  prices: Price[];
}

export interface PackageDetail extends PackageSummary {
  description: string | null;
  minPeriods: number | null;
  maxPeriods: number | null;
  coveredCountries: Country[];
  salesCount: number | null;
  updatedAt: Date | null;
}

export type CountryQuery = { mcc: string; scope: PackageScope } | { isoName: string; scope: PackageScope };

/** What the buyer chose from a package detail; the same for a pre-order and a top-up. */
export interface PackagePurchase {
  packageId: string;
  packageCode: string;
  currency: string;
  currencyId: number;
  /** Total to pay, decimal string. */
  amount: string;
  periods: number;
  /** How many of the package; 1 unless the shop sells bundles. */
  quantity?: number;
}

export interface PreOrder {
  orderId: string;
  orderNumber: string;
  packageName: string;
  quantity: number;
  periods: number;
  currency: string;
  orderedAt: Date | null;
  /** The payment provider's client id for this order, for the buyer's app to pay with. */
  paymentClientId: string | null;
}

export interface PaymentReport {
  orderId: string;
  outcome: PaymentOutcome;
  /** Decimal string, as charged. */
  amount: string;
  currency: string;
  paidAt: Date;
  /** The payment provider's own reference, if any. */
  paymentReference?: string;
}

export interface EsimOrderState {
  status: EsimOrderStatus;
  /** The LPA activation string the QR code encodes; present once the order is paid and the profile assigned. */
  qrCode: string | null;
}

export interface Esim {
  orderId: string;
  iccid: string;
  qrCode: string;
  smdpAddress: string | null;
  activationCode: string | null;
  packageCode: string | null;
  packageName: string | null;
  expiresAt: Date | null;
  dataBytes: number | null;
  usedBytes: number | null;
  remainingBytes: number | null;
}
