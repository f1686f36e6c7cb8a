import type { SimScope } from './caller.js';

/** An `iccids` entry of the clients file: an exact ICCID, or a prefix ending in `*`. */
export const ICCID_PATTERN = /^\d{1,22}\*$|^\d{18,22}$/;

/** The SIM scope of `iccids` patterns; an empty list allows no SIM at all. */
export function simScopeOf(patterns: readonly string[]): SimScope {
  const exact = new Set(patterns.filter((pattern) => !pattern.endsWith('*')));
  const prefixes = patterns.filter((pattern) => pattern.endsWith('*')).map((pattern) => pattern.slice(0, -1));
  return {
    patterns: [...new Set(patterns)].sort(),
    allows: (iccid) => exact.has(iccid) || prefixes.some((prefix) => iccid.startsWith(prefix)),
  };
}

/** True when the caller (its SIM scope, null for every SIM) may see and touch every one of these SIMs. */
export function allowsAll(sims: SimScope | null, iccids: Iterable<string>): boolean {
  if (sims === null) return true;
  for (const iccid of iccids) if (!sims.allows(iccid)) return false;
  return true;
}
