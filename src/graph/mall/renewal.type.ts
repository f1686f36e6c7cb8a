import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { RenewalStatus } from '../../upstream/mall/enums.js';
import { DateScalar } from '../scalars.js';

registerEnumType(RenewalStatus, {
  name: 'MallRenewalStatus',
  description: 'Whether an auto-renewal still renews.',
  valuesConfig: {
    ACTIVE: { description: 'Renews the plan each time the current order ends.' },
    CANCELLED: { description: 'Renews no more.' },
    UNKNOWN: { description: 'A status code this gateway does not know yet.' },
  },
});

@ObjectType({ description: "An auto-renewal of a card's plan, paid by a card subscription." })
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

  /** Read as `amount` (Money) by its field resolver. */
  amount!: string | null;
  currency!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it renews next; null once cancelled.' })
  nextRenewalOn!: string | null;
}

@InputType({ description: "A paid subscription authorization to start a card's auto-renewal from." })
export class CreateMallSubscriptionInput {
  @Field(() => ID, { description: 'The card (ICCID).' })
  iccid!: string;

  @Field(() => String, { description: 'The payment id from `authorizeMallSubscription`.' })
  paymentId!: string;
}

@InputType({ description: 'The auto-renewal of a card to stop.' })
export class CancelMallAutoRenewalInput {
  @Field(() => ID, { description: 'The card (ICCID).' })
  iccid!: string;

  @Field(() => ID, { description: 'The auto-renewal id.' })
  renewalId!: string;
}

@ObjectType({ description: 'An auto-renewal a mutation started or stopped.' })
export class MallAutoRenewalPayload {
  @Field(() => MallAutoRenewal, { description: 'The auto-renewal as it is now.' })
  autoRenewal!: MallAutoRenewal;
}
