import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../connection.js';
import { DateTimeScalar } from '../scalars.js';

export const AuditOutcome = {
  OK: 'OK',
  FAILED: 'FAILED',
  UNKNOWN: 'UNKNOWN',
  REFUSED: 'REFUSED',
} as const;
export type AuditOutcome = (typeof AuditOutcome)[keyof typeof AuditOutcome];

registerEnumType(AuditOutcome, {
  name: 'AuditOutcome',
  description: 'How a write ended.',
  valuesConfig: {
    OK: { description: 'It was done (or an earlier identical request with the same idempotency key was).' },
    FAILED: { description: 'Linksfield refused it; `upstreamCode` says why.' },
    UNKNOWN: { description: 'It was sent but no readable answer came back: it may or may not have happened.' },
    REFUSED: {
      description:
        'The gateway stopped it before anything was sent (a SIM or order not visible to the caller, bad input, a reused idempotency key).',
    },
  },
});

@ObjectType({
  description:
    'One write or eSIM account action made through the gateway: who made it, what it touched and how it ended. Never holds secrets, tokens, email addresses or SMS texts.',
})
export class AuditRecord {
  @Field(() => ID, { description: 'Position in the audit log; pass it as `after` to read older records.' })
  id!: string;

  @Field(() => DateTimeScalar, { description: 'When the write finished.' })
  at!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'The client that made it; null for anonymous callers and access tokens that name no client.',
  })
  clientId!: string | null;

  @Field(() => String, { description: 'How the caller identified itself: `anonymous`, `apiKey` or `jwt`.' })
  callerKind!: string;

  @Field(() => String, { description: 'The mutation, e.g. `orderPlan`, `sendSms`, `confirmMallPayment`.' })
  operation!: string;

  @Field(() => [ID], { description: 'The SIMs (ICCIDs) the write named.' })
  iccids!: string[];

  @Field(() => [ID], {
    description: 'Orders the write named or created: their ids, and order numbers where the caller chose one.',
  })
  orderIds!: string[];

  @Field(() => [ID], { description: 'Payments the write named or created.' })
  paymentIds!: string[];

  @Field(() => [ID], { description: 'Mall bundle groups the write changed.' })
  groupIds!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'The eSIM end-user account a sign-in or account change was about, as the SHA-256 (hex) of its lowercased email: hash an address to find its records. The address itself is never kept.',
  })
  esimAccount!: string | null;

  @Field(() => String, { nullable: true, description: 'The idempotency key the caller sent, if any.' })
  idempotencyKey!: string | null;

  @Field(() => AuditOutcome, { description: 'How it ended.' })
  outcome!: AuditOutcome;

  @Field(() => String, { nullable: true, description: 'The error code the caller received, when it did not succeed.' })
  errorCode!: string | null;

  @Field(() => String, { nullable: true, description: "Linksfield's own code, when Linksfield refused it." })
  upstreamCode!: string | null;
}

@ObjectType({ description: 'One audit record in a page, with its cursor.' })
export class AuditRecordEdge {
  @Field(() => String, { description: 'Pass it as `after` to continue after this record.' })
  cursor!: string;

  @Field(() => AuditRecord, { description: 'The record.' })
  node!: AuditRecord;
}

@ObjectType({ description: 'A page of audit records, newest first.' })
export class AuditRecordConnection {
  @Field(() => [AuditRecordEdge], { description: 'The records of this page, newest first.' })
  edges!: AuditRecordEdge[];

  @Field(() => PageInfo, {
    description:
      'Where this page sits; with a filter, `endCursor` may point past the last record shown (older records were looked at and left out).',
  })
  pageInfo!: PageInfo;
}
