import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DurationUnit, MallOrderStatus } from '../../upstream/mall/enums.js';
import { DateScalar } from '../scalars.js';

registerEnumType(MallOrderStatus, {
  name: 'MallOrderStatus',
  description: 'Where a Mall plan order is.',
  valuesConfig: {
    NOT_ENABLED: { description: 'Bought, waiting for the order before it to end.' },
    IN_USE: { description: 'Running now.' },
    EXPIRED: { description: 'Ended.' },
    UNKNOWN: { description: 'A status code this gateway does not know yet.' },
  },
});

registerEnumType(DurationUnit, {
  name: 'MallDurationUnit',
  description: 'The unit of a Mall plan period.',
  valuesConfig: {
    DAY: { description: 'Days.' },
    MONTH: { description: 'Months.' },
    YEAR: { description: 'Years.' },
    UNKNOWN: { description: 'A unit code this gateway does not know yet.' },
  },
});

@ObjectType({ description: 'How long a Mall plan runs: `count` × `unit`.' })
export class MallDuration {
  @Field(() => Int, { description: 'How many units.' })
  count!: number;

  @Field(() => DurationUnit, { description: 'The unit.' })
  unit!: DurationUnit;
}

@ObjectType({
  description: 'A card (SIM) of the partner, verified with the Mall: the entry to its plans, orders and auto-renewals.',
})
export class MallCard {
  @Field(() => ID, { description: 'The card number (ICCID).' })
  iccid!: string;

  @Field(() => String, { description: 'The partner the card belongs to.' })
  partnerCode!: string;
}

@ObjectType({ description: 'A plan product a card can buy.' })
export class MallPlan {
  @Field(() => ID, { description: 'Plan code: what orders and payments take as `planCode`.' })
  code!: string;

  @Field(() => String, { description: "The Mall's service plan code." })
  servicePlanCode!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The area it is sold for, e.g. `Europe`.' })
  area!: string | null;

  @Field(() => MallDuration, { description: 'How long one period runs.' })
  duration!: MallDuration;

  /** Read as `price` (Money) by its field resolver. */
  price!: string;
  currency!: string;
}

@ObjectType({ description: 'A plan order of a card that is running or waiting to run.' })
export class MallCardOrder {
  @Field(() => MallOrderStatus, { description: 'In use or not yet enabled.' })
  status!: MallOrderStatus;

  @Field(() => String, { description: 'The plan bought.' })
  planName!: string;

  @Field(() => MallDuration, { description: 'How long it runs in all.' })
  duration!: MallDuration;

  @Field(() => DateScalar, { nullable: true, description: 'The day it ends; only orders in use have one.' })
  expiresOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'Days left (for an order not yet enabled: the days it will run).' })
  remainingDays!: number | null;
}
