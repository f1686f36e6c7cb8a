import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import {
  BrokenCircuitError,
  BulkheadPolicy,
  BulkheadRejectedError,
  circuitBreaker,
  CircuitState,
  type CircuitBreakerPolicy,
  ConsecutiveBreaker,
  ConstantBackoff,
  handleWhen,
} from 'cockatiel';
import type { Effect } from './endpoint.js';
import { DeadlineExceeded, UpstreamError } from './errors.js';
import { currentBudget } from './request-budget.js';
import { isRetryable, retryBackoff, RetryBudget } from './retry.js';

/**
 * Everything that stands between a family's client and its upstream, built from cockatiel's policies:
 *
 * retry (reads only, from a budget, within the request's deadline)
 *   → endpoint breaker (one endpoint failing alone) → family breaker (the whole family failing)
 *     → bulkhead (bounded in flight, bounded queue; beyond it refuse at once)
 *       → one attempt, its timeout cut to what is left of the request's deadline.
 *
 * An open breaker, a full bulkhead and a passed deadline answer at once with a typed UpstreamError; none of
 * them counts as the upstream failing, and none is retried.
 */
export interface GuardTuning {
  /** Consecutive failures of one endpoint that open its breaker; the family opens after twice as many across its endpoints. 5 by default. */
  breakerFailures?: number;
  /** How long an open breaker refuses before one probe may pass; 10 s by default. */
  halfOpenAfterMs?: number;
  /** Calls that may wait once `maxInFlight` are running; beyond it a call is refused at once. 512 by default. */
  maxQueue?: number;
  /** Extra calls retries may add, as a share of first attempts; 0.2 by default. */
  retryBudget?: number;
  tracer?: Tracer;
  logger?: GuardLogger;
  monitor?: GuardMonitor;
}

export type BreakerState = 'closed' | 'open' | 'half-open';
export type RefusalReason = 'breaker' | 'bulkhead' | 'deadline';

/** Told of breaker changes and refusals, for metrics; breakers are named `csss` (family) or `csss.getUsage` (endpoint). */
export interface GuardMonitor {
  breakerState(breaker: string, state: BreakerState): void;
  refused(family: string, reason: RefusalReason): void;
}

type GuardLogger = { warn(details: Record<string, unknown>, message: string): void };

/** What `/health/upstream` shows of one family: its breaker, and every endpoint whose own breaker is not closed. */
export interface FamilyHealth {
  state: BreakerState;
  /** Seconds until an open breaker lets a probe through. */
  retryAfter?: number;
  endpoints: Record<string, { state: BreakerState; retryAfter?: number }>;
  inFlight: number;
  queued: number;
}

/** What each attempt is told: the request's deadline (epoch ms), if it has one. */
export type Send<T> = (deadline: number | undefined) => Promise<T>;

const DEFAULTS = { breakerFailures: 5, halfOpenAfterMs: 10_000, maxQueue: 512, retryBudget: 0.2 };

/** A failure that says the upstream is unwell: retryable ones, and timeouts of attempts given their full time. */
function countsAgainstUpstream(error: unknown): boolean {
  return (
    error instanceof UpstreamError &&
    !(error instanceof DeadlineExceeded) &&
    (error.retryable || error.code === 'UPSTREAM_TIMEOUT')
  );
}

class Breaker {
  readonly policy: CircuitBreakerPolicy;
  private openedAt = 0;

  constructor(
    readonly name: string,
    failures: number,
    private readonly halfOpenAfterMs: number,
    monitor: GuardMonitor | undefined,
    private readonly onRefuse: () => void,
  ) {
    this.policy = circuitBreaker(handleWhen(countsAgainstUpstream), {
      halfOpenAfter: new ConstantBackoff(halfOpenAfterMs),
      breaker: new ConsecutiveBreaker(failures),
    });
    this.policy.onBreak(() => (this.openedAt = Date.now()));
    this.policy.onStateChange((state) => monitor?.breakerState(name, stateName(state)));
  }

  get state(): BreakerState {
    return stateName(this.policy.state);
  }

  /** Whole seconds until a probe may pass (at least 1). */
  retryAfter(): number {
    return Math.max(1, Math.ceil((this.openedAt + this.halfOpenAfterMs - Date.now()) / 1000));
  }

  async execute<T>(endpoint: string, run: () => Promise<T>): Promise<T> {
    try {
      return await this.policy.execute(run);
    } catch (error) {
      if (!(error instanceof BrokenCircuitError)) throw error;
      this.onRefuse();
      throw new UpstreamError(`${endpoint}: ${this.name} is failing; calls are paused for ${this.retryAfter()} s`, {
        code: 'UPSTREAM_UNAVAILABLE',
        endpoint,
        retryAfterSeconds: this.retryAfter(),
      });
    }
  }
}

function stateName(state: CircuitState): BreakerState {
  if (state === CircuitState.Closed) return 'closed';
  return state === CircuitState.HalfOpen ? 'half-open' : 'open';
}

export class UpstreamGuard {
  private readonly family: Breaker;
  private readonly endpoints = new Map<string, Breaker>();
  private readonly bulkhead: BulkheadPolicy;
  private readonly retryBudget: RetryBudget;
  private readonly tuning: Required<Pick<GuardTuning, 'breakerFailures' | 'halfOpenAfterMs'>>;
  private readonly tracer: Tracer;

