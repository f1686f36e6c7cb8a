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
    USAGE_ALERT: { description: 'SIMs with no plan, a plan about to expire or expired, or trial data used up (§7.3).' },
    SMS_DELIVERY: { description: 'The delivery result of an SMS sent with `sendSms` (§7.4).' },
    SMS_RECEIVED: { description: 'An SMS a device sent (§7.5, §7.6).' },
    ORDER_STATUS_CHANGED: { description: 'A plan order changed state (§7.7).' },
  },
});

registerEnumType(UsageWarning, {
  name: 'UsageWarning',
  description: 'Why a SIM is in a usage alert (Linksfield `warningCode`, §7.3). Linksfield evaluates these weekly.',
  valuesConfig: {
    NO_PLAN: { description: '`1`: the first order was enabled and no other plan has been bought.' },
    PLAN_EXPIRING: { description: '`2`: the plan in use expires in less than 7 days and no new plan has been bought.' },
    PLAN_EXPIRED: { description: '`3`: the plan in use has ended and no order is waiting to be enabled.' },
    TRIAL_DATA_EXHAUSTED: { description: '`4`: the data of a trial plan is used up.' },
    UNKNOWN: { description: 'A warning code this gateway does not know yet.' },
  },
});

// `OrderChange` already names the result type of the order mutations.
registerEnumType(OrderChange, {
  name: 'OrderStatusChange',
  description: 'What happened to a plan order (Linksfield `event_code`, §7.7).',
  valuesConfig: {
    CREATED: { description: '`1000`: a new order was created.' },
    ENDED_EARLY: { description: '`1001`: the order was terminated before it expired.' },
    CANCELLED: { description: '`1002`: the order was cancelled before it was enabled.' },
    PAUSED: { description: '`1003`: the order was paused.' },
    RESUMED: { description: '`1004`: a paused order was restarted.' },
    ENABLED: { description: '`1005`: a non-OTA order was enabled.' },
    OTA_ENABLED: { description: '`1007`: an OTA order was enabled.' },
    EXPIRED: { description: '`1008`: the order ended by itself at its expiry.' },
    RENEWED: { description: '`1009`: an order in use was renewed.' },
    PERIODS_REDUCED: { description: '`1010`: the number of periods of the order was reduced.' },
    OTA_IMSI_REDOWNLOADED: { description: '`1012`: the IMSI of an OTA order was downloaded to the SIM again.' },
    UNKNOWN: { description: 'An event code this gateway does not know (1006 and 1011 are not documented).' },
  },
});

registerEnumType(SmsDeliveryStatus, {
  name: 'SmsDeliveryStatus',
  description: 'The outcome of an SMS sent to a SIM (downlink report `status`, §7.4; its codes are assumed).',
  valuesConfig: {
    DELIVERED: { description: '`1`: the device received the message.' },
    FAILED: { description: '`2`: delivery failed; `error` says why.' },
    EXPIRED: { description: '`3`: the message expired before the device could receive it.' },
    UNKNOWN: { description: 'A status code this gateway does not know yet.' },
  },
});
