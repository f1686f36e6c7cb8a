import { MallCardResolver, MallPlanResolver } from './card.resolver.js';
import { MallBundleGroupChangeResolver, MallBundleGroupResolver } from './group.resolver.js';
import { MallOrderAmountResolver, MallOrderResolver } from './order.resolver.js';
import { MallPaymentResolver } from './payment.resolver.js';
import { MallRenewalResolver } from './renewal.resolver.js';

/** The Mall / Topup domain's resolvers: cards, their plans, orders, payments, auto-renewals and bundle groups. */
export const mallResolvers: Function[] = [
  MallCardResolver,
  MallPlanResolver,
  MallOrderResolver,
  MallOrderAmountResolver,
  MallPaymentResolver,
  MallRenewalResolver,
  MallBundleGroupResolver,
  MallBundleGroupChangeResolver,
];
