import type { mallEndpoints } from '../../upstream/mall/endpoints.js';

/** Where the graph reaches each Mall endpoint, as data for the README's coverage table (`src/graph/coverage.ts`). */
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
