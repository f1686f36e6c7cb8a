import { currentContext, runWithin } from './operation-context.js';

/**
 * What one GraphQL operation read, as the response cache needs to know it: the read-cache tags its data carried
 * (with their versions at read time), the earliest moment any of it expires, and whether anything came from
 * outside the read cache (then the answer cannot be cached: nothing would make it stale).
 */
export class ReadTrace {
  readonly tags = new Map<string, string | null>();
  expiresAt = Number.POSITIVE_INFINITY;
  reads = 0;
  /** Set when data came from outside the read cache, or one tag was seen at two versions (changed mid-operation). */
  uncacheable = false;
  /** Set by the server once the answer is known to carry no error. */
  errorFree = false;

  saw(tags: Iterable<readonly [tag: string, version: string | null]>, expiresAt: number): void {
    this.reads++;
    this.expiresAt = Math.min(this.expiresAt, expiresAt);
    for (const [tag, version] of tags) {
      // Versions are a string or null, so undefined is a tag not seen yet: one look-up, not two.
      const seen = this.tags.get(tag);
      if (seen === version) continue;
      if (seen !== undefined) this.uncacheable = true;
      this.tags.set(tag, version);
    }
  }
}

/** Runs one operation with a trace of its reads. */
export function withReadTrace<T>(trace: ReadTrace, run: () => T): T {
  return runWithin({ trace, filling: false }, run);
}

/** The trace of the operation this code runs for, if it is traced. */
export function currentReadTrace(): ReadTrace | undefined {
  return currentContext()?.trace;
}

/** Runs a read-cache fill: upstream calls inside it are accounted for by the entry it writes. */
export function fillingCache<T>(run: () => Promise<T>): Promise<T> {
  const context = currentContext();
  return context?.trace && !context.filling ? runWithin({ filling: true }, run) : run();
}

/**
 * Said by every source of data outside the read cache (an upstream call not under a cache fill, a store read by a
 * resolver): the operation it runs for gets no response-cache entry.
 */
export function readOutsideCache(): void {
  const context = currentContext();
  if (context?.trace && !context.filling) context.trace.uncacheable = true;
}
