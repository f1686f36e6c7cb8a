/**
 * The scopes a caller can hold, named exactly as clients, tokens and the README name them. Each field of the
 * graph declares the one it needs with `@Authorized(scope)`; a caller without it gets FORBIDDEN for that field.
 */
export const SCOPES = {
  'sims:read': 'SIMs, their usage and balances, plans and the fleet views',
  'orders:read': 'plan orders and their history',
  'orders:write': 'ordering plans and changing orders (renew, enable, cancel, end, suspend, resume, OTA, bulk)',
  'sms:send': 'sending SMS to SIMs',
  'notifications:read': 'every subscription over Linksfield events, and their replay',
  esim: 'the eSIM QR Mall: catalogue, users, pre-orders, orders and eSIMs',
  'mall:read': 'Mall cards, plans, orders, payments and bundle groups',
  'mall:write': 'Mall orders, payments, renewals and bundle-group changes',
  admin: 'the audit log, operational queries, and introspection in production',
} as const satisfies Record<string, string>;

export type Scope = keyof typeof SCOPES;

export const ALL_SCOPES: readonly Scope[] = Object.keys(SCOPES) as Scope[];

export function isScope(name: string): name is Scope {
  return Object.hasOwn(SCOPES, name);
}
