import { AsyncLocalStorage } from 'node:async_hooks';
import type { ReadTrace } from './read-trace.js';
import type { RequestBudget } from './request-budget.js';

/**
 * What one operation hands down to every upstream call and cache read below it, without passing it through every
 * signature: its budget (`request-budget.ts`) and its read trace (`read-trace.ts`). One AsyncLocalStorage for both:
 * on Node 20 each one copies its store onto every promise made, and a second one made each await about 2.5x dearer.
 */
export interface OperationContext {
  budget?: RequestBudget;
  trace?: ReadTrace;
  /** True inside a read-cache fill: the upstream calls made there are what the cache entry stands for. */
  filling: boolean;
}

const storage = new AsyncLocalStorage<OperationContext>();

/** Runs `run` with `change` over the current context: what it does not name is kept. */
export function runWithin<T>(change: Partial<OperationContext>, run: () => T): T {
  const current = storage.getStore();
  return storage.run(
    { budget: current?.budget, trace: current?.trace, filling: current?.filling ?? false, ...change },
    run,
  );
}

/** The context this code runs in; undefined outside any operation (start-up, pollers, webhooks). */
export function currentContext(): OperationContext | undefined {
  return storage.getStore();
}
