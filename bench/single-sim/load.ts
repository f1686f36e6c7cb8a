import autocannon from 'autocannon';
import type { EventEmitter } from 'node:events';
import { percentile } from '../support/stats.js';

/**
 * One autocannon run, in this process, against a server in another. Latency percentiles are computed from every
 * response's own time (autocannon's histogram rounds to whole milliseconds, too coarse for the hot path), and the
 * rate from the run's own clock: autocannon notices the end of a run only at its next one-second tick, so its
 * `duration` is whole seconds, and 3,000 requests done in 8.1 s or in 8.9 s both read 333 requests/s.
 */
export interface LoadResult {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  completed: number;
  /** Non-2xx answers, socket errors and timeouts. */
  failed: number;
  /** 2xx answers that carry GraphQL `errors`. */
  withErrors: number;
  /** This process's CPU time over the run's duration: near 1 (a whole core), the load generator was the limit. */
  generatorCpu: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** The request body: the same one each time, or a new one for each request. */
  body: string | (() => string);
  /** Seconds to run, or a number of requests. */
  seconds?: number;
  amount?: number;
}

export function load(options: LoadOptions): Promise<LoadResult> {
  const { url, connections, body, seconds, amount } = options;
  const latencies: number[] = [];
  let withErrors = 0;
  const cpuAtStart = process.cpuUsage();
  const startedAt = performance.now();
  let lastAnswerAt = startedAt;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        // A count run is bounded by its count: each request ends by an answer or the 10 s timeout.
        ...(amount ? { amount } : { duration: seconds }),
        timeout: 10,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
            ...(typeof body === 'string' ? { body } : { setupRequest: (request) => ({ ...request, body: body() }) }),
            onResponse: (status, responseBody) => {
              if (status < 300 && responseBody.includes('"errors"')) withErrors++;
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        const completed = result['2xx'];
        const cpu = process.cpuUsage(cpuAtStart);
        const elapsed = (lastAnswerAt - startedAt) / 1000;
        resolve({
          requestsPerSecond: completed / elapsed,
          p50: percentile(latencies, 50),
          p99: percentile(latencies, 99),
          completed,
          failed: result.non2xx + result.errors,
          withErrors,
          generatorCpu: (cpu.user + cpu.system) / 1e6 / elapsed,
        });
      },
    );
    // The typings miss the first argument (the client) of this event.
    (instance as EventEmitter).on(
      'response',
      (_client: unknown, status: number, _bytes: number, milliseconds: number) => {
        lastAnswerAt = performance.now();
        if (status < 300) latencies.push(milliseconds);
      },
    );
  });
}
