import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { SimLifecycle } from '../../upstream/csss/enums.js';
import { DateTimeScalar } from '../scalars.js';

registerEnumType(SimLifecycle, {
  name: 'SimLifecycle',
  description: 'Where a SIM is in its life, as Linksfield reports it.',
  valuesConfig: {
    PRE_ACTIVATION: { description: 'Not yet activated (pre-activation period).' },
    ACTIVE: { description: 'Activated and in service (activation period).' },
    PRE_DEACTIVATION: { description: 'About to be deactivated (pre-deactivation period).' },
    DEACTIVATED: { description: 'Deactivated.' },
    UNKNOWN: { description: 'A lifecycle code this gateway does not know yet.' },
  },
});

// Plain properties, no middleware or scope on any: graphql-js reads them itself, without type-graphql's wrapper per
// field per SIM (a 1,000-SIM list pays it thousands of times).
@ObjectType({
  description: 'A SIM card of the fleet, identified by its ICCID. Its usage, balance and orders are fields on it.',
  simpleResolvers: true,
})
export class Sim {
  @Field(() => ID, { description: 'The SIM card number (ICCID), 18 to 22 digits.' })
  iccid!: string;

  @Field(() => String, { nullable: true, description: 'The subscriber identity (IMSI) in use, when known.' })
  imsi!: string | null;

  @Field(() => String, { nullable: true, description: 'The phone number (MSISDN), when known.' })
  msisdn!: string | null;

  @Field(() => SimLifecycle, { description: 'Where the SIM is in its life.' })
  lifecycle!: SimLifecycle;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the SIM was activated, when known.' })
  activatedAt!: Date | null;

  /** Carried for the `activeOrder` and `activePlan` fields; not exposed as raw ids. */
  activeOrderId!: string | null;
  activePlanCode!: string | null;
  activePlanName!: string | null;
}
