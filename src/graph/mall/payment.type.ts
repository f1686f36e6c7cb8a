import { Field, InputType, ObjectType } from 'type-graphql';
import { PaymentStatus } from '../../upstream/mall/enums.js';

@ObjectType({ description: "A card payment opened at the Mall's cashier." })
export class MallPaymentAuthorization {
  @Field(() => String, { description: 'The payment id: confirm it, query it, or create the subscription with it.' })
  paymentId!: string;

  @Field(() => String, {
    description:
      "The card processor's client secret for this one payment: hand it to the buyer's app to pay with, and to nobody else.",
  })
  clientSecret!: string;
}

@ObjectType({ description: 'Where a Mall payment is.' })
export class MallPaymentResult {
  @Field(() => String, { description: 'The payment id.' })
  paymentId!: string;

  @Field(() => PaymentStatus, { description: 'Where the payment is.' })
  status!: PaymentStatus;

  @Field(() => String, { nullable: true, description: "The partner's order number the payment placed, once paid." })
  orderNumber!: string | null;
}

@InputType({ description: 'A payment the buyer completed.' })
export class ConfirmMallPaymentInput {
  @Field(() => String, { description: 'The payment id from `authorizeMallPayment`.' })
  paymentId!: string;
}

@ObjectType({ description: 'A card payment opened for the buyer to pay.' })
export class MallPaymentAuthorizationPayload {
  @Field(() => MallPaymentAuthorization, { description: 'The payment, with the client secret to pay it with.' })
  authorization!: MallPaymentAuthorization;
}

@ObjectType({ description: 'A payment confirmed, with where it is now.' })
export class ConfirmMallPaymentPayload {
  @Field(() => MallPaymentResult, { description: 'The payment as it is now.' })
  payment!: MallPaymentResult;
}
