import {
  OrderKind,
  PaymentMethod,
  paymentMethodCodes,
  PaymentState,
  paymentStateCodes,
} from '../../../upstream/csss/enums.js';
import { CsssFailure } from '../failure.js';
import type { SimState } from '../fleet.js';
import type { NewOrder } from '../orders.js';
import { PERIOD_DAYS } from '../plans.js';
import type { CsssState } from '../state.js';
import { optional, text, type Body } from './context.js';

/**
 * Reads the purchase fields orderPackage, batchOrderPackages and createOtaOrder share (§4.2) and checks their
 * values (1004), the plan (2003) and, for OTA, that the plan is an OTA plan. The catalogue's name and type win
 * over `package_name` / `package_type`, which are only checked to be well-formed.
 */
export type Purchase = Omit<NewOrder, 'sim'>;

function flag(body: Body, name: string): boolean {
  const value = text(body, name);
  if (value !== '0' && value !== '1') throw new CsssFailure('1004', `${name} must be "0" or "1"`);
  return value === '1';
}

function wholeNumber(value: unknown, name: string, max: number): number {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1 || number > max) {
    throw new CsssFailure('1004', `${name} must be a whole number from 1 to ${max}`);
  }
  return number;
}

export function readPurchase(body: Body, state: CsssState, ota: boolean): Purchase {
  const plan = state.requirePlan(text(body, 'package_code'));
  if (ota && !plan.ota) throw new CsssFailure('2003', `${plan.code} is not an OTA plan`);
  if (!/^[0-5]$/.test(text(body, 'package_type'))) throw new CsssFailure('1004', 'package_type must be "0" to "5"');
  const paymentState = paymentStateCodes.decode(text(body, 'pay_rst'));
  if (paymentState === PaymentState.UNKNOWN) throw new CsssFailure('1004', 'pay_rst must be "1" or "2"');
  const payType = optional(body, 'pay_type');
  const paymentMethod = payType === undefined ? null : paymentMethodCodes.decode(payType);
  if (paymentMethod === PaymentMethod.UNKNOWN) throw new CsssFailure('1004', 'pay_type must be "0", "1" or "2"');
  const amount = optional(body, 'pay_amount') ?? '0';
  if (!/^\d+(\.\d{1,2})?$/.test(amount))
    throw new CsssFailure('1004', 'pay_amount must be an amount with up to two decimals');
  const testFlow = text(body, 'test_flow');
  if (!/^\d+(\.\d+)?$/.test(testFlow)) throw new CsssFailure('1004', 'test_flow must be a number of MB');
  const testFlowFlag = flag(body, 'test_flow_flag');
  return {
    plan,
    kind: ota ? OrderKind.OTA : OrderKind.NEW,
    periods: wholeNumber(body.order_period, 'order_period', 120),
    periodDays: ota ? wholeNumber(body.days, 'days', 3_650) : PERIOD_DAYS[plan.type],
    enableNow: flag(body, 'is_open'),
    paymentState,
    paymentMethod,
    amount,
    hostNumber: flag(body, 'global_order'),
    testFlowMb: testFlowFlag ? Number(testFlow) : 0,
  };
}

/** A new order for a SIM that had orders before is a re-purchase (`buyType` 2); OTA orders stay OTA. */
export function orderFor(state: CsssState, sim: SimState, purchase: Purchase): NewOrder {
  const kind =
    purchase.kind === OrderKind.NEW && state.orders.forSim(sim.iccid).length > 0 ? OrderKind.RENEWAL : purchase.kind;
  return { ...purchase, sim, kind };
}

export function renewPeriods(body: Body): number {
  return wholeNumber(body.renew_period, 'renew_period', 120);
}
