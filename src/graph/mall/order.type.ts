import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MallOrderStatus, PaymentStatus } from '../../upstream/mall/enums.js';
import { MoneyInput } from '../money.js';
import { OneOf } from '../one-of.js';
import { DateScalar, DateTimeScalar } from '../scalars.js';

registerEnumType(PaymentStatus, {
  name: 'MallPaymentStatus',
  description: 'Where a Mall payment is.',
  valuesConfig: {
    PENDING: { description: 'Authorized, not paid yet.' },
    SUCCEEDED: { description: 'Paid.' },
    FAILED: { description: 'The payment failed.' },
    UNKNOWN: { description: 'A status code this gateway does not know yet.' },
  },
});

@InputType({ description: 'A plan a buyer is about to pay for on one card.' })
export class MallCheckoutInput {
  @Field(() => ID, { description: 'The card (ICCID).' })
  iccid!: string;

  @Field(() => ID, { description: "The plan code, from the card's `plans`." })
  planCode!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many periods.' })
  periods!: number;

  @Field(() => String, {
    description: "The partner's own order number, unique per order: `mallOrder` finds the order by it.",
  })
  orderNumber!: string;

  @Field(() => MoneyInput, {
    nullable: true,
    description:
      "The total, in the plan's currency; the plan's price × periods when omitted. The Mall refuses a total that does not match (BAD_USER_INPUT).",
  })
  total?: MoneyInput;
}

@InputType({ description: 'A plan the partner has been paid for, to place as an order.' })
export class MallPurchaseInput extends MallCheckoutInput {
  @Field(() => String, { description: "The payment's id at the partner's payment provider." })
  paymentId!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Renew the plan automatically when it ends.' })
  autoRenew!: boolean;
}

@InputType({ description: 'A plan the partner took payment for through a third party.' })
export class MallPaidOrderInput extends MallPurchaseInput {
  @Field(() => DateTimeScalar, { description: 'When the payment succeeded.' })
  paidAt!: Date;

  @Field(() => String, { nullable: true, description: 'The original order this one follows, if any.' })
  originalOrderId?: string;
}

@ObjectType({ description: 'An order the Mall accepted.' })
export class MallOrderPlacement {
  @Field(() => ID, { description: 'The card (ICCID).' })
  iccid!: string;

  @Field(() => String, { description: "The partner's order number." })
  orderNumber!: string;

  @Field(() => String, { description: 'The payment id it was paid with.' })
  paymentId!: string;
}

@ObjectType({ description: 'A Mall order with its payment.' })
export class MallOrder {
  @Field(() => ID, { description: "The Mall's transaction order id." })
  orderId!: string;

  @Field(() => String, {
    nullable: true,
    description: "The partner's order number (`orderNumber` when it was placed).",
  })
  purchaseOrderId!: string | null;

  @Field(() => ID, { description: 'The card (ICCID).' })
  iccid!: string;

  @Field(() => String, { nullable: true, description: 'Code of the plan bought.' })
  planCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the plan bought.' })
  planName!: string | null;

  @Field(() => MallOrderStatus, { description: 'Where the order is.' })
  status!: MallOrderStatus;

  @Field(() => PaymentStatus, { description: 'Where its payment is.' })
  paymentStatus!: PaymentStatus;

  /** Read as `amount` (Money) by its field resolver. */
  amount!: string | null;
  currency!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was ordered.' })
  orderedAt!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day it ends, once it has started.' })
  expiresOn!: string | null;
}

@OneOf()
@InputType({
  description:
    "Which Mall order to read: exactly one of the partner's order number, the Mall's order id, or a card (its latest order).",
})
export class MallOrderLookup {
  @Field(() => String, {
    nullable: true,
    description: "The partner's order number (`orderNumber` when it was placed).",
  })
  purchaseOrderId?: string;

  @Field(() => ID, { nullable: true, description: "The Mall's transaction order id." })
  orderId?: string;

  @Field(() => ID, { nullable: true, description: 'The card (ICCID): its most recent order.' })
  iccid?: string;
}
