import { Field, ID, InterfaceType, ObjectType, type ClassType } from 'type-graphql';
import {
  OrderChange,
  SmsDeliveryStatus,
  SmsEncoding,
  UsageWarning,
  type EventKind,
  type StoredEvent,
} from '../../events/index.js';
import { DateTimeScalar } from '../scalars.js';
import { NotificationKind } from './notification.enums.js';

@InterfaceType({
  description:
    'Something Linksfield told the gateway, verified and stored: one type per kind. Each has an `id` a client can resume after (`after` argument of the subscriptions).',
  resolveType: notificationTypeOf,
})
export abstract class Notification {
  @Field(() => ID, {
    description:
      'The event id (`<milliseconds>-<sequence>`), increasing. Pass the last one received as `after` to resume without missing any.',
  })
  id!: string;

  @Field(() => NotificationKind, { description: 'What the notification is about.' })
  kind!: EventKind;

  @Field(() => [ID], {
    description: 'The SIMs (ICCIDs) it is about, each once: what the `iccids` argument of the subscriptions matches.',
  })
  iccids!: string[];

  @Field(() => DateTimeScalar, { description: 'When the gateway accepted the webhook.' })
  receivedAt!: Date;
}

@ObjectType({ description: 'One SIM of a usage alert.' })
export class UsageAlert {
  @Field(() => ID, { description: 'The SIM (ICCID).' })
  iccid!: string;

  @Field(() => UsageWarning, { description: 'Why the SIM is in the alert.' })
  warning!: UsageWarning;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'When its plan expires or expired; null when Linksfield leaves it empty (e.g. NO_PLAN) or writes it in a form that is not a known time (see `expiresAtText`).',
  })
  expiresAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The expiry exactly as Linksfield wrote it, when it is not a time the gateway can read (Linksfield does not document its format); null otherwise.',
  })
  expiresAtText!: string | null;
}

@ObjectType({
  implements: Notification,
  description: 'SIMs with no plan, a plan about to expire or expired, or trial data used up.',
})
export class UsageAlertNotification extends Notification {
  @Field(() => [UsageAlert], {
    description: 'One entry per SIM of the push, in the order Linksfield sent them (a SIM may repeat).',
  })
  alerts!: UsageAlert[];
}

@InterfaceType({
  implements: Notification,
  description: 'A notification about one SIM: an SMS delivery result, an SMS received, an order status change.',
  resolveType: notificationTypeOf,
})
abstract class SimNotification extends Notification {
  @Field(() => ID, { description: 'The SIM (ICCID) the notification is about.' })
  iccid!: string;

  @Field(() => String, { description: 'The IMSI the SIM used.' })
  imsi!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Linksfield's enterprise code of the account the SIM belongs to (e.g. `P123456`); null when Linksfield leaves it out.",
  })
  partnerCode!: string | null;

  @Field(() => DateTimeScalar, {
    description:
      'When it happened, as Linksfield reports it: when it learned the outcome of an SMS, received an SMS from the device, or changed the order.',
  })
  occurredAt!: Date;
}

@ObjectType({
  implements: [Notification, SimNotification],
  description: 'The delivery result of an SMS sent with `sendSms`.',
})
export class SmsDeliveryNotification extends SimNotification {
  @Field(() => ID, { description: 'The id `sendSms` returned (`SmsMessage.id`).' })
  smsId!: string;

  @Field(() => SmsDeliveryStatus, { description: 'The outcome.' })
  status!: SmsDeliveryStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why delivery failed, as Linksfield says it; null when it did not fail.',
  })
  error!: string | null;
}

@ObjectType({
  implements: [Notification, SimNotification],
  description: 'An SMS a device sent, within 24 hours of an SMS sent to it.',
})
export class SmsReceivedNotification extends SimNotification {
  @Field(() => String, {
    description: 'The content as Linksfield sent it; for BINARY, the bytes written as hexadecimal.',
  })
  text!: string;

  @Field(() => SmsEncoding, { description: 'How the content is written.' })
  encoding!: SmsEncoding;
}

@ObjectType({ implements: [Notification, SimNotification], description: 'A plan order changed state.' })
export class OrderStatusNotification extends SimNotification {
  @Field(() => ID, { description: 'The order id.' })
  orderId!: string;

  @Field(() => OrderChange, { description: 'What happened to the order.' })
  change!: OrderChange;
}

const notificationTypes: Record<EventKind, ClassType> = {
  USAGE_ALERT: UsageAlertNotification,
  SMS_DELIVERY: SmsDeliveryNotification,
  SMS_RECEIVED: SmsReceivedNotification,
  ORDER_STATUS_CHANGED: OrderStatusNotification,
};

function notificationTypeOf(notification: Notification): ClassType {
  return notificationTypes[notification.kind];
}

/** The GraphQL shape of a stored event: its envelope and its payload's fields side by side. */
export function notificationOf(event: StoredEvent): Notification {
  return { id: event.id, kind: event.kind, iccids: event.iccids, receivedAt: event.receivedAt, ...event.payload };
}
