import { Field, ObjectType } from 'type-graphql';
import { PaymentStatus } from '../../upstream/mall/enums.js';

@ObjectType({ description: "A card payment opened at the Mall's cashier (Stripe, §9.13/§9.14; assumed)." })
export class MallPaymentAuthorization {
  @Field(() => String, { description: 'The payment id: confirm it, query it, or create the subscription with it.' })
  paymentId!: string;

  @Field(() => String, { description: "Stripe's client secret for this one payment: hand it to the buyer's app to pay with, and to nobody else." })
  clientSecret!: string;
}

@ObjectType({ description: 'Where a Mall payment is (§9.16/§9.17; assumed).' })
export class MallPaymentResult {
  @Field(() => String, { description: 'The payment id.' })
  paymentId!: string;

  @Field(() => PaymentStatus, { description: 'Where the payment is.' })
  status!: PaymentStatus;

  @Field(() => String, { nullable: true, description: "The partner's order number the payment placed, once paid." })
  orderNumber!: string | null;
}
