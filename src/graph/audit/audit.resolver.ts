import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AuditRecord as StoredRecord } from '../../access/audit.js';
import { readOutsideCache } from '../../upstream/read-trace.js';
import { PageArgs, pageSize } from '../connection.js';
import type { GraphContext } from '../context.js';
import { badInput, checkIccid } from '../errors.js';
import { AuditOutcome, AuditRecord, AuditRecordConnection } from './audit.type.js';

@Resolver(() => AuditRecord)
export class AuditResolver {
  @Authorized('admin')
  @Query(() => AuditRecordConnection, {
    description:
      'Every write made through the gateway (orders, SMS, OTA, eSIM and Mall orders, payments, bundle-group changes) and every eSIM account action (sign-in, registration, password change), newest first, optionally only those naming one SIM or made by one client.',
  })
  async auditLog(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Arg('iccid', () => ID, { nullable: true, description: 'Only writes that named this SIM.' })
    iccid: string | undefined,
    @Arg('clientId', () => String, { nullable: true, description: 'Only writes made by this client.' })
    clientId: string | undefined,
    @Ctx() { services }: GraphContext,
  ): Promise<AuditRecordConnection> {
    if (after && !/^\d+(-\d+)?$/.test(after)) throw badInput('`after` is not a cursor of the audit log', 'after');
    // The audit log changes on every write, which no read-cache tag follows: such an answer is never response-cached.
    readOutsideCache();
    const page = await services.audit.read({
      first: pageSize(first, services.config.graphql.maxPageSize),
      after,
      iccid: iccid === undefined ? null : checkIccid(iccid),
      clientId,
    });
    return {
      edges: page.records.map((record) => ({ cursor: record.id, node: toGraph(record) })),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: Boolean(after),
        startCursor: page.records[0]?.id ?? null,
        endCursor: page.endCursor,
      },
    };
  }
}

function toGraph(record: StoredRecord): AuditRecord {
  return { ...record, at: new Date(record.at), outcome: AuditOutcome[record.outcome.toUpperCase() as AuditOutcome] };
}
