import { badInput } from '../errors.js';

/** FMS ids are numbers on the wire (§8.2): checked here so a typo costs no upstream call and stays a safe integer. */
const NUMERIC_ID = /^\d{1,15}$/;

function checkNumericId(id: string, noun: string, field: string): string {
  if (!NUMERIC_ID.test(id)) throw badInput(`"${id.slice(0, 24)}" is not ${noun} (up to 15 digits)`, field);
  return id;
}

export function checkPackageId(id: string, field = 'packageId'): string {
  return checkNumericId(id, 'a package id', field);
}

export function checkOrderId(id: string, field = 'orderId'): string {
  return checkNumericId(id, 'an eSIM order id', field);
}
