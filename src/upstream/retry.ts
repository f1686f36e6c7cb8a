import { ExponentialBackoff, type IBackoff } from 'cockatiel';
import { UpstreamError } from './errors.js';

/**
 * Retries draw from a budget that first attempts fill: each first attempt adds `ratio` of a token, each retry
 * takes one. So over time a family makes at most `ratio` extra calls (0.2: 20 %), and a failing upstream is never
 * hit with three times its load. A small reserve (`reserve` tokens) lets a quiet gateway still retry.
 */
export class RetryBudget {
  private tokens: number;

  constructor(
    private readonly ratio: number,
    private readonly reserve = 10,
  ) {
    this.tokens = reserve;
  }

  /** A first attempt was made. */
  deposit(): void {
    this.tokens = Math.min(this.reserve, this.tokens + this.ratio);
  }

  /** True (and a token is spent) when one more retry is allowed now. */
  withdraw(): boolean {
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Jittered exponential backoff between the attempts of one read: 50 ms, then about twice as long, at most 1 s. */
export function retryBackoff(): IBackoff<unknown> {
  return new ExponentialBackoff({ initialDelay: 50, maxDelay: 1_000 }).next();
}

/** Network errors, 5xx, timeouts and busy codes: repeating the same read may succeed. */
export function isRetryable(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError && error.retryable;
}
