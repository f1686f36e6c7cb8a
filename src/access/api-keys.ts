import { createHash, randomBytes } from 'node:crypto';

/** Keys are `lfk_` and 43 base64url characters (256 random bits): recognisable in a leak scan, never a JWT (no dots). */
const KEY_PREFIX = 'lfk_';

export function newApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** Lowercase hex SHA-256: the clients file holds `sha256:<this>`, never the key. */
export function keyDigest(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