  constructor(
    readonly name: string,
    private readonly retries: number,
    private readonly maxInFlight: number,
    private readonly options: GuardTuning = {},
  ) {
    this.tuning = {
      breakerFailures: options.breakerFailures ?? DEFAULTS.breakerFailures,
      halfOpenAfterMs: options.halfOpenAfterMs ?? DEFAULTS.halfOpenAfterMs,
    };
    this.family = this.breaker(name, this.tuning.breakerFailures * 2);
    this.bulkhead = new BulkheadPolicy(maxInFlight, this.maxQueue);
    this.retryBudget = new RetryBudget(options.retryBudget ?? DEFAULTS.retryBudget);
    this.tracer = options.tracer ?? trace.getTracer('linksfield-gateway');
  }

  /** Runs one call: a read with retries from the budget, a write exactly once (orders, SMS, payments). */
  async run<T>(endpoint: string, effect: Effect, send: Send<T>): Promise<T> {
    const budget = currentBudget();
    const deadline = budget?.deadline;
    if (effect === 'write') return this.attempt(endpoint, 1, deadline, budget?.span, send);
    this.retryBudget.deposit();
    let backoff = retryBackoff();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.attempt(endpoint, attempt, deadline, budget?.span, send);
      } catch (error) {
        const delay = backoff.duration;
        const inTime = deadline === undefined || Date.now() + delay < deadline;
        if (!(attempt <= this.retries && isRetryable(error) && inTime && this.retryBudget.withdraw())) throw error;
        backoff = backoff.next(undefined);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  health(): FamilyHealth {
    const endpoints: FamilyHealth['endpoints'] = {};
    for (const [name, breaker] of this.endpoints) {
      if (breaker.state !== 'closed')
        endpoints[name] = {
          state: breaker.state,
          ...(breaker.state === 'open' ? { retryAfter: breaker.retryAfter() } : {}),
        };
    }
    const state = this.family.state;
    return {
      state,
      ...(state === 'open' ? { retryAfter: this.family.retryAfter() } : {}),
      endpoints,
      inFlight: this.maxInFlight - this.bulkhead.executionSlots,
      queued: this.maxQueue - this.bulkhead.queueSlots,
    };
  }

  private get maxQueue(): number {
    return this.options.maxQueue ?? DEFAULTS.maxQueue;
  }

  private async attempt<T>(
    endpoint: string,
    attempt: number,
    deadline: number | undefined,
    parent: Span | undefined,
    send: Send<T>,
  ): Promise<T> {
    const span = this.tracer.startSpan(
      `upstream ${endpoint}`,
      { kind: SpanKind.CLIENT, attributes: { 'linksfield.endpoint': endpoint, 'linksfield.attempt': attempt } },
      parent ? trace.setSpan(ROOT_CONTEXT, parent) : ROOT_CONTEXT,
    );
    try {
      if (deadline !== undefined && Date.now() >= deadline)
        throw this.refusal('deadline', new DeadlineExceeded(endpoint));
      const result = await this.breakerFor(endpoint).execute(endpoint, () =>
        this.family.execute(endpoint, () => this.admit(endpoint, deadline, send)),
      );
      span.setAttribute('linksfield.outcome', 'ok');
      return result;
    } catch (error) {
      const code = error instanceof UpstreamError ? error.code : 'INTERNAL';
      span.setAttribute('linksfield.outcome', code);
      span.setStatus({ code: SpanStatusCode.ERROR, message: code });
      if (code === 'UPSTREAM_AUTH_FAILED') {
        const failed = error as UpstreamError;
        this.options.logger?.warn(
          { endpoint, upstreamCode: failed.upstreamCode, traceId: span.spanContext().traceId },
          'Linksfield refused the gateway credentials',
        );
      }
      throw error;
    } finally {
      span.end();
    }
  }

  private breakerFor(endpoint: string): Breaker {
    let breaker = this.endpoints.get(endpoint);
    if (!breaker) {
      breaker = this.breaker(endpoint, this.tuning.breakerFailures);
      this.endpoints.set(endpoint, breaker);
    }
    return breaker;
  }

  private breaker(name: string, failures: number): Breaker {
    return new Breaker(name, failures, this.tuning.halfOpenAfterMs, this.options.monitor, () =>
      this.options.monitor?.refused(this.name, 'breaker'),
    );
  }

  /** Waits for a slot, at most until the deadline; the attempt's own timeout starts only once it has one. */
  private async admit<T>(endpoint: string, deadline: number | undefined, send: Send<T>): Promise<T> {
    // Aborted when the deadline passes while the call still waits: the bulkhead then drops it from its queue.
    const waiting = new AbortController();
    let started = false;
    const run = this.bulkhead
      .execute(() => {
        started = true;
        return send(deadline);
      }, waiting.signal)
      .catch((error: unknown) => {
        if (!(error instanceof BulkheadRejectedError)) throw error;
        const message = `${endpoint}: too many ${this.name} calls are running or waiting; try again shortly`;
        throw this.refusal(
          'bulkhead',
          new UpstreamError(message, { code: 'UPSTREAM_UNAVAILABLE', endpoint, retryAfterSeconds: 1 }),
        );
      });
    if (deadline === undefined || started) return run;
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        if (started) return;
        waiting.abort();
        reject(this.refusal('deadline', new DeadlineExceeded(endpoint)));
      }, deadline - Date.now());
    });
    try {
      return await Promise.race([run, expired]);
    } finally {
      clearTimeout(timer);
      // A call dropped from the queue settles later with a TaskCancelledError nobody waits for.
      run.catch(() => undefined);
    }
  }

  private refusal(reason: RefusalReason, error: UpstreamError): UpstreamError {
    this.options.monitor?.refused(this.name, reason);
    return error;
  }
}
