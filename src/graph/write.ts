import { namespaceOf } from '../access/namespace.js';
import type { GraphContext } from './context.js';
import { notFound } from './errors.js';
import { ORDER_LISTS_TAG, orderTag } from './order/order.loaders.js';
import { simTag } from './sim/sim.loaders.js';

/** The optional `idempotencyKey` argument of every write that takes one. */
export const idempotencyKeyArg = {
  nullable: true,
  description: 'Makes the mutation safe to repeat: the same key with the same input within 24 hours returns the first result without writing again.',
} as const;

/** What a write changes: its cached data, shared and of this request, is dropped once it succeeds. */
export interface Stale {
  iccids?: readonly string[];
  orderIds?: readonly string[];
  /** SIMs the write reaches without changing their cached data (an SMS): checked against the caller's scope only. */
  reaches?: readonly string[];
}

/**
 * The one path every mutation takes: the idempotency key guards the upstream call (never retried by the
 * gateway), then what the write made stale is dropped from the shared cache and from this request's
 * loaders, so fields of the mutation's own result already read fresh data. A replayed key drops it too.
 * Before anything is written, every SIM and order it names must be the caller's: a foreign one is refused as
 * not found, with no upstream write. Idempotency keys live in the caller's own namespace.
 */
export async function write<T>(
  context: GraphContext,
  operation: string,
  idempotencyKey: string | null | undefined,
  input: unknown,
  stale: Stale,
  perform: () => Promise<T>,
): Promise<T> {
  await checkSimScope(context, stale);
  const result = await context.services.idempotency.run(namespaceOf(context.caller), operation, idempotencyKey, input, perform);
  const iccids = stale.iccids ?? [];
  const orderIds = stale.orderIds ?? [];
  if (iccids.length + orderIds.length === 0) return result;
  await context.services.cache.invalidate([...iccids.map(simTag), ...orderIds.map(orderTag), ORDER_LISTS_TAG]);
  const { loaders } = context;
  for (const iccid of iccids) [loaders.sim, loaders.usage, loaders.balance].forEach((loader) => loader.clear(iccid));
  for (const orderId of orderIds) loaders.order.clear(orderId);
  void context.services.fleet.touch(iccids, orderIds);
  return result;
}

/** Refuses a write naming a SIM, or an order of a SIM, outside the caller's scope, exactly as an unknown one. */
async function checkSimScope(context: GraphContext, stale: Stale): Promise<void> {
  const { sims } = context.caller;
  if (sims === null) return;
  for (const iccid of [...(stale.iccids ?? []), ...(stale.reaches ?? [])]) if (!sims.allows(iccid)) throw notFound(`no SIM with ICCID ${iccid}`);
  // The order loader answers NOT_FOUND for an order of a foreign SIM.
  await Promise.all((stale.orderIds ?? []).map((orderId) => context.loaders.order.load(orderId)));
}
