import type { fmsEndpoints } from '../../upstream/fms/endpoints.js';

/** Where the graph reaches each FMS endpoint, as data for the README's coverage table (`src/graph/coverage.ts`). */
export const fmsCoverage: Readonly<Record<keyof typeof fmsEndpoints, string>> = {
  login: '`esimLogin(input)`',
  register: '`esimRegister(input)`',
  requestVerificationCode: '`requestEsimVerificationCode(input)`',
  resetPassword: '`resetEsimPassword(input)`',
  listCountries: '`esimCountries` (cached 10 min)',
  listCountryPackages: '`EsimCountry.packages(scope)` (cached)',
  listPackages: '`esimPackages(location: { mcc | countryName }, scope)` (cached)',
  listRegions: '`esimRegions` (cached)',
  listRegionPackages: '`esimPackages(location: { region })`, `EsimRegion.packages` (cached)',
  listHotPackages: '`esimHotPackages` (cached)',
  getPackage:
    '`esimPackage(id)`, `EsimPackage.detail` (read once per package and request, then cached); code, currency id and price for `esimPreOrder` / `esimTopUp`',
  preOrder: '`esimPreOrder(input, idempotencyKey)` (token)',
  preOrderV12:
    'not used: `esimPreOrder` takes the documented v1.1; a deployment can point `preOrder` at the v1.2 path with an endpoint override',
  reportPayment: '`reportEsimPayment(input, idempotencyKey)` (token)',
  getOrderStatus:
    '`esimOrder(orderId)` query and subscription (one poller per order and user), `EsimPaymentReport.order` (token)',
  getEsim: '`myEsim(orderId)` (token)',
  listTopUpPackages: '`Esim.topUpPackages` (token)',
  topUp: '`esimTopUp(input, idempotencyKey)` (token)',
};
