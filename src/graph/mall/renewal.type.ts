import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { RenewalStatus } from '../../upstream/mall/enums.js';
import { DateScalar } from '../scalars.js';

registerEnumType(RenewalStatus, {
  name: 'MallRenewalStatus',
  description: 'Whether an auto-renewal still renews (values assumed: the endpoints are documented by name only).',
  valuesConfig: {
    ACTIVE: { description: 'Renews the plan each time the current order ends.' },
    CANCELLED: { description: 'Renews no more.' },
    UNKNOWN: { description: 'A status code this gateway does not know yet.' },
  },
});

@ObjectType({ description: "An auto-renewal of a card's plan, paid by a Stripe subscription (§9.8–9.11, §9.15; assumed)." })
export class MallAutoRenewal {
  @Field(() => ID, { description: 'The auto-renewal id.' })
  id!: string;

  @Field(() => ID, { description: 'The card (ICCID).' })
  iccid!: string;

  @Field(() => String, { description: 'Code of the plan renewed.' })
  planCode!: string;

  @Field(() => String, { description: 'Name of the plan renewed.' })
  planName!: string;

  @Field(() => RenewalStatus, { description: 'Whether it still renews.' })
  status!: RenewalStatus;

  @Field(() => String, { nullable: true, description: 'Amount charged per renewal, a decimal string.' })
  amount!: string | null;

  @Field(() => String, { nullable: true, description: 'Currency charged.' })
  currency!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it renews next; null once cancelled.' })
  nextRenewalOn!: string | null;
}
