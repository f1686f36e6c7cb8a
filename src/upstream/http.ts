import { EventEmitter } from 'node:events';
import { Pool, errors as undiciErrors } from 'undici';
import { DeadlineExceeded, UpstreamError } from './errors.js';
import { readOutsideCache } from './read-trace.js';
import { chargeUpstreamCall } from './request-budget.js';

/**
 * One keep-alive connection pool per upstream base URL, with a deadline on every request.
 * It knows nothing of envelopes or signing: it sends JSON and hands back the parsed JSON (or says why not).
 */
export interface HttpTransportOptions {
  baseUrl: string;
  /** Deadline for one attempt, headers and body included. */
  timeoutMs: number;
  /** Sockets kept open to the upstream. */
  connections: number;
  /** Largest response body accepted. */
  maxBodyBytes?: number;
  /** Told of every attempt, for metrics: which endpoint, how it ended, how long it took. */
  observe?: UpstreamObserver;
}

export type UpstreamObserver = (endpoint: string, outcome: 'ok' | 'error', seconds: number) => void;

export interface JsonRequest {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  headers: Record<string, string>;
  body?: unknown;
  /** Used in errors: `family.endpoint`. */
  endpoint: string;
  /** The GraphQL request's deadline (epoch ms): the attempt's timeout is cut to what is left of it. */
  deadline?: number;
}

export class HttpTransport {
  private readonly pool: Pool;
  private readonly prefix: string;
  private readonly maxBodyBytes: number;

  constructor(private readonly options: HttpTransportOptions) {
    const url = new URL(options.baseUrl);
    this.prefix = url.pathname.replace(/\/$/, '');
    this.maxBodyBytes = options.maxBodyBytes ?? 8 * 1024 * 1024;
    this.pool = new Pool(url.origin, { connections: options.connections, keepAliveTimeout: 30_000, pipelining: 1 });
  }

  async request(request: JsonRequest): Promise<unknown> {
    // An answer built from a call the read cache does not stand for could never be made stale: not response-cached.
    readOutsideCache();
    // Every attempt of every family counts against the operation's upstream budget (demand control).
    chargeUpstreamCall();
    const started = performance.now();
    try {
      const json = await this.attempt(request);
      this.options.observe?.(request.endpoint, 'ok', (performance.now() - started) / 1000);
      return json;
    } catch (error) {
      this.options.observe?.(request.endpoint, 'error', (performance.now() - started) / 1000);
      throw error;
    }
  }

  private async attempt(request: JsonRequest): Promise<unknown> {
    const fail = (
      code: 'UPSTREAM_TIMEOUT' | 'UPSTREAM_UNAVAILABLE' | 'UPSTREAM_MALFORMED',
      message: string,
      retryable: boolean,
    ) => new UpstreamError(message, { code, endpoint: request.endpoint, retryable });
    const timeoutMs =
      request.deadline === undefined
        ? this.options.timeoutMs
        : Math.min(this.options.timeoutMs, request.deadline - Date.now());
    if (timeoutMs <= 0) throw new DeadlineExceeded(request.endpoint);
    const timedOut = (what: string) =>
      timeoutMs < this.options.timeoutMs
        ? new DeadlineExceeded(request.endpoint, `${what} within the ${timeoutMs} ms the request had left`)
        : fail('UPSTREAM_TIMEOUT', `${request.endpoint}: ${what} within ${timeoutMs} ms`, true);
    // A timer cleared as soon as the answer is read: `AbortSignal.timeout`'s would live on for the whole timeout.
    const attempt = new AttemptSignal();
    const timer = setTimeout(() => attempt.abort(new DOMException('attempt timed out', 'TimeoutError')), timeoutMs);
    let response;
    let raw: string;
    try {
      try {
        response = await this.pool.request({
          method: request.method,
          path: this.prefix + request.path,
          headers: {
            accept: 'application/json',
            ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
            ...request.headers,
          },
          body: request.body === undefined ? undefined : JSON.stringify(request.body),
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
          signal: attempt,
        });
      } catch (error) {
        if (isTimeout(error)) throw timedOut('no answer');
        throw fail(
          'UPSTREAM_UNAVAILABLE',
          `${request.endpoint}: upstream unreachable (${(error as { code?: string }).code ?? 'network error'})`,
          true,
        );
      }
      try {
        raw = await readLimited(response.body, this.maxBodyBytes);
      } catch (error) {
        if (isTimeout(error)) throw timedOut('answer not finished');
        throw fail('UPSTREAM_UNAVAILABLE', `${request.endpoint}: answer cut off (${(error as Error).message})`, true);
      }
    } finally {
      clearTimeout(timer);
    }
    if (response.statusCode >= 500)
      throw fail('UPSTREAM_UNAVAILABLE', `${request.endpoint}: upstream answered HTTP ${response.statusCode}`, true);
    if (response.statusCode >= 400)
      throw fail(
        'UPSTREAM_UNAVAILABLE',
        `${request.endpoint}: upstream refused with HTTP ${response.statusCode}`,
        false,
      );
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      throw fail('UPSTREAM_MALFORMED', `${request.endpoint}: upstream answer is not JSON`, false);
    }
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}

function isTimeout(error: unknown): boolean {
  return (
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError ||
    (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
  );
}

/**
 * The abort signal of one attempt. undici takes an EventEmitter as a signal (`Dispatcher.request`'s `signal`);
 * an AbortController with its EventTarget costs several times more, and a 1,000-SIM query makes 20 attempts.
 */
class AttemptSignal extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit('abort');
  }
}

async function readLimited(body: AsyncIterable<Buffer>, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > limit) throw new Error(`answer larger than ${limit} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
