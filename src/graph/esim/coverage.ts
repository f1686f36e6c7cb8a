import type { fmsEndpoints } from '../../upstream/fms/endpoints.js';

/** Where the graph reaches each FMS endpoint, as data for the README's coverage table (`src/graph/coverage.ts`). */
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
