import { randomBytes } from 'node:crypto';
import { formatFmsTime } from '../../upstream/fms/units.js';
import { BoundedMap } from '../bounded-map.js';
import { FmsFailure } from './failure.js';

/** The shop's end users and their access tokens: a new token on every sign-in, each valid for 3 days (§8.1). */

const TOKEN_TTL_MS = 3 * 24 * 3600 * 1000;

export interface Account {
  id: string;
  email: string;
  /** MD5 hex of the password, as FMS receives it. */
  passwordHash: string;
}

export interface AccountLimits {
  users: number;
  tokens: number;
}

const PASSWORD_HASH = /^[0-9a-f]{32}$/i;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}$/;

export class Accounts {
  private readonly byEmail = new Map<string, Account>();
  private readonly tokens: BoundedMap<string, { account: Account; expiresAt: number }>;
  private nextId = 20_000_001;

  constructor(
    private readonly now: () => number,
    private readonly limits: AccountLimits,
  ) {
    this.tokens = new BoundedMap(limits.tokens);
  }

  register(email: string, passwordHash: string): Record<string, unknown> {
    checkCredentials(email, passwordHash);
    const key = email.toLowerCase();
    if (this.byEmail.has(key)) throw new FmsFailure('1002', email);
    if (this.byEmail.size >= this.limits.users) throw new FmsFailure('9999', 'the sandbox holds no more users');
    const account: Account = { id: String(this.nextId++), email, passwordHash: passwordHash.toLowerCase() };
    this.byEmail.set(key, account);
    return this.issue(account);
  }

  login(email: string, passwordHash: string): Record<string, unknown> {
    return this.issue(this.check(email, passwordHash));
  }

  /** Sets a new password; every token issued before stops working, so the user signs in again (§8.5). */
  resetPassword(email: string, passwordHash: string, newPasswordHash: string): void {
    const account = this.check(email, passwordHash);
    checkCredentials(email, newPasswordHash);
    account.passwordHash = newPasswordHash.toLowerCase();
    for (const [token, session] of this.tokens) if (session.account === account) this.tokens.delete(token);
  }

  /** The account behind an `x-access-token`; a missing, unknown or expired token is code 7. */
  authenticate(token: string | undefined): Account {
    const session = token === undefined ? undefined : this.tokens.get(token);
    if (!session || session.expiresAt <= this.now()) throw new FmsFailure('7');
    return session.account;
  }

  private check(email: string, passwordHash: string): Account {
    const account = this.byEmail.get(email.toLowerCase());
    if (!account || account.passwordHash !== passwordHash.toLowerCase()) throw new FmsFailure('1001');
    return account;
  }

  private issue(account: Account): Record<string, unknown> {
    this.dropExpiredTokensWhenFull();
    const token = randomBytes(24).toString('base64url');
    const expiresAt = this.now() + TOKEN_TTL_MS;
    this.tokens.set(token, { account, expiresAt });
    return { token, userId: account.id, email: account.email, expireTime: formatFmsTime(new Date(expiresAt)) };
  }

  /** Expired tokens make room first; when none has expired, the bounded map lets the oldest one go. */
  private dropExpiredTokensWhenFull(): void {
    if (this.tokens.size < this.tokens.limit) return;
    const now = this.now();
    for (const [token, session] of this.tokens) if (session.expiresAt <= now) this.tokens.delete(token);
  }
}

export function checkEmail(email: string): void {
  if (!EMAIL.test(email)) throw new FmsFailure('2', 'email is not an email address');
}

function checkCredentials(email: string, passwordHash: string): void {
  checkEmail(email);
  if (!PASSWORD_HASH.test(passwordHash)) throw new FmsFailure('2', 'passwd must be the MD5 hex of the password');
}
