import { timingSafeEqual } from 'node:crypto';

/** Compares a received signature or credential with the expected one in constant time, so timing leaks no prefix. */
export function sameText(received: string, expected: string): boolean {
  const given = Buffer.from(received, 'utf8');
  const wanted = Buffer.from(expected, 'utf8');
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
