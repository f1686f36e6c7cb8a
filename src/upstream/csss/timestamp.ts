/** CSSS timestamps are 10-digit epoch seconds sent as strings, as in every endpoint example (§1.1). */
export function csssTimestamp(now: number = Date.now()): string {
  return String(Math.floor(now / 1000));
}

/** How far a request's timestamp may be from the receiver's clock (§1.1: "within 5 minutes"). */
export const TIMESTAMP_TOLERANCE_MS = 5 * 60 * 1000;

/** Parses a CSSS timestamp in seconds or, as the overview's example shows, milliseconds (told apart by length). */
export function parseCsssTimestamp(value: unknown): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  const digits = String(value);
  if (!/^\d{10}$|^\d{13}$/.test(digits)) return null;
  return digits.length === 13 ? Number(digits) : Number(digits) * 1000;
}
