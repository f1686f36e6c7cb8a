import { list, optionalText, text, type Json } from '../../upstream/decode.js';
import type { MallEndpointName } from '../../upstream/mall/endpoints.js';
import { BoundedMap } from '../bounded-map.js';
import type { Cards } from './cards.js';
import { MallFailure } from './failure.js';
import type { Groups } from './groups.js';
import type { Payment, Payments } from './payments.js';
import { checkPrice, findPlan, plansIn, type PlanProduct } from './plans.js';
import type { Renewals } from './renewals.js';

/** One handler per row of the Mall table; each gets the request's parameters (path, query and body together). */
export type MallHandlers = { readonly [K in MallEndpointName]: (params: Json) => unknown };

export interface MallState {
  partnerCode: string;
  cards: Cards;
  renewals: Renewals;
  payments: Payments;
  groups: Groups;
  /** Answers already given per `requestOrderId`, so a repeated create order places nothing twice. */
  requests: BoundedMap<string, { fingerprint: string; answer: Record<string, unknown> }>;
}

export function mallHandlers(state: MallState): MallHandlers {
  const { cards, renewals, payments, groups } = state;

  const placedWire = (iccid: string, orderNo: string, payId: string) => ({
    deviceCode: iccid,
    orderNo,
    partnerCode: state.partnerCode,
    payId,
  });

  /** Places an order the partner has been paid for, with its auto-renewal when asked. */
  const placePaid = (params: Json, plan: PlanProduct) => {
    const iccid = text(params, 'deviceCode');
    cards.card(iccid);
    const periods = Number(text(params, 'orderPeriod'));
    const amount = checkPrice(plan, periods, text(params, 'payAmount'), text(params, 'payCurrency'));
    const orderNo = text(params, 'orderNo');
    const payId = text(params, 'payId');
    cards.place({ purchaseOrderId: orderNo, iccid, plan, periods, amount, currency: plan.currency, payId });
    if (text(params, 'autoRenewal') === '1') renewals.start(iccid, plan, periods, amount);
    return placedWire(iccid, orderNo, payId);
  };

  const placeFromPayment = (payment: Payment) =>
    cards.place({
      purchaseOrderId: payment.orderNo,
      iccid: payment.iccid,
      plan: payment.plan,
      periods: payment.periods,
      amount: payment.amount,
      currency: payment.plan.currency,
      payId: payment.payId,
    });

  const authorize = (params: Json, subscription: boolean) => {
    const iccid = text(params, 'deviceCode');
    cards.card(iccid);
    const plan = findPlan(text(params, 'packageCode'));
    const periods = Number(text(params, 'orderPeriod'));
    const amount = checkPrice(plan, periods, text(params, 'payAmount'), text(params, 'payCurrency'));
    return payments.authorize({ iccid, plan, periods, amount, orderNo: text(params, 'orderNo') }, subscription);
  };

  const simIds = (params: Json) => list(params.sim_ids, 'sim_ids').map(String);

  return {
    verifyCard: (params) => {
      const iccid = text(params, 'deviceCode');
      cards.card(iccid);
      return { partnerCode: state.partnerCode, deviceCode: iccid };
    },
    listPlans: (params) => {
      cards.card(text(params, 'deviceCode'));
      return {
        servicePlanList: plansIn(optionalText(params, 'area')).map((plan) => ({
          packageCode: plan.packageCode,
          servicePlanCode: plan.servicePlanCode,
          servicePlanShowName: plan.name,
          area: plan.area,
          time: String(plan.time),
          unit: plan.unit,
          price: plan.price.toFixed(2),
          currency: plan.currency,
        })),
      };
    },
    createOrder: (params) => {
      const requestId = text(params, 'requestOrderId');
      const fingerprint = [
        'deviceCode',
        'orderNo',
        'packageCode',
        'servicePlanCode',
        'orderPeriod',
        'payAmount',
        'payCurrency',
        'payId',
      ]
        .map((key) => optionalText(params, key))
        .join('|');
      const earlier = state.requests.get(requestId);
      if (earlier) {
        if (earlier.fingerprint !== fingerprint) throw new MallFailure('E2001', requestId);
        return earlier.answer;
      }
      const answer = placePaid(params, findPlan(text(params, 'packageCode'), text(params, 'servicePlanCode')));
      state.requests.set(requestId, { fingerprint, answer });
      return answer;
    },
    listOrders: (params) => {
      const iccid = text(params, 'deviceCode');
      return { partnerCode: state.partnerCode, deviceCode: iccid, orderList: cards.orderListWire(iccid) };
    },
    createPaidOrder: (params) => {
      if (text(params, 'payRst') !== 'SUCCESS') throw new MallFailure('E2003', 'payRst must be SUCCESS');
      return placePaid(params, findPlan(text(params, 'packageCode')));
    },
    listAutoRenewals: (params) => {
      const iccid = text(params, 'deviceCode');
      cards.card(iccid);
      return { renewalList: renewals.list(iccid) };
    },
    cancelAutoRenewal: (params) => renewals.cancel(text(params, 'deviceCode'), text(params, 'renewalId')),
    getActiveAutoRenewal: (params) => {
      const iccid = text(params, 'deviceCode');
      cards.card(iccid);
      return renewals.active(iccid);
    },
    authorizePayment: (params) => authorize(params, false),
    authorizeSubscription: (params) => authorize(params, true),
    createSubscription: (params) => {
      const payment = payments.get(text(params, 'payId'));
      if (payment.iccid !== text(params, 'deviceCode'))
        throw new MallFailure('E1007', `${payment.payId} is not for that card`);
      payments.settle(payment.payId, true);
      placeFromPayment(payment);
      return renewals.start(payment.iccid, payment.plan, payment.periods, payment.amount);
    },
    getPaymentResult: (params) => payments.resultWire(payments.get(text(params, 'payId'))),
    confirmPayment: (params) => {
      const payment = payments.settle(text(params, 'payId'), false);
      placeFromPayment(payment);
      return payments.resultWire(payment);
    },
    addGroupSims: (params) => groups.add(text(params, 'group_id'), simIds(params)),
    removeGroupSims: (params) => groups.remove(text(params, 'group_id'), simIds(params)),
    listGroupSims: (params) => groups.sims(text(params, 'group_id')),
    listGroups: () => groups.list(),
    getGroupOperation: (params) => groups.operation(text(params, 'operation_id')),
    getOrder: (params) => {
      const purchaseOrderId = optionalText(params, 'purchase_order_id');
      const orderId = optionalText(params, 'order_id');
      const iccid = optionalText(params, 'sim_id');
      // Lookup keys in priority order (§9.24).
      const lookup =
        purchaseOrderId !== null
          ? { purchaseOrderId }
          : orderId !== null
            ? { orderId }
            : iccid !== null
              ? { iccid }
              : null;
      if (lookup === null) throw new MallFailure('E0003', 'one of purchase_order_id, order_id, sim_id is required');
      return cards.detailWire(cards.find(lookup));
    },
  };
}
