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
  if (!Number.isInteger(value) || value < 1 || value > max) throw badInput(`${field} must be a whole number from 1 to ${max}`, field);
  return value;
}
