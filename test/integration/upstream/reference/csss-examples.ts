/**
 * The CSSS request and response examples of the reference (`linksfield-api.md` §2–§6), copied verbatim. They are
 * fixtures: the tests check the client's encoding against the requests and decode the responses.
 */

/** §2.2 Get real-time info about one SIM card. */
export const getSimRequest = {
  access_code: 'P000270',
  device_id: '89852022018041800192',
  timestamp: '1643012271',
  version: '2.0',
  sign: '9yYpqL0oLteZCzP8ukVRyl6TE7s=',
};

/** §2.3 Get the SIM cards in use. */
export const listSimsInUseRequest = {
  access_code: 'P000270',
  timestamp: '1643012271',
  version: '2.0',
  sign: 'Ox4SPC9tugV512ucafIdOKfVLLg=',
};

/** §3.1 Query the traffic usage of a single SIM card. */
export const getUsageRequest = {
  access_code: 'P000270',
  device_id: '89852022018041800192',
  timestamp: '1643251754',
  version: '2.0',
  sign: 'wVnILqg0AMS0syL/MOA5LqRpa9I=',
};
export const getUsageResponse = {
  code: '0000',
  data: {
    sign: 'nTrEry3jUd52m4PQ8lmBvsfGsAE=',
    device_id: '89852022018041800192',
    order_code: '202107061625560742397',
    order_used_flow: '0',
    high_flow_balance: '0',
  },
  message: '成功',
  success: true,
};

/** §3.4 The 2020 monthly usage sample (links-field/fms-api, first commit): its answer names no month. */
export const monthlyUsageRequest = {
  version: '2.0',
  access_code: 'P000009',
  timestamp: '1493893791',
  page_no: 1,
  page_size: 3,
  month: '201808',
  sign: 'sF4hFI390weingeseionglts=',
};
export const monthlyUsageResponse = {
  code: '0000',
  data: {
    device_flow: [
      { device_id: '88888888888888', flow: 30.0 },
      { device_id: '88888888888889', flow: 54.3 },
    ],
    devide_flow_list_num: 2,
    page: { cur_page_no: 1, page_size: 3, total_count: 2, total_pages: 1 },
    sign: '3sesierngnaooadioancc=',
  },
  message: '成功',
};

/** §4.2 Order data plan. */
export const orderPlanRequest = {
  access_code: 'P000270',
  device_id: '89852022018041800192',
  global_order: '0',
  is_open: '0',
  order_period: '1',
  package_code: 'DP20190726001274',
  package_name: 'C_M_0_P_中国20M不限速月套餐',
  package_type: '2',
  pay_amount: '0',
  pay_rst: '1',
  pay_type: '2',
  test_flow: '0',
  test_flow_flag: '0',
  timestamp: '1643253530',
  version: '2.0',
  sign: 'zOoyHBVtE/pOeA7nOuzCLvAg8d8=',
};
export const orderPlanResponse = {
  code: '0000',
  data: { sign: null, order_id: 'ORDER_47452122261749760', order_start_date: null, order_expire_date: null },
  message: '成功',
  success: true,
};

/** §4.3 Bulk order package. */
export const bulkOrderPlanRequest = {
  access_code: 'P000270',
  deviceList: ['89852022018041800192', '89852022018041800193'],
  global_order: '0',
  is_open: '0',
  order_period: '1',
  package_code: 'DP20190726001274',
  package_name: 'C_M_0_P_中国20M不限速月套餐',
  package_type: '2',
  pay_amount: '0',
  pay_rst: '2',
  pay_type: '1',
  test_flow: '0',
  test_flow_flag: '0',
  timestamp: '1643253530',
  version: '2.0',
  sign: '5+o5RzScCv2TuJ1Yb/aehTH0GLU=',
};
export const bulkOrderPlanResponse = {
  code: '0000',
  data: {
    device_order: [
      {
        error: '0000',
        errorMsg: 'success',
        order_id: 'ORDER_47454030993031168',
        device_id: '89852022018041800192',
        order_start_date: null,
        order_expire_date: null,
      },
      {
        error: '0000',
        errorMsg: 'success',
        order_id: 'ORDER_47453927590854656',
        device_id: '89852022018041800193',
        order_start_date: null,
        order_expire_date: null,
      },
    ],
  },
  message: '成功',
  success: true,
};

/** §4.4 Renew your data plan. */
export const renewOrderRequest = {
  access_code: 'P000270',
  order_id: '202107061625560742397',
  renew_period: 1,
  timestamp: '1643253530',
  version: '2.0',
  sign: 'mshmrjUjFC88jzdDmn8JrVlIF3s=',
};
export const renewOrderResponse = {
  code: '0000',
  data: {
    sign: 'mshmrjUjFC88jzdDmn8JrVlIF3s=',
    order_expire_date: '2023-12-31 23:59:59',
    order_id: '202107061625560742397',
  },
  message: '成功',
  success: true,
};

/** §4.5 Query the package order information (the answer is cut off in the reference after `orderDate`'s first character). */
export const listOrdersRequest = {
  access_code: 'P000270',
  device_id: '',
  order_id: '',
  order_status: '',
  order_type: '',
  page_no: 1,
  page_size: 2,
  timestamp: '1643251754',
  version: '2.0',
  sign: 'ZdFRHMM/ccYeb49Rys3wOCZXDpc=',
};
export const listOrdersResponse = {
  code: '0000',
  data: {
    page: { cur_page_no: 1, page_size: 2, total_count: 105, total_pages: 53 },
    sign: 'mcawIhwC6S7nEWGEic8qq8rB3pw=',
    package_order: [{ buyType: '2', expireDate: '', flow: '30', orderCode: 'L201903020000000617', orderStatus: '1' }],
  },
};

/** §6.1 Order OTA plan (the reference writes the name with `\u` escapes). */
export const orderOtaPlanRequest = {
  access_code: 'QY-000001',
  device_id: '89852202101130001670',
  global_order: '0',
  is_open: '0',
  order_period: '1',
  package_code: 'DP20201218003915',
  package_name: 'T_T_T_0_P_S_\u4e2d\u56fd100G/365\u5929\u5957\u9910',
  package_type: '1',
  pay_amount: '0',
  pay_rst: '1',
  pay_type: '2',
  test_flow: '0',
  test_flow_flag: '0',
  mcc: '',
  days: 364,
  timing_type: '1',
  timestamp: '1662628450',
  version: '2.0',
  sign: 'xoiCacRJ6XYAsv2lCpAw7NEhmQM=',
};

/** §6.2 Query the remaining data by MNO side. */
export const getMnoBalanceRequest = {
  version: '2.0',
  timestamp: '',
  sign: 'kePIsPsCCZEYSLE/QNxW/s2RYik=',
  access_code: 'P000001',
  device_id: '89314404000894480434',
};
export const getMnoBalanceResponse = {
  code: '0000',
  data: [{ type: 'data', remainingQuantity: '1879048192', msg: null }],
  message: '成功',
  success: true,
};
