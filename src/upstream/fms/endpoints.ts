import { decimal, list, optionalDecimal, optionalText, record, text, type Json } from '../decode.js';
import type { EndpointSpec } from '../endpoint.js';
import {
  AccountKind,
  AppKind,
  accountKindCodes,
  appKindCodes,
  esimOrderStatusCodes,
  packageScopeCodes,
  paymentOutcomeCodes,
  periodUnitCodes,
  type PackageScope,
} from './enums.js';
import type {
  Country,
  CountryQuery,
  Credentials,
  Esim,
  EsimOrderState,
  PackageDetail,
  PackagePurchase,
  PackageSummary,
  PaymentReport,
  PreOrder,
  Price,
  Region,
  Session,
} from './model.js';
import { hashPassword } from './password.js';
import { flowToBytes, parseFmsTime } from './units.js';

/**
 * Every FMS (eSIM QR Mall) endpoint of the reference's index (§0.3, §8), as data. `documented` rows follow the
 * docs (the GitHub `fms-api` pages and apifox); `assumed` rows and assumed answers are in the style of their
 * documented siblings (camelCase, `partnerCode` in the body, numeric ids, answers in `data`).
 * `LINKSFIELD_ENDPOINTS_FILE` may override its paths under `fms`. The sandbox checks documented rows against its own statement of the
 * reference (`src/sandbox/spec/fms.ts`), not against this table, so a mistake here fails its round-trip tests.
 */

/** FMS rows add who must be signed in; `partnerCode` is filled in by the client wherever a row lists it. */
export interface FmsEndpointSpec<Input, Output> extends EndpointSpec<Input, Output> {
  /** `user`: the end user's `x-access-token` is required; `none`: catalogue calls, which v1.1 opened (§8.1). */
  auth: 'user' | 'none';
}

const str = { type: 'string', required: true } as const;
const optStr = { type: 'string', required: false } as const;
const num = { type: 'number', required: true } as const;
const optNum = { type: 'number', required: false } as const;
const partner = { partnerCode: str } as const;

/** `deviceType` is fixed at "10" for H5, iPhone and Android eSIMs (§8.2). */
const ESIM_DEVICE_TYPE = '10';

function decodeCountry(item: Json): Country {
  const isoName = text(item, 'isoCountryName');
  return {
    mcc: text(item, 'countryCode'),
    isoName,
    name: optionalText(item, 'countryName') ?? isoName,
    regionCode: optionalText(item, 'continentCode'),
  };
}

function decodePrice(item: Json): Price {
  return {
    currency: text(item, 'currencyAbbr'),
    currencyId: decimal(item, 'currencyId'),
    currencyName: optionalText(item, 'currencyName'),
    symbol: optionalText(item, 'currencySymbol'),
    decimals: optionalDecimal(item, 'digitsNum'),
    amount: text(item, 'price'),
  };
}

/** List items are taken to carry a subset of the detail's documented fields. */
function decodeSummary(item: Json): PackageSummary {
  return {
    id: text(item, 'id'),
    code: text(item, 'packageCode'),
    name: text(item, 'packageShowName'),
    shortDescription: optionalText(item, 'packageShortDesc'),
    logoUrl: optionalText(item, 'logo'),
    dataBytes: flowToBytes(optionalDecimal(item, 'packageFlow')),
    period: decimal(item, 'period'),
    periodUnit: periodUnitCodes.decode(optionalText(item, 'periodUnit')),
    prices:
      item.currencyInfos == null
        ? []
        : list(item.currencyInfos, 'currencyInfos').map((price) => decodePrice(record(price, 'currencyInfos[]'))),
  };
}

function decodePackages(data: unknown): PackageSummary[] {
  return list(data).map((item) => decodeSummary(record(item, 'data[]')));
}

function decodeSession(data: unknown): Session {
  const body = record(data);
  return {
    token: text(body, 'token'),
    userId: optionalText(body, 'userId'),
    email: text(body, 'email'),
    expiresAt: parseFmsTime(optionalText(body, 'expireTime')),
  };
}

function encodeCredentials(input: Credentials): Record<string, unknown> {
  return {
    email: input.email,
    passwd: hashPassword(input.password),
    appId: Number(appKindCodes.encode(input.app ?? AppKind.H5)),
    userType: Number(accountKindCodes.encode(input.accountKind ?? AccountKind.CUSTOMER)),
  };
}

const credentialFields = { email: str, passwd: str, ...partner, appId: num, userType: num } as const;

/** The body of a pre-order (§8.2), shared by v1.2 and the top-up order. */
const purchaseFields = {
  currency: str,
  currencyId: num,
  deviceType: str,
  discountFlag: optNum,
  id: num,
  money: num,
  packageCode: str,
  packageNum: optNum,
  ...partner,
  periodNum: num,
} as const;

