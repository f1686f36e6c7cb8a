import type { mallEndpoints } from '../../upstream/mall/endpoints.js';

/** Where the graph reaches each Mall endpoint, as data for the README's coverage table (`src/graph/coverage.ts`). */
export const mallCoverage: Readonly<Record<keyof typeof mallEndpoints, string>> = {
  verifyCard: '`mallCard(iccid, loginUrl)` (Mall reads are sent once per request)',
  listPlans: '`MallCard.plans(area)`; plan code, name and price for every order and payment mutation',
  createOrder: '`createMallOrder(input, idempotencyKey)`',
  listOrders: '`MallCard.orders`',
  createPaidOrder: '`createMallPaidOrder(input, idempotencyKey)`',
  listAutoRenewals: '`MallCard.autoRenewals`',
  cancelAutoRenewal: '`cancelMallAutoRenewal(input, idempotencyKey)`',
  getActiveAutoRenewal: '`MallCard.activeAutoRenewal`',
  authorizePayment: '`authorizeMallPayment(input, idempotencyKey)`',
  authorizeSubscription: '`authorizeMallSubscription(input, idempotencyKey)`',
  createSubscription: '`createMallSubscription(input, idempotencyKey)`',
  getPaymentResult: '`mallPaymentResult(paymentId)`',
  confirmPayment: '`confirmMallPayment(input, idempotencyKey)`',
  addGroupSims: '`addMallBundleGroupSims(input, idempotencyKey)` (up to the batch limit, never split)',
  removeGroupSims: '`removeMallBundleGroupSims(input, idempotencyKey)` (up to the batch limit, never split)',
  listGroupSims: '`MallBundleGroup.iccids` (once per group and request)',
  listGroups: '`mallBundleGroups`, `mallBundleGroup(id)`',
  getGroupOperation: '`mallBundleGroupOperation(id)`, `MallBundleGroupChange.operation`',
  getOrder: '`mallOrder(lookup: { purchaseOrderId | orderId | iccid })`, `MallOrderPlacement.order`',
};
