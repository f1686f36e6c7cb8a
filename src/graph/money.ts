import { Field, InputType, ObjectType } from 'type-graphql';
import { badInput } from './errors.js';

/** Amounts travel as decimal strings with at most two decimals, and totals are summed in cents so none drifts. */
const AMOUNT = /^\d{1,9}(\.\d{1,2})?$/;

export function checkAmount(amount: string, field: string): string {
  if (!AMOUNT.test(amount)) throw badInput(`${field} must be a decimal with at most two decimals, e.g. "12.50"`, field);
  return amount;
}

/** `unitPrice` × `count`, as a decimal string with two decimals. */
export function totalOf(unitPrice: string, count: number): string {
  return ((Math.round(Number(unitPrice) * 100) * count) / 100).toFixed(2);
}

/** A whole number from 1 to `max`, or a BAD_USER_INPUT naming the field. */
export function checkCount(value: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw badInput(`${field} must be a whole number from 1 to ${max}`, field);
  return value;
}

const CURRENCY = /^[A-Z]{3}$/;

@ObjectType({
  description: 'An amount of money: a decimal string (never a float, so nothing is lost to rounding) in one currency.',
})
export class Money {
  @Field(() => String, { description: 'The amount, a decimal string, e.g. `"12.50"`.' })
  amount!: string;

  @Field(() => String, { description: 'The currency, an ISO 4217 code, e.g. `USD`.' })
  currency!: string;
}

@InputType({
  description: 'An amount of money a client sends: a decimal string with at most two decimals, in one currency.',
})
export class MoneyInput {
  @Field(() => String, { description: 'The amount, a decimal string with at most two decimals, e.g. `"12.50"`.' })
  amount!: string;

  @Field(() => String, { description: 'The currency, an ISO 4217 code, e.g. `USD`.' })
  currency!: string;
}

/** Money from an amount and a currency read upstream; null when either is missing. */
export function moneyOf(amount: string | null | undefined, currency: string | null | undefined): Money | null {
  return amount == null || amount === '' || currency == null || currency === '' ? null : { amount, currency };
}

/**
 * A client's money checked: the amount as `checkAmount`, the currency a three-letter code and, when the price is
 * in a known currency, that one (an amount in another currency is refused, never converted).
 */
export function checkMoney(money: MoneyInput, field: string, expectedCurrency?: string | null): MoneyInput {
  checkAmount(money.amount, `${field}.amount`);
  if (!CURRENCY.test(money.currency))
    throw badInput(`${field}.currency must be a three-letter code, e.g. "USD"`, `${field}.currency`);
  if (expectedCurrency && money.currency !== expectedCurrency)
    throw badInput(`${field}.currency must be ${expectedCurrency}, the currency of the price`, `${field}.currency`);
  return money;
}
