/** The FMS request and response examples of the reference (`linksfield-api.md` §8), copied verbatim, as fixtures. */

/** §8.2 Pre-order (apifox example). */
export const preOrderRequest = {
  currency: 'USD',
  currencyId: 2,
  deviceType: '10',
  discountFlag: 0,
  id: 1000000,
  money: 5,
  packageCode: 'LP20220325000000',
  packageNum: 1,
  partnerCode: '1000000005',
  periodNum: 1,
};
export const preOrderResponse = {
  code: 0,
  data: {
    amount: 1,
    id: 1055200093,
    orderNo: 'ESIM_L202212050000000',
    packageName: 'C_T_马来西亚泰国500M不限速月套餐(esim)',
    orderTime: '2022-12-05T03:14:50.958+0000',
    periodNum: 1,
    currency: 'USD',
    clientId: 'ASNnc_k89vx4JfTiDnIsNE97X009900990j4BsjIsGuwACOK9S2QK7fMDZNu6rA3i9iwq',
  },
  message: 'SUCCESS',
};

/** §8.4 Payment webhook (customer → FMS), apifox example. */
export const reportPaymentRequest = {
  dateTime: '1670228581',
  orderId: 'string',
  partnerCode: 'string',
  payAmount: '100',
  payCurrency: 'USD',
  type: 'payment_intent.succeeded',
};
export const reportPaymentResponse = { code: 0, data: null, message: '操作成功' };

/** §8.5 Email registration (fms-api GitHub page; the email is elided there). */
export const registerRequest = {
  appId: 12,
  email: 'buyer@example.com',
  partnerCode: 'P001101',
  passwd: 'e10adc3949ba59abbe56e057f20f883e',
  userType: 4,
  verifyCode: 3206,
};

/** §8.7 Packages by country (fms-api GitHub page). */
export const countryPackageListRequest = {
  countryCode: 460,
  languageId: 'string',
  pageNum: 0,
  pageSize: 0,
  partnerCode: 'P001101',
  type: 2,
};

/** §8.7 Package detail request (fms-api GitHub page). */
export const packageDetailRequest = { id: 1000000, orderNumber: 1 };