function encodePurchase(input: PackagePurchase): Record<string, unknown> {
  return {
    currency: input.currency,
    currencyId: input.currencyId,
    deviceType: ESIM_DEVICE_TYPE,
    discountFlag: 0,
    id: Number(input.packageId),
    money: Number(input.amount),
    packageCode: input.packageCode,
    packageNum: input.quantity ?? 1,
    periodNum: input.periods,
  };
}

function decodePreOrder(data: unknown): PreOrder {
  const body = record(data);
  return {
    orderId: text(body, 'id'),
    orderNumber: text(body, 'orderNo'),
    packageName: text(body, 'packageName'),
    quantity: decimal(body, 'amount'),
    periods: decimal(body, 'periodNum'),
    currency: text(body, 'currency'),
    orderedAt: parseFmsTime(optionalText(body, 'orderTime')),
    paymentClientId: optionalText(body, 'clientId'),
  };
}

/** Calls that answer `data: null` on success. */
function accepted(): true {
  return true;
}

function orderIdInput(input: { orderId: string }): Record<string, unknown> {
  return { orderId: Number(input.orderId) };
}

export const fmsEndpoints = {
  login: {
    ref: '§8.5',
    title: 'User login (用户登录)',
    method: 'POST',
    path: '/user/login',
    provenance: 'documented',
    assumes:
      "the body (register's, without `verifyCode`) and the answer `data: {token, userId, email, expireTime}`; the docs also name `/user/emailLogin`",
    effect: 'write',
    auth: 'none',
    fields: credentialFields,
    encode: encodeCredentials,
    decode: decodeSession,
  } satisfies FmsEndpointSpec<Credentials, Session>,

  register: {
    ref: '§8.5',
    title: 'Email registration (/user/emailRegister)',
    method: 'POST',
    path: '/user/emailRegister',
    provenance: 'documented',
    assumes: "the answer (login's); `verifyCode`, unused per the docs, is not sent",
    effect: 'write',
    auth: 'none',
    fields: credentialFields,
    encode: encodeCredentials,
    decode: decodeSession,
  } satisfies FmsEndpointSpec<Credentials, Session>,

  requestVerificationCode: {
    ref: '§8.7',
    title: 'Email verification code (/user/emailVerificationCode)',
    method: 'POST',
    path: '/user/emailVerificationCode',
    provenance: 'assumed',
    effect: 'write',
    auth: 'none',
    fields: { email: str, ...partner },
    encode: (input: { email: string }) => ({ email: input.email }),
    decode: accepted,
  } satisfies FmsEndpointSpec<{ email: string }, true>,

  resetPassword: {
    ref: '§8.5',
    title: 'Password change (/user/passwordReset)',
    method: 'POST',
    path: '/user/passwordReset',
    provenance: 'assumed',
    assumes: 'the body: the email, the current password and the new one, both MD5; every earlier token stops working',
    effect: 'write',
    auth: 'none',
    fields: { email: str, passwd: str, newPasswd: str, ...partner },
    encode: (input: { email: string; password: string; newPassword: string }) => ({
      email: input.email,
      passwd: hashPassword(input.password),
      newPasswd: hashPassword(input.newPassword),
    }),
    decode: accepted,
  } satisfies FmsEndpointSpec<{ email: string; password: string; newPassword: string }, true>,

  listCountries: {
    ref: '§8.1',
    title: 'Countries (/package/queryCountry)',
    method: 'POST',
    path: '/package/queryCountry',
    provenance: 'documented',
    assumes:
      'the body (`partnerCode`) and the answer (a list of `{countryCode, isoCountryName, countryName, continentCode}`)',
    effect: 'read',
    auth: 'none',
    fields: partner,
    encode: () => ({}),
    decode: (data: unknown): Country[] => list(data).map((item) => decodeCountry(record(item, 'data[]'))),
  } satisfies FmsEndpointSpec<Record<string, never>, Country[]>,

  listCountryPackages: {
    ref: '§8.7',
    title: 'Packages by country (/package/countryPackageList)',
    method: 'POST',
    path: '/package/countryPackageList',
    provenance: 'documented',
    assumes:
      'the answer (a list of package summaries); the deprecated `pageNum`, `pageSize`, `languageId` are not sent',
    effect: 'read',
    auth: 'none',
    fields: { countryCode: num, ...partner, type: num },
    encode: (input: { mcc: string; scope: PackageScope }) => ({
      countryCode: Number(input.mcc),
      type: Number(packageScopeCodes.encode(input.scope)),
    }),
    decode: decodePackages,
  } satisfies FmsEndpointSpec<{ mcc: string; scope: PackageScope }, PackageSummary[]>,

  listPackages: {
    ref: '§8.7',
    title: 'Packages by country, v1.1 (/v1.1/package/packageList)',
    method: 'POST',
    path: '/v1.1/package/packageList',
    provenance: 'documented',
    assumes: 'the answer (a list of package summaries)',
    effect: 'read',
    auth: 'none',
    fields: { countryCode: optNum, isoCountryName: optStr, ...partner, type: num },
    encode: (input: CountryQuery) => ({
      ...('mcc' in input ? { countryCode: Number(input.mcc) } : { isoCountryName: input.isoName }),
      type: Number(packageScopeCodes.encode(input.scope)),
    }),
    decode: decodePackages,
  } satisfies FmsEndpointSpec<CountryQuery, PackageSummary[]>,

  listRegions: {
    ref: '§8.1',
    title: 'Regions (/package/selectContinentsCode)',
    method: 'POST',
    path: '/package/selectContinentsCode',
    provenance: 'documented',
    assumes: 'the body (`partnerCode`) and the answer (a list of `{continentCode, continentName}`)',
    effect: 'read',
    auth: 'none',
    fields: partner,
    encode: () => ({}),
    decode: (data: unknown): Region[] =>
      list(data).map((raw) => {
        const item = record(raw, 'data[]');
        return { code: text(item, 'continentCode'), name: text(item, 'continentName') };
      }),
  } satisfies FmsEndpointSpec<Record<string, never>, Region[]>,

  listRegionPackages: {
    ref: '§8.1',
    title: 'Packages by region (/package/selectPackageByContinents)',
    method: 'POST',
    path: '/package/selectPackageByContinents',
    provenance: 'documented',
    assumes: 'the body (`continentCode`, `partnerCode`) and the answer (a list of package summaries)',
    effect: 'read',
    auth: 'none',
    fields: { continentCode: str, ...partner },
    encode: (input: { regionCode: string }) => ({ continentCode: input.regionCode }),
    decode: decodePackages,
  } satisfies FmsEndpointSpec<{ regionCode: string }, PackageSummary[]>,

  listHotPackages: {
    ref: '§8.1',
    title: 'Hot packages (/package/selectHotPackage)',
    method: 'POST',
    path: '/package/selectHotPackage',
    provenance: 'documented',
    assumes: 'the body (`partnerCode`) and the answer (a list of package summaries)',
    effect: 'read',
    auth: 'none',
    fields: partner,
    encode: () => ({}),
    decode: decodePackages,
  } satisfies FmsEndpointSpec<Record<string, never>, PackageSummary[]>,

  getPackage: {
    ref: '§8.7',
    title: 'Package detail (/v1.1/package/detail)',
    method: 'POST',
    path: '/v1.1/package/detail',
    provenance: 'documented',
    assumes:
      '`orderNumber` is the quantity priced, `packageFlow` is in MB, the `periodUnit` codes, `coverCountrys` items shaped like a country',
    effect: 'read',
    auth: 'none',
    fields: { id: num, orderNumber: num },
    encode: (input: { packageId: string; quantity?: number }) => ({
      id: Number(input.packageId),
      orderNumber: input.quantity ?? 1,
    }),
    decode: (data: unknown): PackageDetail => {
      const body = record(data);
      return {
        ...decodeSummary(body),
        description: optionalText(body, 'packageDesc'),
        minPeriods: optionalDecimal(body, 'minOrderPeriod'),
        maxPeriods: optionalDecimal(body, 'maxOrderPeriod'),
        coveredCountries:
          body.coverCountrys == null
            ? []
            : list(body.coverCountrys, 'coverCountrys').map((item) => decodeCountry(record(item, 'coverCountrys[]'))),
        salesCount: optionalDecimal(body, 'saleCount'),
        updatedAt: parseFmsTime(optionalText(body, 'updateTime')),
      };
    },
  } satisfies FmsEndpointSpec<{ packageId: string; quantity?: number }, PackageDetail>,

  preOrder: {
    ref: '§8.2',
    title: 'Pre-order (/v1.1/package/preOrderPackage)',
    method: 'POST',
    path: '/v1.1/package/preOrderPackage',
    provenance: 'documented',
    assumes:
      "the answer's `amount` is the number of packages (it matches `packageNum`, not `money`, in the only example)",
    effect: 'write',
    auth: 'user',
    fields: purchaseFields,
    encode: encodePurchase,
    decode: decodePreOrder,
  } satisfies FmsEndpointSpec<PackagePurchase, PreOrder>,

  preOrderV12: {
    ref: '§8.3',
    title: 'Pre-order v1.2',
    method: 'POST',
    path: '/v1.2/package/preOrderPackage',
    provenance: 'assumed',
    assumes: 'the same body and answer as v1.1',
    effect: 'write',
    auth: 'user',
    fields: purchaseFields,
    encode: encodePurchase,
    decode: decodePreOrder,
  } satisfies FmsEndpointSpec<PackagePurchase, PreOrder>,

  reportPayment: {
    ref: '§8.4',
    title: 'v1.1/payment/webhook (payment result, customer → FMS)',
    method: 'POST',
    path: '/payment/webhook',
    provenance: 'documented',
    assumes: 'the path (apifox shows a placeholder); `dateTime` and `payAmount` are sent as strings, like apifox',
    effect: 'write',
    auth: 'user',
    fields: { dateTime: str, orderId: str, ...partner, payAmount: str, payCurrency: str, paypalId: optStr, type: str },
    encode: (input: PaymentReport) => ({
      dateTime: String(Math.floor(input.paidAt.getTime() / 1000)),
      orderId: input.orderId,
      payAmount: input.amount,
      payCurrency: input.currency,
      paypalId: input.paymentReference,
      type: paymentOutcomeCodes.encode(input.outcome),
    }),
    decode: accepted,
  } satisfies FmsEndpointSpec<PaymentReport, true>,

  getOrderStatus: {
    ref: '§8.7',
    title: 'Order status (/package/queryOrdStatusAndEmail)',
    method: 'POST',
    path: '/package/queryOrdStatusAndEmail',
    provenance: 'documented',
    assumes: "`orderId` is a number, like the pre-order's `data.id`, and the token is required",
    effect: 'read',
    auth: 'user',
    fields: { orderId: num },
    encode: orderIdInput,
    decode: (data: unknown): EsimOrderState => {
      const body = record(data);
      return {
        status: esimOrderStatusCodes.decode(optionalText(body, 'orderPayStatus')),
        qrCode: optionalText(body, 'qrCode'),
      };
    },
  } satisfies FmsEndpointSpec<{ orderId: string }, EsimOrderState>,

  getEsim: {
    ref: '§8.6',
    title: 'My eSIM Detail (/v1.1/order/myEsimDetail)',
    method: 'POST',
    path: '/v1.1/order/myEsimDetail',
    provenance: 'documented',
    assumes:
      'the answer (`iccid`, `qrCode`, `smdpAddress`, `activationCode`, `packageCode`, `packageName`, `expireTime`, `packageFlow`, `usedFlow`, `surplusFlow` in MB)',
    effect: 'read',
    auth: 'user',
    fields: { orderId: num },
    encode: orderIdInput,
    decode: (data: unknown): Esim => {
      const body = record(data);
      return {
        orderId: text(body, 'orderId'),
        iccid: text(body, 'iccid'),
        qrCode: text(body, 'qrCode'),
        smdpAddress: optionalText(body, 'smdpAddress'),
        activationCode: optionalText(body, 'activationCode'),
        packageCode: optionalText(body, 'packageCode'),
        packageName: optionalText(body, 'packageName'),
        expiresAt: parseFmsTime(optionalText(body, 'expireTime')),
        dataBytes: flowToBytes(optionalDecimal(body, 'packageFlow')),
        usedBytes: flowToBytes(optionalDecimal(body, 'usedFlow')),
        remainingBytes: flowToBytes(optionalDecimal(body, 'surplusFlow')),
      };
    },
  } satisfies FmsEndpointSpec<{ orderId: string }, Esim>,

  listTopUpPackages: {
    ref: '§8.7',
    title: 'Top-up packages for an eSIM (/package/selectTopUpList)',
    method: 'POST',
    path: '/package/selectTopUpList',
    provenance: 'assumed',
    assumes: "the body (`orderId` of the eSIM's paid order) and the answer (a list of package summaries)",
    effect: 'read',
    auth: 'user',
    fields: { orderId: num },
    encode: orderIdInput,
    decode: decodePackages,
  } satisfies FmsEndpointSpec<{ orderId: string }, PackageSummary[]>,

  topUp: {
    ref: '§8.7',
    title: 'Top-up order (/package/topUpOrder)',
    method: 'POST',
    path: '/package/topUpOrder',
    provenance: 'assumed',
    assumes:
      "the body (a pre-order's plus the eSIM's `orderId`) and the answer (a pre-order's); paid through the payment webhook",
    effect: 'write',
    auth: 'user',
    fields: { orderId: num, ...purchaseFields },
    encode: (input: PackagePurchase & { orderId: string }) => ({ ...orderIdInput(input), ...encodePurchase(input) }),
    decode: decodePreOrder,
  } satisfies FmsEndpointSpec<PackagePurchase & { orderId: string }, PreOrder>,
} as const;

export type FmsEndpoints = typeof fmsEndpoints;
export type FmsEndpointName = keyof FmsEndpoints;
// One table holds rows of different input/output types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FmsEndpoint = FmsEndpointSpec<any, any>;
