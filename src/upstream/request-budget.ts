import type { Span } from '@opentelemetry/api';
import { currentContext, runWithin } from './operation-context.js';

/**
 * What one GraphQL operation allows the upstream calls it causes: a deadline and a number of calls. The server
 * runs each operation inside `withRequestBudget`, so every upstream attempt below it (loaders, cache fills,
 * services) finds the budget without it being passed through every signature.
 */
export interface RequestBudget {
  /** Epoch milliseconds after which no upstream attempt may start or go on; absent: only the attempt's own timeout. */
  deadline?: number;
  /** Most upstream calls the operation may make; absent: no cap. */
  maxCalls?: number;
  /** Upstream calls made so far. */
  calls: number;
  /** The operation's trace span: every upstream call below it becomes its child, and log lines carry its trace id. */
  span?: Span;
}

export function withRequestBudget<T>(budget: RequestBudget, run: () => T): T {
  return runWithin({ budget }, run);
}

/** The budget of the operation this code runs for; undefined outside any (start-up, pollers, webhooks). */
export function currentBudget(): RequestBudget | undefined {
  return currentContext()?.budget;
}

/** Raised when an operation's upstream calls reach its cap: the call is not sent (extensions.code `COST_LIMIT`). */
class UpstreamCallLimitError extends Error {
  readonly code = 'COST_LIMIT';
  /** Read by graphql-js when it wraps this error for a field, so clients see `extensions.code`. */
  readonly extensions = { code: 'COST_LIMIT' };
  constructor(readonly maxCalls: number) {
    super(`this operation reached its limit of ${maxCalls} upstream calls; ask for fewer SIMs, pages or aliases`);
    this.name = 'UpstreamCallLimitError';
  }
}

/**
 * Counts one upstream attempt against the current operation's budget, before it is sent; past the cap it throws
 * instead, so the estimate's misses (lists longer than assumed) still cannot run away.
 */
export function chargeUpstreamCall(): void {
  const budget = currentContext()?.budget;
  if (!budget) return;
  if (budget.maxCalls !== undefined && budget.calls >= budget.maxCalls)
    throw new UpstreamCallLimitError(budget.maxCalls);
  budget.calls += 1;
}
