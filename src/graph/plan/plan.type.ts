import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PlanType } from '../../upstream/csss/enums.js';
import { registerEnumPair } from '../enums.js';
import { BytesScalar } from '../scalars.js';

/** A plan type a client chooses (no UNKNOWN). */
export const PlanTypeInput = registerEnumPair(PlanType, {
  name: 'PlanType',
  description: 'How long one period of a data plan lasts.',
  inputDescription: 'How long one period of a data plan lasts, as a client chooses it.',
  valuesConfig: {
    UNLIMITED_DAILY: { description: 'A daily plan without a data cap.' },
    DAILY: { description: 'One day.' },
    MONTHLY: { description: 'One month.' },
    QUARTERLY: { description: 'Three months.' },
    HALF_YEARLY: { description: 'Six months.' },
    YEARLY: { description: 'One year.' },
    UNKNOWN: { description: 'A plan type code this gateway does not know yet.' },
  },
});

@ObjectType({ description: 'A data plan of the catalogue that SIMs can be ordered onto.' })
export class Plan {
  @Field(() => ID, { description: 'The plan code, e.g. `DP20190726001274`.' })
  code!: string;

  @Field(() => String, { description: 'The plan name as Linksfield lists it.' })
  name!: string;

  @Field(() => PlanType, { description: 'How long one period lasts.' })
  type!: PlanType;

  @Field(() => BytesScalar, {
    nullable: true,
    description: 'Data included per period, in bytes; null when unlimited or not stated.',
  })
  dataBytes!: number | null;

  /** Read as `price` (Money) by its field resolver. */
  price!: string | null;
  currency!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days one period lasts, when the catalogue says.' })
  periodDays!: number | null;

  @Field(() => Boolean, { description: 'True for plans meant for OTA-capable SIMs (order them with `orderOtaPlan`).' })
  ota!: boolean;
}
