import { UpstreamGuard, type GuardTuning } from './guard.js';
import { HttpTransport, type UpstreamObserver } from './http.js';

/** What a caller may tune on any family's client; each family's options add its base URLs, credentials and table. */
export interface ClientTuning {
  /** Deadline for one attempt; 5 s by default. A GraphQL request's own deadline cuts it shorter. */
  timeoutMs?: number;
  /** Extra attempts for reads, 2 by default, drawn from the retry budget; writes (orders, SMS, sign-in, payments, group changes) are never retried. */
  retries?: number;
  /** Calls of the family running at once (and sockets kept open to each base URL); the family decides the default. */
  connections?: number;
  observe?: UpstreamObserver;
  /** Breakers, queue bound, retry budget, tracing and logging of the family's guard. */
  guard?: GuardTuning;
}

const DEFAULT_TIMEOUT_MS = 5_000;

/** A transport to one base URL as the caller tuned it, with `defaultConnections` sockets unless told otherwise. */
export function tunedTransport(baseUrl: string, tuning: ClientTuning, defaultConnections: number): HttpTransport {
  return new HttpTransport({
    baseUrl,
    timeoutMs: tuning.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    connections: tuning.connections ?? defaultConnections,
    observe: tuning.observe,
  });
}

/**
 * The family's guard: as many calls in flight as each transport has sockets, so no attempt ever waits inside
 * the connection pool, where waiting would eat its own timeout.
 */
export function tunedGuard(family: string, tuning: ClientTuning, defaultConnections: number): UpstreamGuard {
  return new UpstreamGuard(family, tuning.retries ?? 2, tuning.connections ?? defaultConnections, tuning.guard);
}
