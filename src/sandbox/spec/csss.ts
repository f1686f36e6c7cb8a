import { formats, oneOf, optional, required, type DocumentedEndpoint } from './wire.js';

/**
 * The documented CSSS endpoints (reference §2–§6) as the sandbox reads them: path, fields, types and value sets
 * copied from the reference's field tables and examples. Keyed by the sandbox's handler names; the endpoints the
 * reference documents by name only are not here (the sandbox takes those from the client's overridable table).
 */
const globals = {
  access_code: required('string'),
  timestamp: required('string', formats.digits),
  version: required('string'),
  sign: required('string'),
} as const;

const flag = oneOf('0', '1');

/** §4.2 shared enums: `global_order`, `is_open`, `package_type`, `pay_rst`, `pay_type`, `test_flow_flag`. */
const purchase = {
  global_order: required('string', flag),
  is_open: required('string', flag),
  order_period: required('string', formats.digits),
  package_code: required('string'),
  package_name: required('string'),
  package_type: required('string', oneOf('0', '1', '2', '3', '4', '5')),
  pay_amount: required('string', formats.amount),
  pay_rst: required('string', oneOf('1', '2')),
  pay_type: optional('string', oneOf('0', '1', '2')),
  test_flow: required('string', formats.digits),
  test_flow_flag: required('string', flag),
} as const;

const oneSim = { ...globals, device_id: required('string', formats.iccid) } as const;

/** No batch or page size limit is documented; the sandbox takes up to 100, as Cube pages do (§10). */
const SANDBOX_LIMIT = 100;

export const documentedCsss = {
  getSim: { ref: '§2.2', method: 'POST', path: '/device/queryDevice', fields: oneSim },
  listSimsInUse: { ref: '§2.3', method: 'POST', path: '/device/syncAssetInfo', fields: globals },
  getUsage: { ref: '§3.1', method: 'POST', path: '/flow/queryDeviceFlowUsage', fields: oneSim },
  orderPlan: { ref: '§4.2', method: 'POST', path: '/package/orderPackage', fields: { ...oneSim, ...purchase } },
  bulkOrderPlan: {
    ref: '§4.3',
    method: 'POST',
    path: '/package/batchOrderPackages',
    // The CN mirror has `pay_amount` optional here.
    fields: {
      ...globals,
      deviceList: required('string[]', formats.iccid),
      ...purchase,
      pay_amount: optional('string', formats.amount),
    },
    batch: { field: 'deviceList', limit: SANDBOX_LIMIT },
  },
  renewOrder: {
    ref: '§4.4',
    method: 'POST',
    path: '/package/renewPackage',
    fields: { ...globals, order_id: required('string'), renew_period: required('integer') },
  },
  listOrders: {
    ref: '§4.5',
    method: 'POST',
    path: '/package/queryOrder',
    fields: {
      ...globals,
      device_id: optional('string', formats.iccid),
      order_id: optional('string'),
      order_status: optional('string'),
      order_type: optional('string'),
      page_no: required('integer'),
      page_size: required('integer'),
    },
    pageSizeLimit: SANDBOX_LIMIT,
  },
  orderOtaPlan: {
    ref: '§6.1',
    method: 'POST',
    path: '/package/createOtaOrder',
    fields: {
      ...oneSim,
      ...purchase,
      pay_type: required('string', oneOf('0', '1', '2')),
      mcc: optional('string', formats.digits),
      days: required('integer'),
      timing_type: required('string'),
    },
  },
  getMnoBalance: { ref: '§6.2', method: 'POST', path: '/flow/getInfoByDeviceId', fields: oneSim },
} as const satisfies Record<string, DocumentedEndpoint>;
