import { createHash } from 'node:crypto';

/** FMS takes passwords as the MD5 hex of the plain text (§8.5); this is the only place the plain text is touched. */
export function hashPassword(password: string): string {
  return createHash('md5').update(password, 'utf8').digest('hex');
}
