import type { fmsEndpoints } from '../../upstream/fms/endpoints.js';
import type { mallEndpoints } from '../../upstream/mall/endpoints.js';

/** Where the graph reaches each FMS and Mall endpoint, as data for the README's coverage table (`src/graph/coverage.ts`). */
export const fmsCoverage: Readonly<Record<keyof typeof fmsEndpoints, string>> = {
  login: '`esimLogin(email, password, app)`',
  register: '`esimRegister(email, password, app)`',
  requestVerificationCode: '`requestEsimVerificationCode(email)`',
  resetPassword: '`resetEsimPassword(email, password, newPassword)`',
  listCountries: '`esimCountries` (cached 10 min)',
  listCountryPackages: '`EsimCountry.packages(scope)` (cached)',
  listPackages: '`esimPackages(mcc, countryName, scope)` (cached)',
  listRegions: '`esimRegions` (cached)',
  listRegionPackages: '`esimPackages(region)`, `EsimRegion.packages` (cached)',
  listHotPackages: '`esimHotPackages` (cached)',
  getPackage: '`esimPackage(id)`, `EsimPackage.detail`; code, currency id and price for `esimPreOrder` / `esimTopUp` (cached)',
  preOrder: '`esimPreOrder(input, idempotencyKey)` (token)',
  preOrderV12: '`esimPreOrder(input, apiVersion: V1_2, idempotencyKey)` (token)',
  reportPayment: '`reportEsimPayment(input, idempotencyKey)` (token)',
  getOrderStatus: '`esimOrder(orderId)` query and subscription (one poller per order and user), `EsimPaymentReport.order` (token)',
  getEsim: '`myEsim(orderId)` (token)',
  listTopUpPackages: '`Esim.topUpPackages` (token)',
  topUp: '`esimTopUp(input, idempotencyKey)` (token)',
};

export const mallCoverage: Readonly<Record<keyof typeof mallEndpoints, string>> = {
  verifyCard: '`mallCard(iccid, loginUrl)`',
  listPlans: '`MallCard.plans(area)`; plan code, name and price for every order and payment mutation',
  createOrder: '`createMallOrder(input, idempotencyKey)`',
  listOrders: '`MallCard.orders`',
  createPaidOrder: '`createMallPaidOrder(input, idempotencyKey)`',
  listAutoRenewals: '`MallCard.autoRenewals`',
  cancelAutoRenewal: '`cancelMallAutoRenewal(iccid, renewalId, idempotencyKey)`',
  getActiveAutoRenewal: '`MallCard.activeAutoRenewal`',
  authorizePayment: '`authorizeMallPayment(input, idempotencyKey)`',
  authorizeSubscription: '`authorizeMallSubscription(input, idempotencyKey)`',
  createSubscription: '`createMallSubscription(iccid, paymentId, idempotencyKey)`',
  getPaymentResult: '`mallPaymentResult(paymentId)`',
  confirmPayment: '`confirmMallPayment(paymentId, idempotencyKey)`',
  addGroupSims: '`addMallBundleGroupSims(groupId, iccids, idempotencyKey)` (up to the batch limit, never split)',
  removeGroupSims: '`removeMallBundleGroupSims(groupId, iccids, idempotencyKey)` (up to the batch limit, never split)',
  listGroupSims: '`MallBundleGroup.iccids`',
  listGroups: '`mallBundleGroups`, `mallBundleGroup(id)`',
  getGroupOperation: '`mallBundleGroupOperation(id)`, `MallBundleGroupChange.operation`',
  getOrder: '`mallOrder(purchaseOrderId, orderId, iccid)`, `MallOrderPlacement.order`',
};
