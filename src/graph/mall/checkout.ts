import type { MallCheckout, MallPlan } from '../../upstream/mall/model.js';
import type { GraphContext } from '../context.js';
import { checkIccid, notFound } from '../errors.js';
import { checkCount, checkMoney, totalOf } from '../money.js';
import { checkMallId } from './ids.js';
import type { MallCheckoutInput } from './order.type.js';

/** The Mall documents no period limit; its plans run up to a year a period. */
const MAX_PERIODS = 24;

/** The checkout as the Mall takes it, with the plan it is for: read from the card's own plan list. */
export async function checkoutOf(
  context: GraphContext,
  input: MallCheckoutInput,
): Promise<{ checkout: MallCheckout; plan: MallPlan }> {
  const iccid = checkIccid(input.iccid, 'input.iccid');
  const periods = checkCount(input.periods, MAX_PERIODS, 'input.periods');
  const orderNumber = checkMallId(input.orderNumber, 'input.orderNumber');
  const plans = await context.loaders.mallRead('listPlans', { iccid });
  const plan = plans.find((candidate) => candidate.code === input.planCode);
  if (!plan) throw notFound(`card ${iccid} has no plan ${input.planCode.slice(0, 40)} to buy`);
  const amount =
    input.total == null ? totalOf(plan.price, periods) : checkMoney(input.total, 'input.total', plan.currency).amount;
  return { plan, checkout: { iccid, orderNumber, planCode: plan.code, periods, amount, currency: plan.currency } };
}
