import { GraphQLError } from 'graphql';
import type { Keyv } from 'keyv';
import { createHash } from 'node:crypto';
import type { Claims } from '../server/store.js';
import { UpstreamError } from '../upstream/errors.js';

/**
 * Idempotency keys for writes (orders, SMS). A repeat with the same key and input returns the first
 * result and makes no upstream call, for 24 hours. What it will not do is guess:
 * - a key reused with different input is refused;
 * - when the store cannot be read, the write is refused rather than risk doing it twice;
 * - when the first attempt's outcome is unknown (timeout, connection lost), a repeat is refused with
 *   OUTCOME_UNKNOWN, telling the caller to check before ordering again under a new key.
 * Concurrent repeats within one instance wait for the first; across instances an atomic claim lets one of them
 * write while the others answer IN_PROGRESS (retry to get the result), and a definite failure releases the claim.
 */
const TTL_MS = 24 * 3600 * 1000;
/** Longer than any upstream write may take (deadline × attempts), so a live claim is never taken over. */
const CLAIM_MS = 5 * 60 * 1000;
const KEY = /^[A-Za-z0-9_.:-]{1,128}$/;

/** What a key remembers: the first result, or that the first attempt's outcome is unknown. */
type Remembered<T> = { fingerprint: string; result: T } | { fingerprint: string; outcomeUnknown: true };

export class Idempotency {
  private readonly prefix: string;
  private readonly inFlight = new Map<string, { fingerprint: string; promise: Promise<unknown> }>();

  constructor(
    private readonly store: Keyv,
    private readonly claims: Claims,
    account: string,
  ) {
    this.prefix = `idem:${createHash('sha256').update(account).digest('hex').slice(0, 16)}:`;
  }

  /** `namespace` is the caller's (see `namespaceOf`): the same key from two clients names two different writes. */
  async run<T>(
    namespace: string,
    operation: string,
    key: string | null | undefined,
    input: unknown,
    perform: () => Promise<T>,
  ): Promise<T> {
    if (key === null || key === undefined) return perform();
    if (!KEY.test(key)) throw failure('BAD_USER_INPUT', 'idempotencyKey must be 1 to 128 letters, digits, or _ . : -');
    const storeKey = `${this.prefix}${namespace}:${operation}:${key}`;
    const fingerprint = createHash('sha256').update(JSON.stringify(input)).digest('hex');
    const running = this.inFlight.get(storeKey);
    if (running) {
      if (running.fingerprint !== fingerprint) throw reused();
      return running.promise as Promise<T>;
    }
    const promise = this.runOnce(storeKey, fingerprint, perform).finally(() => this.inFlight.delete(storeKey));
    this.inFlight.set(storeKey, { fingerprint, promise });
    return promise;
  }

  private async runOnce<T>(storeKey: string, fingerprint: string, perform: () => Promise<T>): Promise<T> {
    let previous: Remembered<T> | undefined;
    try {
      previous = await this.store.get<Remembered<T>>(storeKey);
    } catch {
      throw failure(
        'IDEMPOTENCY_UNAVAILABLE',
        'the idempotency store cannot be read, so the write was not attempted; retry later',
      );
    }
    if (previous) {
      if (previous.fingerprint !== fingerprint) throw reused();
      if ('outcomeUnknown' in previous) {
        throw failure(
          'OUTCOME_UNKNOWN',
          'the first attempt with this idempotency key got no answer and may have succeeded; check before retrying with a new key',
        );
      }
      return previous.result;
    }
    let claimed: boolean;
    try {
      claimed = await this.claims.claim(storeKey, CLAIM_MS);
    } catch {
      throw failure(
        'IDEMPOTENCY_UNAVAILABLE',
        'the idempotency store cannot be reached, so the write was not attempted; retry later',
      );
    }
    if (!claimed)
      throw failure(
        'IN_PROGRESS',
        'a request with this idempotency key is being carried out; retry shortly to get its result',
      );
    let result: T;
    try {
      result = await perform();
    } catch (error) {
      if (outcomeUnknown(error)) await this.remember(storeKey, { fingerprint, outcomeUnknown: true });
      else await this.claims.release(storeKey).catch(() => undefined);
      throw error;
    }
    await this.remember(storeKey, { fingerprint, result });
    return result;
  }

  private async remember<T>(storeKey: string, remembered: Remembered<T>): Promise<void> {
    try {
      await this.store.set(storeKey, remembered, TTL_MS);
    } catch {
      // The write already happened upstream; failing the request now would invite a blind retry.
    }
  }
}

/** A write that timed out or lost its connection may or may not have been carried out upstream. */
function outcomeUnknown(error: unknown): boolean {
  return (
    error instanceof UpstreamError &&
    error.upstreamCode === undefined &&
    (error.code === 'UPSTREAM_TIMEOUT' || error.code === 'UPSTREAM_UNAVAILABLE')
  );
}

function reused(): GraphQLError {
  return failure('BAD_USER_INPUT', 'this idempotency key was already used with different input');
}

function failure(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}
