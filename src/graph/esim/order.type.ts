import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { EsimOrderStatus, PaymentOutcome } from '../../upstream/fms/enums.js';
import { BytesScalar, DateTimeScalar } from '../scalars.js';

/** Which pre-order endpoint to use: v1.2 is documented by name only, so the gateway assumes v1.1's body and answer. */
export enum EsimPreOrderVersion {
  V1_1 = 'V1_1',
  V1_2 = 'V1_2',
}

registerEnumType(EsimPreOrderVersion, {
  name: 'EsimPreOrderVersion',
  description: 'Which FMS pre-order API to use.',
  valuesConfig: {
    V1_1: { description: '`/v1.1/package/preOrderPackage`, documented (§8.2).' },
    V1_2: { description: 'Pre-order v1.2 (§8.3): documented by name only; assumed to take and answer what v1.1 does.' },
  },
});

registerEnumType(EsimOrderStatus, {
  name: 'EsimOrderStatus',
  description: 'Where an eSIM order is (FMS `orderPayStatus`).',
  valuesConfig: {
    WAITING_FOR_PAYMENT: { description: 'Pre-ordered; the payment result is not reported yet, or the eSIM profile is not assigned yet.' },
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
    SUCCEEDED: { description: 'Paid (`payment_intent.succeeded`).' },
    FAILED: { description: 'The payment failed (`payment_intent.payment_failed`).' },
  },
});

@InputType({ description: 'What the buyer chose from a package; the gateway fills in the package code and currency id from the catalogue.' })
export class EsimPurchaseInput {
  @Field(() => ID, { description: 'The package id, from the catalogue.' })
  packageId!: string;

  @Field(() => String, { description: 'The currency to pay in, one of the package\'s `prices`, e.g. `USD`.' })
  currency!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many periods to buy, within the package\'s limits.' })
  periods!: number;

  @Field(() => Int, { defaultValue: 1, description: 'How many of the package to buy.' })
  quantity!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The total the buyer was shown, a decimal string. When given, FMS refuses a total that no longer matches its price (BAD_USER_INPUT, upstream 10009); when omitted, the catalogue price × periods × quantity.',
  })
  amount?: string;
}

@InputType({ description: 'More data for an eSIM already paid for: a package from its `topUpPackages`.' })
export class EsimTopUpInput extends EsimPurchaseInput {
  @Field(() => ID, { description: 'The order id of the eSIM to top up.' })
  orderId!: string;
}

@InputType({ description: 'The result of the payment the enterprise took for a pre-order or top-up (§8.4). Reported once.' })
export class EsimPaymentInput {
  @Field(() => ID, { description: 'The order id from `esimPreOrder` or `esimTopUp`.' })
  orderId!: string;

  @Field(() => PaymentOutcome, { description: 'Whether the payment succeeded.' })
  outcome!: PaymentOutcome;

  @Field(() => String, { description: 'The amount charged, a decimal string: it must match the order\'s total (else BAD_USER_INPUT, upstream 10009).' })
  amount!: string;

  @Field(() => String, { description: 'The currency charged, e.g. `USD`.' })
  currency!: string;

  @Field(() => DateTimeScalar, { description: 'When the payment was made.' })
  paidAt!: Date;

  @Field(() => String, { nullable: true, description: "The payment provider's reference (e.g. a PayPal id), if any." })
  paymentReference?: string;
}

@ObjectType({ description: 'An eSIM pre-order (or top-up order): an eSIM profile reserved until the payment result is reported, or until it expires.' })
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

  @Field(() => String, { description: 'The currency to pay in.' })
  currency!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When FMS took the order, when it says.' })
  orderedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    description:
      'When the payment window closes: `orderedAt` (or, when FMS does not say, when the gateway got the answer) plus `FMS_PREORDER_TIMEOUT_MINUTES`. A payment reported later fails with PREORDER_EXPIRED.',
  })
  expiresAt!: Date;

  @Field(() => String, { nullable: true, description: "The payment provider's client id for this order (FMS `clientId`), for the buyer's app to pay with." })
  paymentClientId!: string | null;
}

@ObjectType({ description: "An eSIM order's status, with its QR code once paid." })
export class EsimOrder {
  @Field(() => ID, { description: 'The order id.' })
  orderId!: string;

  @Field(() => EsimOrderStatus, { description: 'Where the order is.' })
  status!: EsimOrderStatus;

  @Field(() => String, { nullable: true, description: 'The activation string the eSIM QR code encodes (`LPA:1$…`); null until the order is paid and the profile assigned.' })
  qrCode!: string | null;
}

@ObjectType({ description: 'A payment result FMS accepted.' })
export class EsimPaymentReport {
  @Field(() => ID, { description: 'The order id.' })
  orderId!: string;

  @Field(() => PaymentOutcome, { description: 'The outcome reported.' })
  outcome!: PaymentOutcome;
}

@ObjectType({ description: "A user's eSIM, bought and paid for (My eSIM Detail, §8.6)." })
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
