import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MoneyInput } from '../money.js';
import { PaymentMethod, PaymentState } from '../../upstream/csss/enums.js';
import { DateTimeScalar } from '../scalars.js';
import { PaymentMethodInput, PaymentStateInput } from './order.type.js';

@InputType({ description: 'How an order is paid for, as recorded with Linksfield.' })
export class PaymentInput {
  @Field(() => PaymentStateInput, { defaultValue: PaymentState.UNPAID, description: 'Whether it is already paid.' })
  state!: PaymentState;

  @Field(() => PaymentMethodInput, { nullable: true, description: 'How it was paid.' })
  method?: PaymentMethod;

  @Field(() => MoneyInput, {
    nullable: true,
    description: "The amount paid, in the plan's currency; zero when omitted.",
  })
  amount?: MoneyInput;
}

@InputType({ description: 'A plan ordered for one SIM.' })
export class OrderPlanInput {
  @Field(() => ID, { description: 'The SIM (ICCID).' })
  iccid!: string;

  @Field(() => ID, { description: 'The plan code, from `plans`.' })
  planCode!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many periods to order.' })
  periods!: number;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Enable the order at once. Leave false for OTA-capable SIMs.',
  })
  enableNow!: boolean;

  @Field(() => PaymentInput, { nullable: true, description: 'Payment record; unpaid, amount 0 when omitted.' })
  payment?: PaymentInput;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Order as a package of the SIM's host (primary) number; normally false.",
  })
  hostNumber!: boolean;
}

@InputType({ description: 'One plan ordered for many SIMs at once: all or nothing.' })
export class BulkOrderPlanInput {
  @Field(() => [ID], { description: 'The SIMs (ICCIDs), at most the upstream batch limit (100 unless configured).' })
  iccids!: string[];

  @Field(() => ID, { description: 'The plan code, from `plans`.' })
  planCode!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many periods to order.' })
  periods!: number;

  @Field(() => Boolean, { defaultValue: false, description: 'Enable the orders at once.' })
  enableNow!: boolean;

  @Field(() => PaymentInput, { nullable: true, description: 'Payment record; unpaid, amount 0 when omitted.' })
  payment?: PaymentInput;
}

@InputType({ description: 'An OTA day plan ordered for one OTA-capable SIM.' })
export class OrderOtaPlanInput {
  @Field(() => ID, { description: 'The SIM (ICCID).' })
  iccid!: string;

  @Field(() => ID, { description: 'The plan code, from `plans` (an OTA plan).' })
  planCode!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many periods to order.' })
  periods!: number;

  @Field(() => Int, { description: 'Number of days.' })
  days!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Mobile country code the plan is for, when it is country-bound.',
  })
  mcc?: string;

  @Field(() => PaymentInput, { description: 'Payment record; the payment method is required for OTA orders.' })
  payment!: PaymentInput;
}

@InputType({ description: 'The order a change applies to.' })
export class OrderChangeInput {
  @Field(() => ID, { description: 'The order id.' })
  orderId!: string;
}

@InputType({ description: 'Periods added to an order in use or not yet enabled.' })
export class RenewOrderInput extends OrderChangeInput {
  @Field(() => Int, { defaultValue: 1, description: 'Periods to add.' })
  periods!: number;
}

@ObjectType({ description: 'A plan order that was placed.' })
export class OrderPlacement {
  @Field(() => ID, { description: 'The new order id.' })
  orderId!: string;

  @Field(() => ID, { description: 'The SIM (ICCID).' })
  iccid!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it starts; null until enabled.' })
  startsAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it expires; null until enabled.' })
  expiresAt!: Date | null;
}

@ObjectType({ description: 'Orders placed by `bulkOrderPlan`, one per SIM.' })
export class BulkOrderPlacement {
  @Field(() => [OrderPlacement], { description: 'One placement per SIM, in the order of the input.' })
  placements!: OrderPlacement[];
}

@ObjectType({ description: 'The outcome of a change to an existing order.' })
export class OrderChange {
  @Field(() => ID, { description: 'The order id.' })
  orderId!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it starts, when Linksfield says.' })
  startsAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it now expires, when Linksfield says.' })
  expiresAt!: Date | null;
}
