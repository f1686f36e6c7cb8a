import { idsOf, outcomeOf, type NewAuditRecord } from '../access/audit.js';
import { namespaceOf } from '../access/namespace.js';
import type { GraphContext } from './context.js';
import { notFound } from './errors.js';
import { ORDER_LISTS_TAG, orderTag } from './order/order.loaders.js';
import { simTag } from './sim/sim.loaders.js';

/** The optional `idempotencyKey` argument of every write that takes one. */
export const idempotencyKeyArg = {
  nullable: true,
  description:
    'Makes the mutation safe to repeat: the same key with the same input within 24 hours returns the first result without writing again.',
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
 * not found, with no upstream write. Idempotency keys live in the caller's own namespace. Every call leaves one
 * audit record, whatever its outcome.
 */
export async function write<T>(
  context: GraphContext,
  operation: string,
  idempotencyKey: string | null | undefined,
  input: unknown,
  stale: Stale,
  perform: () => Promise<T>,
): Promise<T> {
  let sent = false;
  let result: T;
  try {
    await checkSimScope(context, stale);
    result = await context.services.idempotency.run(
      namespaceOf(context.caller),
      operation,
      idempotencyKey,
      input,
      () => {
        sent = true;
        return perform();
      },
    );
  } catch (error) {
    await recordAudit(context, operation, {
      ...named(stale, input),
      idempotencyKey,
      ...outcomeOf(error, sent),
    });
    throw error;
  }
  await recordAudit(context, operation, { ...named(stale, input, result), idempotencyKey, ...OK });
  const iccids = stale.iccids ?? [];
  const orderIds = stale.orderIds ?? [];
  if (iccids.length + orderIds.length === 0) return result;
  await context.services.cache.invalidate([...iccids.map(simTag), ...orderIds.map(orderTag), ORDER_LISTS_TAG]);
  const { loaders } = context;
  for (const iccid of iccids) {
    [loaders.sim, loaders.usage, loaders.balance].forEach((loader) => loader.clear(iccid));
    loaders.prefetched.forget(iccid);
  }
  for (const orderId of orderIds) loaders.order.clear(orderId);
  void context.services.fleet.touch(iccids, orderIds);
  return result;
}

/** The outcome of a write that succeeded. */
export const OK = { outcome: 'ok', errorCode: null, upstreamCode: null } as const;

/** The SIMs and orders a write named, in its `stale` and anywhere in its input and result. */
function named(stale: Stale, ...values: unknown[]) {
  const ids = idsOf(...values);
  return {
    ...ids,
    iccids: [...new Set([...(stale.iccids ?? []), ...(stale.reaches ?? [])])],
    orderIds: [...new Set([...(stale.orderIds ?? []), ...ids.orderIds])],
  };
}

/**
 * Appends a write's audit record and logs it. The operation name drops a `:`-suffix (the eSIM app the write
 * went through). An audit store that fails is logged, never turned into a failed write that did happen.
 */
export async function recordAudit(
  context: GraphContext,
  operation: string,
  details: Partial<Omit<NewAuditRecord, 'at' | 'clientId' | 'callerKind' | 'operation'>> &
    Pick<NewAuditRecord, 'outcome' | 'errorCode' | 'upstreamCode'>,
): Promise<void> {
  const { caller, services } = context;
  const record: NewAuditRecord = {
    at: new Date().toISOString(),
    clientId: caller.clientId,
    callerKind: caller.kind,
    operation: operation.split(':')[0],
    ...details,
    iccids: details.iccids ?? [],
    orderIds: details.orderIds ?? [],
    paymentIds: details.paymentIds ?? [],
    groupIds: details.groupIds ?? [],
    esimAccount: details.esimAccount ?? null,
    idempotencyKey: details.idempotencyKey ?? null,
  };
  services.logger.info({ audit: record }, 'audit: write');
  await services.audit
    .append(record)
    .catch((error: unknown) =>
      services.logger.error({ err: error, audit: record }, 'audit: the record could not be stored'),
    );
}

/** Refuses a write naming a SIM, or an order of a SIM, outside the caller's scope, exactly as an unknown one. */
async function checkSimScope(context: GraphContext, stale: Stale): Promise<void> {
  const { sims } = context.caller;
  if (sims === null) return;
  for (const iccid of [...(stale.iccids ?? []), ...(stale.reaches ?? [])])
    if (!sims.allows(iccid)) throw notFound(`no SIM with ICCID ${iccid}`);
  // The order loader answers NOT_FOUND for an order of a foreign SIM.
  await Promise.all((stale.orderIds ?? []).map((orderId) => context.loaders.order.load(orderId)));
}
