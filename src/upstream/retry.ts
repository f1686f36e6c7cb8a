import { ExponentialBackoff, handleWhen, retry, type IPolicy } from 'cockatiel';
import type { Effect } from './endpoint.js';
import { UpstreamError } from './errors.js';

/**
 * Reads are repeated on network errors, timeouts, 5xx and busy codes, with jittered exponential backoff.
 * Writes are sent once: an order, an SMS or a payment is never sent twice by the gateway.
 */
export function readRetryPolicy(retries = 2): IPolicy {
  return retry(
    handleWhen((error) => error instanceof UpstreamError && error.retryable),
    { maxAttempts: retries, backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 1_000 }) },
  );
}

/** Sends a read under the policy and a write exactly once, as the row's `effect` says. */
export function sendByEffect<T>(effect: Effect, readPolicy: IPolicy, send: () => Promise<T>): Promise<T> {
  return effect === 'read' ? readPolicy.execute(send) : send();
}
