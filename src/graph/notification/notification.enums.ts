import { registerEnumType } from 'type-graphql';
import { OrderChange, SmsDeliveryStatus, UsageWarning, type EventKind } from '../../events/index.js';

/** The kinds of notification, named as the event pipeline names them. */
export const NotificationKind = {
  USAGE_ALERT: 'USAGE_ALERT',
  SMS_DELIVERY: 'SMS_DELIVERY',
  SMS_RECEIVED: 'SMS_RECEIVED',
  ORDER_STATUS_CHANGED: 'ORDER_STATUS_CHANGED',
} as const satisfies { [K in EventKind]: K };

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesConfig: {
    USAGE_ALERT: { description: 'SIMs with no plan, a plan about to expire or expired, or trial data used up.' },
    SMS_DELIVERY: { description: 'The delivery result of an SMS sent with `sendSms`.' },
    SMS_RECEIVED: { description: 'An SMS a device sent.' },
    ORDER_STATUS_CHANGED: { description: 'A plan order changed state.' },
  },
});

registerEnumType(UsageWarning, {
  name: 'UsageWarning',
  description: 'Why a SIM is in a usage alert. Linksfield evaluates these weekly.',
  valuesConfig: {
    NO_PLAN: { description: 'The first order was enabled and no other plan has been bought.' },
    PLAN_EXPIRING: { description: 'The plan in use expires in less than 7 days and no new plan has been bought.' },
    PLAN_EXPIRED: { description: 'The plan in use has ended and no order is waiting to be enabled.' },
    TRIAL_DATA_EXHAUSTED: { description: 'The data of a trial plan is used up.' },
    UNKNOWN: { description: 'A warning code this gateway does not know yet.' },
  },
});

// `OrderChange` already names the result type of the order mutations.
registerEnumType(OrderChange, {
  name: 'OrderStatusChange',
  description: 'What happened to a plan order.',
  valuesConfig: {
    CREATED: { description: 'A new order was created.' },
    ENDED_EARLY: { description: 'The order was terminated before it expired.' },
    CANCELLED: { description: 'The order was cancelled before it was enabled.' },
    PAUSED: { description: 'The order was paused.' },
    RESUMED: { description: 'A paused order was restarted.' },
    ENABLED: { description: 'A non-OTA order was enabled.' },
    OTA_ENABLED: { description: 'An OTA order was enabled.' },
    EXPIRED: { description: 'The order ended by itself at its expiry.' },
    RENEWED: { description: 'An order in use was renewed.' },
    PERIODS_REDUCED: { description: 'The number of periods of the order was reduced.' },
    OTA_IMSI_REDOWNLOADED: { description: 'The IMSI of an OTA order was downloaded to the SIM again.' },
    UNKNOWN: { description: 'A change this gateway does not know yet.' },
  },
});

registerEnumType(SmsDeliveryStatus, {
  name: 'SmsDeliveryStatus',
  description: 'The outcome of an SMS sent to a SIM.',
  valuesConfig: {
    DELIVERED: { description: 'The device received the message.' },
    FAILED: { description: 'Delivery failed; `error` says why.' },
    EXPIRED: { description: 'The message expired before the device could receive it.' },
    UNKNOWN: { description: 'A status code this gateway does not know yet.' },
  },
});
