import { ALL_SCOPES, type Scope } from './scopes.js';

/** Which SIMs a caller may see and touch; `null` on a caller means every SIM of the account. */
export interface SimScope {
  /** True when the ICCID is one of the caller's SIMs (exact, or matching a `prefix*` pattern). */
  allows(iccid: string): boolean;
  /** The `iccids` patterns it was made of, when it was: what a response cached for one caller may be shared by. */
  readonly patterns?: readonly string[];
}

/** Per-client limits from the clients file; absent fields fall back to the gateway's defaults. */
export interface CallerLimits {
  requestsPerMinute?: number;
  writesPerMinute?: number;
}

/**
 * Who is calling, decided once per HTTP request or WebSocket connection, before any resolver runs; the same
 * object for both transports. Resolvers read it through the context; loaders and services enforce `sims`.
 */
export interface Caller {
  /** How the caller proved who it is. */
  readonly kind: 'anonymous' | 'apiKey' | 'jwt';
  /** The client of the clients file it acts as; null for anonymous callers and tokens that name no client. */
  readonly clientId: string | null;
  /** The token's subject, for JWT callers (an end user of a front-end app). */
  readonly subject?: string;
  readonly scopes: ReadonlySet<Scope>;
  /** null: every SIM of the account. */
  readonly sims: SimScope | null;
  readonly limits: CallerLimits;
  /** When the credential stops being valid (key `expiresAt`, token `exp`); open subscriptions end then. */
  readonly expiresAt?: Date;
}

/** The caller on the built-in sandbox with no clients file: every scope, every SIM. */
export const SANDBOX_ANONYMOUS: Caller = Object.freeze({
  kind: 'anonymous',
  clientId: null,
  scopes: new Set(ALL_SCOPES),
  sims: null,
  limits: {},
});
