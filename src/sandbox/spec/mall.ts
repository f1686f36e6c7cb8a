import { formats, oneOf, optional, required, type DocumentedEndpoint } from './wire.js';

/**
 * The documented Mall / Topup endpoints (reference §9) as the sandbox reads them, keyed by the sandbox's handler
 * names; `base` is the service of §9.1 each is served under. Endpoints documented by name only are not here.
 */
export interface DocumentedMallEndpoint extends DocumentedEndpoint {
  base: 'vshop' | 'payment' | 'topup';
  /** The documented success answer comes without the `{operateCode, message, data}` wrapper (§9.7). */
  bareAnswer?: true;
}

/** §9.1 global parameters. */
const globals = { version: required('string'), partnerCode: required('string'), sign: required('string') } as const;

/**
 * The fields every vshop request carries (§9.1, required flags from §9.10): `deviceCode`, `languageCode`, `mark`,
 * `terminal` and `version` required; `tradeTime` and `tradeType` shown in every example.
 */
export const tradeFields = {
  ...globals,
  deviceCode: required('string', formats.iccid),
  languageCode: required('string', oneOf('0', '1')),
  mark: required('string', formats.digits),
  terminal: required('string', oneOf('0', '1')),
  tradeTime: optional('string', formats.digits),
  tradeType: optional('string'),
} as const;

const order = {
  autoRenewal: required('string', oneOf('0', '1')),
  orderNo: required('string'),
  orderPeriod: required('string', formats.digits),
  packageCode: required('string'),
  payAmount: required('string', formats.amount),
  payCurrency: required('string', formats.currency),
  payId: required('string'),
} as const;

export const documentedMall = {
  verifyCard: {
    ref: '§9.5',
    base: 'vshop',
    method: 'POST',
    path: '/singleVerify',
    fields: { ...tradeFields, url: optional('string') },
  },
  listPlans: {
    ref: '§9.6',
    base: 'vshop',
    method: 'POST',
    path: '/singleServicePlanPage',
    fields: { ...tradeFields, area: optional('string') },
  },
  createOrder: {
    ref: '§9.7',
    base: 'vshop',
    method: 'POST',
    path: '/singleOrder',
    bareAnswer: true,
    fields: {
      ...tradeFields,
      ...order,
      requestOrderId: required('string'),
      servicePlanCode: required('string'),
      servicePlanShowName: required('string'),
    },
  },
  listOrders: { ref: '§9.10', base: 'vshop', method: 'POST', path: '/singleQueryOrder', fields: tradeFields },
  createPaidOrder: {
    ref: '§9.12',
    base: 'vshop',
    method: 'POST',
    path: '/synPartner/SynOrderInfo',
    // The example sends `languageCode` empty and is cut off after `payUnit`.
    fields: {
      ...tradeFields,
      ...order,
      languageCode: optional('string', oneOf('0', '1')),
      orgOrderId: optional('string'),
      payAccount: required('string'),
      payResultDate: required('string'),
      payRst: required('string'),
      payStatus: required('string'),
      payType: required('string'),
    },
    truncated: true,
  },
  listGroupSims: {
    ref: '§9.21',
    base: 'topup',
    method: 'GET',
    path: '/mall/bundle-groups/{group_id}/sims',
    fields: { ...globals, group_id: required('string') },
  },
  getOrder: {
    ref: '§9.24',
    base: 'topup',
    method: 'GET',
    path: '/mall/order',
    fields: {
      ...globals,
      purchase_order_id: optional('string'),
      order_id: optional('string'),
      sim_id: optional('string', formats.iccid),
    },
  },
} as const satisfies Record<string, DocumentedMallEndpoint>;
