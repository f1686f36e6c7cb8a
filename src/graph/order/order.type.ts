import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { OrderKind, OrderStatus, PaymentMethod, PaymentState, PlanType } from '../../upstream/csss/enums.js';
import { registerEnumPair } from '../enums.js';
import { BytesScalar, DateTimeScalar } from '../scalars.js';

const OrderStatusInput = registerEnumPair(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where a plan order is in its life.',
  inputDescription: 'Where a plan order is in its life, as a filter chooses it.',
  valuesConfig: {
    NOT_ENABLED: { description: 'Ordered, not yet enabled: it can be enabled or cancelled.' },
    IN_USE: { description: 'Enabled and running.' },
    PAUSED: { description: 'Suspended (deprecated upstream operation).' },
    ENDED: { description: 'Finished: expired or ended early.' },
    CANCELLED: { description: 'Cancelled before it was enabled.' },
    UNKNOWN: { description: 'A status code this gateway does not know yet.' },
  },
});

const OrderKindInput = registerEnumPair(OrderKind, {
  name: 'OrderKind',
  description: 'How an order came about.',
  inputDescription: 'How an order came about, as a filter chooses it.',
  valuesConfig: {
    NEW: { description: 'A new plan order.' },
    RENEWAL: { description: 'A renewal of an earlier order.' },
    OTA: { description: 'An OTA plan order.' },
    UNKNOWN: { description: 'A kind code this gateway does not know yet.' },
  },
});

export const PaymentStateInput = registerEnumPair(PaymentState, {
  name: 'PaymentState',
  description: 'Whether an order has been paid.',
  inputDescription: 'Whether an order is paid, as the orderer records it.',
  valuesConfig: {
    UNPAID: { description: 'Not paid.' },
    PAID: { description: 'Paid.' },
    UNKNOWN: { description: 'A payment code this gateway does not know yet.' },
  },
});

export const PaymentMethodInput = registerEnumPair(PaymentMethod, {
  name: 'PaymentMethod',
  description: 'How an order was paid.',
  inputDescription: 'How an order was paid, as the orderer records it.',
  valuesConfig: {
    IPAY88: { description: 'iPay88.' },
    WECHAT_PAY: { description: 'WeChat Pay.' },
    ALIPAY: { description: 'Alipay.' },
    UNKNOWN: { description: 'A payment method code this gateway does not know yet.' },
  },
});

@ObjectType({ description: 'A data plan ordered for one SIM.' })
export class Order {
  @Field(() => ID, { description: 'The order id.' })
  id!: string;

  @Field(() => ID, { nullable: true, description: 'The SIM (ICCID) the order is for, when reported.' })
  iccid!: string | null;

  @Field(() => String, { nullable: true, description: 'The plan code ordered, when reported.' })
  planCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The plan name ordered, when reported.' })
  planName!: string | null;

  @Field(() => PlanType, { description: 'How long one period of the plan lasts.' })
  planType!: PlanType;

  @Field(() => OrderKind, { description: 'How the order came about.' })
  kind!: OrderKind;

  @Field(() => OrderStatus, { description: 'Where the order is in its life.' })
  status!: OrderStatus;

  @Field(() => Int, { nullable: true, description: 'Periods ordered.' })
  periods!: number | null;

  @Field(() => BytesScalar, { nullable: true, description: 'Data included, in bytes.' })
  dataBytes!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was ordered.' })
  orderedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was enabled; null until then.' })
  startsAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it expires; null until enabled.' })
  expiresAt!: Date | null;

  @Field(() => PaymentState, { description: 'Whether it has been paid.' })
  paymentState!: PaymentState;

  @Field(() => PaymentMethod, { nullable: true, description: 'How it was paid, when reported.' })
  paymentMethod!: PaymentMethod | null;

  /** Read as `amount` (Money, in the plan's currency) by its field resolver. */
  amount!: string | null;
}

@InputType({ description: 'Which orders to list; every field narrows the list.' })
export class OrderFilter {
  @Field(() => ID, { nullable: true, description: 'Only orders of this SIM (ICCID).' })
  iccid?: string;

  @Field(() => OrderStatusInput, { nullable: true, description: 'Only orders in this status.' })
  status?: OrderStatus;

  @Field(() => OrderKindInput, { nullable: true, description: 'Only orders of this kind.' })
  kind?: OrderKind;
}
