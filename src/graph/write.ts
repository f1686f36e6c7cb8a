import type { GraphContext } from './context.js';

/**
 * The one path every mutation takes: the idempotency key guards the upstream call (never retried by the
 * gateway), then the cache entries the write made stale are dropped, also on a replayed key.
 */
export async function write<T>(
  context: GraphContext,
  operation: string,
  idempotencyKey: string | null | undefined,
  input: unknown,
  staleTags: readonly string[],
  perform: () => Promise<T>,
): Promise<T> {
  const result = await context.services.idempotency.run(operation, idempotencyKey, input, perform);
  await context.services.cache.invalidate(staleTags);
  return result;
}
