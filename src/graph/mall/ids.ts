import { badInput } from '../errors.js';

/** Mall ids (order numbers, payment ids, renewal, group and operation ids) are undocumented: short, URL-safe tokens. */
const MALL_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

export function checkMallId(value: string, field: string): string {
  if (!MALL_ID.test(value)) throw badInput(`${field} must be 1 to 64 letters, digits or _ . : -`, field);
  return value;
}
