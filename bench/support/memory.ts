import { setTimeout as sleep } from 'node:timers/promises';

export interface MemorySample {
  rss: number;
  /** V8 heap in use plus memory held outside it (socket and message buffers). */
  heap: number;
}

/**
 * This process's memory after a full collection when `--expose-gc` was given (twice, with a pause for
 * finalizers, so garbage from connecting is not counted as kept per connection).
 */
export async function settledMemory(): Promise<MemorySample & { collected: boolean }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    await sleep(100);
    gc();
  }
  const usage = process.memoryUsage();
  return { rss: usage.rss, heap: usage.heapUsed + usage.external, collected: gc !== undefined };
}
