import { formats, oneOf, optional, required, type DocumentedEndpoint } from './wire.js';

/**
 * The documented FMS (eSIM QR Mall) endpoints (reference §8) as the sandbox reads them, keyed by the sandbox's
 * handler names. `token`: the end user's `x-access-token` is required (every call but the catalogue, which v1.1
 * opened, and sign-in). Where the reference names the path but not the body, the statement is `truncated`.
 */
export interface DocumentedFmsEndpoint extends DocumentedEndpoint {
  token: boolean;
}

const partnerCode = required('string');
const md5Hex = { pattern: /^[0-9a-f]{32}$/, description: 'an MD5 digest (32 lowercase hex digits)' };
/** §8.7: `countryCode` an MCC, `type` mandatory, paging and `languageId` deprecated. */
const countryQuery = {
  partnerCode,
  type: required('integer'),
  languageId: optional('string'),
  pageNum: optional('integer'),
  pageSize: optional('integer'),
} as const;
const byOrderId = { orderId: required('numeric') } as const;

export const documentedFms = {
  login: { ref: '§8.5', method: 'POST', path: '/user/login', token: false, fields: {}, truncated: true },
  register: {
    ref: '§8.5',
    method: 'POST',
    path: '/user/emailRegister',
    token: false,
    fields: {
      appId: required('integer'),
      email: required('string'),
      partnerCode,
      passwd: required('string', md5Hex),
      userType: required('integer'),
      verifyCode: optional('integer'),
    },
  },
  listCountries: {
    ref: '§8.1',
    method: 'POST',
    path: '/package/queryCountry',
    token: false,
    fields: {},
    truncated: true,
  },
  listCountryPackages: {
    ref: '§8.7',
    method: 'POST',
    path: '/package/countryPackageList',
    token: false,
    fields: { ...countryQuery, countryCode: required('integer') },
  },
  listPackages: {
    ref: '§8.7',
    method: 'POST',
    path: '/v1.1/package/packageList',
    token: false,
    fields: { ...countryQuery, countryCode: optional('integer'), isoCountryName: optional('string') },
  },
  listRegions: {
    ref: '§8.1',
    method: 'POST',
    path: '/package/selectContinentsCode',
    token: false,
    fields: {},
    truncated: true,
  },
  listRegionPackages: {
    ref: '§8.1',
    method: 'POST',
    path: '/package/selectPackageByContinents',
    token: false,
    fields: {},
    truncated: true,
  },
  listHotPackages: {
    ref: '§8.1',
    method: 'POST',
    path: '/package/selectHotPackage',
    token: false,
    fields: {},
    truncated: true,
  },
  getPackage: {
    ref: '§8.7',
    method: 'POST',
    path: '/v1.1/package/detail',
    token: false,
    fields: { id: required('integer'), orderNumber: required('integer') },
  },
  preOrder: {
    ref: '§8.2',
    method: 'POST',
    path: '/v1.1/package/preOrderPackage',
    token: true,
    fields: {
      currency: required('string', formats.currency),
      currencyId: required('integer'),
      deviceType: required('string', oneOf('10')),
      discountFlag: optional('integer'),
      id: required('integer'),
      languageId: optional('string'),
      money: required('number'),
      packageCode: required('string'),
      packageNum: optional('integer'),
      partnerCode,
      periodNum: required('integer'),
    },
  },
  reportPayment: {
    ref: '§8.4',
    method: 'POST',
    path: '/payment/webhook',
    token: true,
    fields: {
      dateTime: required('numeric'),
      orderId: required('string'),
      partnerCode,
      payAmount: required('numeric'),
      payCurrency: required('string', formats.currency),
      paypalId: optional('string'),
      type: required('string', oneOf('payment_intent.succeeded', 'payment_intent.payment_failed')),
    },
  },
  getOrderStatus: {
    ref: '§8.7',
    method: 'POST',
    path: '/package/queryOrdStatusAndEmail',
    token: true,
    fields: byOrderId,
  },
  getEsim: { ref: '§8.6', method: 'POST', path: '/v1.1/order/myEsimDetail', token: true, fields: byOrderId },
} as const satisfies Record<string, DocumentedFmsEndpoint>;
