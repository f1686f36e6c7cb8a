import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisClientType } from 'redis';
import type { Caller } from './caller.js';
import { namespaceOf } from './namespace.js';

/** What is counted per client per minute: every operation (HTTP request, graphql-ws subscribe message), and mutations. */
export type LimitKind = 'requests' | 'writes';

const WINDOW_SECONDS = 60;

export interface RateLimitOptions {
  /** The shared store; null: counts are this instance's own. */
  redis: RedisClientType | null;
  /** Prefix of the Redis keys (`<prefix>ratelimit:<kind>:<client>`). */
  keyPrefix: string;
  /** Per minute, for clients whose `rateLimit` does not say; 0: no limit. */
  defaults: { requestsPerMinute: number; writesPerMinute: number };
  /** Told of every refusal, for the `client` label of the rate-limited metric. */
  onRefused?: (caller: Caller, kind: LimitKind) => void;
}

/** A refusal: how long until the client may try again. */
export interface RateLimitRefusal {
  kind: LimitKind;
  limit: number;
  retryAfterSeconds: number;
}

/**
 * Requests and writes per minute per client (its `rateLimit` in the clients file, else the defaults), counted in
 * Redis when there is one so every instance shares them (rate-limiter-flexible, fixed one-minute windows). While
 * Redis does not answer, each instance counts in memory instead of failing open or closed.
 */
export class RateLimits {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(private readonly options: RateLimitOptions) {}

  /** Counts one `kind` for the caller; a refusal when its minute is used up, null when it may go on. */
  async consume(caller: Caller, kind: LimitKind): Promise<RateLimitRefusal | null> {
    const limit = this.limitOf(caller, kind);
    if (limit === 0) return null;
    try {
      await this.limiter(kind, limit).consume(namespaceOf(caller));
      return null;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      this.options.onRefused?.(caller, kind);
      return { kind, limit, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1_000)) };
    }
  }

  private limitOf(caller: Caller, kind: LimitKind): number {
    const { defaults } = this.options;
    return kind === 'requests'
      ? (caller.limits.requestsPerMinute ?? defaults.requestsPerMinute)
      : (caller.limits.writesPerMinute ?? defaults.writesPerMinute);
  }

  /** One limiter per kind and size; clients of the same size share it, each under its own key. */
  private limiter(kind: LimitKind, points: number): RateLimiterAbstract {
    const name = `${kind}/${points}`;
    let limiter = this.limiters.get(name);
    if (!limiter) {
      const memory = new RateLimiterMemory({ points, duration: WINDOW_SECONDS, keyPrefix: kind });
      limiter = this.options.redis
        ? new RateLimiterRedis({
            storeClient: this.options.redis,
            useRedisPackage: true,
            keyPrefix: `${this.options.keyPrefix}ratelimit:${kind}`,
            points,
            duration: WINDOW_SECONDS,
            insuranceLimiter: memory,
          })
        : memory;
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}

/**
 * The GraphQL error of a refusal. Over HTTP it carries status 429 and `Retry-After` (Apollo reads `extensions.http`
 * and removes it from the body); over graphql-ws the same code and `retryAfter` come in the error message.
 */
export function rateLimitedError(refusal: RateLimitRefusal, transport: 'http' | 'ws'): GraphQLError {
  const what = refusal.kind === 'writes' ? 'mutations' : 'operations';
  return new GraphQLError(
    `rate limited: at most ${refusal.limit} ${what} per minute for this client; retry in ${refusal.retryAfterSeconds} s`,
    {
      extensions: {
        code: 'RATE_LIMITED',
        retryAfter: refusal.retryAfterSeconds,
        ...(transport === 'http'
          ? { http: { status: 429, headers: new Map([['retry-after', String(refusal.retryAfterSeconds)]]) } }
          : {}),
      },
    },
  );
}

/**
 * Open graphql-ws connections per client on this instance (a connection is a socket here, so it is not shared
 * through Redis: a crashed instance would leave its counts behind). 0: no limit.
 */
export class ConnectionLimit {
  private readonly open = new Map<string, number>();

  constructor(
    private readonly max: number,
    private readonly onRefused?: (caller: Caller) => void,
  ) {}

  /** Takes a slot for the caller; false when it already holds the most it may. Pair each true with `release`. */
  acquire(caller: Caller): boolean {
    const key = namespaceOf(caller);
    const count = this.open.get(key) ?? 0;
    if (this.max > 0 && count >= this.max) {
      this.onRefused?.(caller);
      return false;
    }
    this.open.set(key, count + 1);
    return true;
  }

  release(caller: Caller): void {
    const key = namespaceOf(caller);
    const count = (this.open.get(key) ?? 1) - 1;
    if (count <= 0) this.open.delete(key);
    else this.open.set(key, count);
  }
}
