import { HttpTransport, type UpstreamObserver } from './http.js';

/** What a caller may tune on any family's client; each family's options add its base URLs, credentials and table. */
export interface ClientTuning {
  /** Deadline for one attempt; 5 s by default. */
  timeoutMs?: number;
  /** Extra attempts for reads, 2 by default; writes (orders, SMS, sign-in, payments, group changes) are never retried. */
  retries?: number;
  /** Sockets kept open to each base URL; the family decides the default. */
  connections?: number;
  observe?: UpstreamObserver;
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
