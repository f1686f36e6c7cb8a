import { createHash } from 'node:crypto';
import type { Caller } from './caller.js';

/**
 * The name a caller's idempotency keys and eSIM pollers live under, so one client's key never returns another
 * client's result: the client id, else the token's subject (hashed: it may be an e-mail address), else anonymous.
 */
export function namespaceOf(caller: Caller): string {
  if (caller.clientId !== null) return `client:${caller.clientId}`;
  if (caller.subject !== undefined)
    return `subject:${createHash('sha256').update(caller.subject).digest('hex').slice(0, 24)}`;
  return 'anonymous';
}
