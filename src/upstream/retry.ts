import { ExponentialBackoff, handleWhen, retry, type IPolicy } from 'cockatiel';
import { UpstreamError } from './errors.js';

/**
 * Reads are repeated on network errors, timeouts, 5xx and busy codes, with jittered exponential backoff.
 * Writes go through `noRetry`: an order, an SMS or a payment is never sent twice by the gateway.
 */
export function readRetryPolicy(retries: number): IPolicy {
  return retry(
    handleWhen((error) => error instanceof UpstreamError && error.retryable),
    { maxAttempts: retries, backoff: new ExponentialBackoff({ initialDelay: 50, maxDelay: 1_000 }) },
  );
}
