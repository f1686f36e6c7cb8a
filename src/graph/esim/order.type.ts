import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EsimOrderStatus, PaymentOutcome } from '../../upstream/fms/enums.js';
import { Money, MoneyInput } from '../money.js';
import { BytesScalar, DateTimeScalar } from '../scalars.js';

registerEnumType(EsimOrderStatus, {
  name: 'EsimOrderStatus',
  description: 'Where an eSIM order is.',
  valuesConfig: {
    WAITING_FOR_PAYMENT: {
      description: 'Pre-ordered; the payment result is not reported yet, or the eSIM profile is not assigned yet.',
    },
    PAID: { description: 'Paid: the QR code is ready (and was emailed to the user).' },
    PAYMENT_FAILED: { description: 'The payment failed. Final.' },
    CANCELLED: { description: 'Cancelled, e.g. the payment came too late and the profile was released. Final.' },
    UNKNOWN: { description: 'A status code this gateway does not know yet.' },
  },
});

registerEnumType(PaymentOutcome, {
  name: 'EsimPaymentOutcome',
  description: 'The result of the payment the enterprise took for an eSIM order.',
  valuesConfig: {
    SUCCEEDED: { description: 'Paid.' },
    FAILED: { description: 'The payment failed.' },
  },
});

@InputType({ description: 'What the buyer chose from a package; the gateway fills in the rest from the catalogue.' })
export class EsimPurchaseInput {
  @Field(() => ID, { description: 'The package id, from the catalogue.' })
  packageId!: string;

  @Field(() => String, { description: "The currency to pay in, one of the package's `prices`, e.g. `USD`." })
  currency!: string;

  @Field(() => Int, { defaultValue: 1, description: "How many periods to buy, within the package's limits." })
  periods!: number;

  @Field(() => Int, { defaultValue: 1, description: 'How many of the package to buy.' })
  quantity!: number;

  @Field(() => MoneyInput, {
    nullable: true,
    description:
      "The total the buyer was shown, in `currency`. When given, an order whose price changed since is refused (BAD_USER_INPUT); when omitted, the catalogue's price × periods × quantity.",
  })
  total?: MoneyInput;
}

@InputType({ description: 'More data for an eSIM already paid for: a package from its `topUpPackages`.' })
export class EsimTopUpInput extends EsimPurchaseInput {
  @Field(() => ID, { description: 'The order id of the eSIM to top up.' })
  orderId!: string;
}

@InputType({ description: 'The result of the payment the enterprise took for a pre-order or top-up. Reported once.' })
export class EsimPaymentInput {
  @Field(() => ID, { description: 'The order id from `esimPreOrder` or `esimTopUp`.' })
  orderId!: string;

  @Field(() => PaymentOutcome, { description: 'Whether the payment succeeded.' })
  outcome!: PaymentOutcome;

  @Field(() => MoneyInput, {
    description: "The amount charged: it must match the order's total (else BAD_USER_INPUT).",
  })
  amount!: MoneyInput;

  @Field(() => DateTimeScalar, { description: 'When the payment was made.' })
  paidAt!: Date;

  @Field(() => String, { nullable: true, description: "The payment provider's reference (e.g. a PayPal id), if any." })
  paymentReference?: string;
}

@ObjectType({
  description:
    'An eSIM pre-order (or top-up order): an eSIM profile reserved until the payment result is reported, or until it expires.',
})
export class EsimPreOrder {
  @Field(() => ID, { description: 'The order id: what the payment report, `esimOrder` and `myEsim` take.' })
  orderId!: string;

  @Field(() => String, { description: 'The order number to show, e.g. `ESIM_L202212050000000`.' })
  orderNumber!: string;

  @Field(() => String, { description: 'Name of the package ordered.' })
  packageName!: string;

  @Field(() => Int, { description: 'How many of the package.' })
  quantity!: number;

  @Field(() => Int, { description: 'How many periods.' })
  periods!: number;

  @Field(() => Money, { description: 'What the buyer pays for the order.' })
  total!: Money;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the eSIM shop took the order, when it says.' })
  orderedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    description:
      'When the payment window closes (counted from `orderedAt`, or from when the gateway got the answer when the shop does not say). A payment reported later fails with PREORDER_EXPIRED.',
  })
  expiresAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: "The payment provider's client id for this order, for the buyer's app to pay with.",
  })
  paymentClientId!: string | null;
}

@ObjectType({ description: "An eSIM order's status, with its QR code once paid." })
export class EsimOrder {
  @Field(() => ID, { description: 'The order id.' })
  orderId!: string;

  @Field(() => EsimOrderStatus, { description: 'Where the order is.' })
  status!: EsimOrderStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'The activation string the eSIM QR code encodes (`LPA:1$…`); null until the order is paid and the profile assigned.',
  })
  qrCode!: string | null;
}

@ObjectType({ description: 'A payment result the eSIM shop accepted.' })
export class EsimPaymentReport {
  @Field(() => ID, { description: 'The order id.' })
  orderId!: string;

  @Field(() => PaymentOutcome, { description: 'The outcome reported.' })
  outcome!: PaymentOutcome;
}

@ObjectType({ description: "A user's eSIM, bought and paid for." })
export class Esim {
  @Field(() => ID, { description: 'The order id it was bought with.' })
  orderId!: string;

  @Field(() => ID, { description: 'The eSIM card number (ICCID).' })
  iccid!: string;

  @Field(() => String, { description: 'The activation string the QR code encodes (`LPA:1$…`).' })
  qrCode!: string;

  @Field(() => String, { nullable: true, description: 'SM-DP+ address, for entering the eSIM by hand.' })
  smdpAddress!: string | null;

  @Field(() => String, { nullable: true, description: 'Activation code, for entering the eSIM by hand.' })
  activationCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the package bought.' })
  packageCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the package bought.' })
  packageName!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the data expires.' })
  expiresAt!: Date | null;

  @Field(() => BytesScalar, { nullable: true, description: 'Data included, top-ups counted, in bytes.' })
  dataBytes!: number | null;

  @Field(() => BytesScalar, { nullable: true, description: 'Data used, in bytes.' })
  usedBytes!: number | null;

  @Field(() => BytesScalar, { nullable: true, description: 'Data left, in bytes.' })
  remainingBytes!: number | null;
}

@ObjectType({ description: 'A pre-order or top-up order the eSIM shop took.' })
export class EsimPreOrderPayload {
  @Field(() => EsimPreOrder, { description: 'The order, with its payment deadline.' })
  preOrder!: EsimPreOrder;
}
