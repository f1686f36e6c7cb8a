/** The Mall request and response examples of the reference (`linksfield-api.md` §9), copied verbatim, as fixtures. */

/** §9.5 Card login verification; its `sign` is the plain MD5 of the sorted content. */
export const verifyCardRequest = {
  deviceCode: '89852420180910340793',
  languageCode: '1',
  mark: '0',
  partnerCode: 'P000270',
  terminal: '1',
  tradeTime: '1645683857572',
  tradeType: 'singleVerify',
  url: 'https://dist.linksfield.net/login',
  version: '3.0',
  sign: 'ea7a3bba7e345e0b8ca7f7e3b43d6e72',
};

/** §9.6 Get available data-plan products; its `sign` is the plain MD5 of the sorted content. */
export const listPlansRequest = {
  area: '欧洲',
  deviceCode: '89852420180910340793',
  languageCode: '1',
  mark: '0',
  partnerCode: 'P000270',
  sign: '3fdb15332726c77cd792ea2328f98a80',
  terminal: '0',
  tradeTime: '1645782486394',
  tradeType: 'singleServicePlanPage',
  version: '3.0',
};

/** §9.7 Create user order (its `sign` matches no reading of the rule: a placeholder, like its `"string"` values). */
export const createOrderRequest = {
  autoRenewal: '0',
  deviceCode: '89860220190905123941',
  languageCode: '0',
  mark: '0',
  orderNo: '2020061214140465562',
  orderPeriod: '1',
  packageCode: 'PACKAGE20180428000007',
  partnerCode: 'P000818',
  payAmount: '4.99',
  payCurrency: 'USD',
  payId: 'P0008182020061214140465562',
  requestOrderId: '000000000001',
  servicePlanCode: 'string',
  servicePlanShowName: 'string',
  sign: 'b2a9e697bdff66049803d62ffeffccaf',
  terminal: '0',
  tradeTime: '20181031256548',
  tradeType: 'verify',
  version: '3.0',
};
export const createOrderResponse = {
  deviceCode: '89860012018111220455',
  orderNo: '2020061214140465562',
  partnerCode: 'P000270',
  payId: 'P0008182020061214140465562',
};

/** §9.10 Query in-use and not-yet-enabled orders. */
export const listOrdersRequest = {
  deviceCode: '89860220190905123941',
  languageCode: '1',
  mark: '0',
  partnerCode: 'P000818',
  sign: 'b2a9e697bdff66049803d62ffeffccaf',
  terminal: '0',
  tradeTime: '20181031256548',
  tradeType: 'verify',
  version: '3.0',
};
export const listOrdersResponse = {
  operateCode: 'S',
  message: 'success',
  data: {
    partnerCode: 'SU528SX8BZ',
    deviceCode: '89852121501108205774',
    orderList: [
      {
        orderStatus: '2',
        servicePlanShowName: 'Singapore 2G 30-Days Unlimited Speech',
        time: '1',
        unit: '2',
        expireDate: '2024-07-31',
        remainingDays: '0',
      },
      {
        orderStatus: '1',
        servicePlanShowName: 'Singapore 2G 30-Days Unlimited Speech',
        time: '1',
        unit: '2',
        remainingDays: '30',
      },
      {
        orderStatus: '1',
        servicePlanShowName: 'Singapore 2G 30-Days Unlimited Speech',
        time: '2',
        unit: '2',
        remainingDays: '60',
      },
    ],
  },
};

/** §9.12 Create user order, third-party payment (cut off after `payUnit` in the reference). */
export const createPaidOrderRequest = {
  autoRenewal: '0',
  deviceCode: '89852420180910340793',
  languageCode: '',
  mark: '0',
  orderNo: 'NO2023060915590562022',
  orderPeriod: '1',
  orgOrderId: '',
  packageCode: 'DP20190726001274',
  partnerCode: 'P000270',
  payAccount: '1',
  payAmount: '12.36',
  payCurrency: 'GBP',
  payId: 'P000000002022',
  payResultDate: '2022-06-07 15:10:35',
  payRst: 'SUCCESS',
  payStatus: '1',
  payType: '3',
};
