import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BalanceResource } from '../../upstream/csss/enums.js';
import { BytesScalar, DateScalar, MonthScalar } from '../scalars.js';

// Plain properties, no middleware or scope on any: read by graphql-js itself, as `Sim`'s.
@ObjectType({ description: "A SIM's data use in the cycle of the order currently in use.", simpleResolvers: true })
export class Usage {
  @Field(() => ID, { description: 'The SIM (ICCID).' })
  iccid!: string;

  @Field(() => ID, { nullable: true, description: 'The order whose cycle is reported; null when no order is in use.' })
  orderId!: string | null;

  @Field(() => BytesScalar, { description: 'Data used in the current cycle, in bytes.' })
  usedBytes!: number;

  @Field(() => BytesScalar, { description: 'High-speed data left in the current cycle, in bytes.' })
  remainingHighSpeedBytes!: number;
}

@ObjectType({ description: 'Data a SIM used on one calendar day.' })
export class DailyUsage {
  @Field(() => ID, { description: 'The SIM (ICCID).' })
  iccid!: string;

  @Field(() => DateScalar, { description: 'The day.' })
  date!: string;

  @Field(() => BytesScalar, { description: 'Data used that day, in bytes.' })
  usedBytes!: number;
}

@ObjectType({ description: 'Data a SIM used in one calendar month.' })
export class MonthlyUsage {
  @Field(() => ID, { description: 'The SIM (ICCID).' })
  iccid!: string;

  @Field(() => MonthScalar, { description: 'The month.' })
  month!: string;

  @Field(() => BytesScalar, { description: 'Data used that month, in bytes.' })
  usedBytes!: number;
}

@ObjectType({ description: 'A resource the operator could not report a balance for, with its reason.' })
export class UnavailableBalance {
  @Field(() => String, { description: 'The resource as the operator names it (`data`, `sms-out`, `call-out`).' })
  resource!: string;

  @Field(() => String, { description: "The operator's reason." })
  reason!: string;
}

registerEnumType(BalanceResource, {
  name: 'BalanceResource',
  description: 'A resource whose remaining amount the mobile operator reports.',
  valuesConfig: {
    DATA: { description: 'Mobile data, counted in bytes.' },
    SMS: { description: 'Outgoing SMS messages, counted one by one.' },
    VOICE: { description: 'Outgoing voice calls, counted in seconds.' },
  },
});

@ObjectType({
  description: 'A remark the mobile operator attached to a figure it did report, e.g. why it may be incomplete.',
})
export class BalanceRemark {
  @Field(() => BalanceResource, { description: 'The resource the remark is about.' })
  resource!: BalanceResource;

  @Field(() => String, { description: "The operator's remark, as it wrote it." })
  message!: string;
}

@ObjectType({
  description:
    "What is left of the order in use, as the mobile operator reports it for the SIM's IMSI. Only one IMSI is reported, so multi-IMSI SIMs may be off.",
})
export class MnoBalance {
  @Field(() => ID, { description: 'The SIM (ICCID).' })
  iccid!: string;

  @Field(() => BytesScalar, { nullable: true, description: 'Data left, in bytes; null when not reported.' })
  dataBytes!: number | null;

  @Field(() => Int, { nullable: true, description: 'SMS messages left; null when not reported.' })
  smsCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Voice time left, in seconds; null when not reported.' })
  voiceSeconds!: number | null;

  @Field(() => [UnavailableBalance], { description: 'Resources the operator could not report.' })
  unavailable!: UnavailableBalance[];

  @Field(() => [BalanceRemark], {
    description: 'Remarks the operator attached to figures it did report; usually none.',
  })
  remarks!: BalanceRemark[];
}
