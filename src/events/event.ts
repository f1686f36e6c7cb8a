import type { OrderChange, SmsDeliveryStatus, SmsEncoding, UsageWarning } from './codes.js';

/**
 * The domain events the gateway keeps and streams: one per accepted webhook, in the gateway's words.
 * Upstream names (`sim_id`, `deviceId`, `1005`) stop at the decoders; nothing past them sees one.
 */

/** One device of a usage alert. */
interface UsageAlertEntry {
  iccid: string;
  warning: UsageWarning;
  /** When the plan expires (or expired); null when Linksfield leaves it empty (e.g. NO_PLAN) or it does not read as a time. */
  expiresAt: Date | null;
  /** The expiry as Linksfield wrote it when it does not read as a time (its format is undocumented); null otherwise. */
  expiresAtText: string | null;
}

interface UsageAlertPayload {
  /** One entry per device in the push, in the order Linksfield sent them (a device may repeat). */
  alerts: UsageAlertEntry[];
}

interface SmsDeliveryPayload {
  iccid: string;
  imsi: string;
  /** Linksfield's enterprise code of the account the SIM belongs to (`partner_code`); null when absent. */
  partnerCode: string | null;
  /** The id the Send SMS answer returned. */
  smsId: string;
  status: SmsDeliveryStatus;
  /** Why delivery failed; null when it did not. */
  error: string | null;
  /** When Linksfield learned the outcome. */
  occurredAt: Date;
}

interface SmsReceivedPayload {
  iccid: string;
  imsi: string;
  /** Linksfield's enterprise code of the account the SIM belongs to (`partner_code`); null when absent. */
  partnerCode: string | null;
  /** The message as Linksfield sent it; for BINARY, its textual encoding of the bytes (hex, assumed). */
  text: string;
  encoding: SmsEncoding;
  /** When Linksfield received the message from the device. */
  occurredAt: Date;
}

interface OrderStatusChangedPayload {
  iccid: string;
  imsi: string;
  /** Linksfield's enterprise code of the account the SIM belongs to (`partner_code`); null when absent. */
  partnerCode: string | null;
  orderId: string;
  change: OrderChange;
  occurredAt: Date;
}

/** Every kind of event and its payload: the table the event union below is built from. */
export interface EventPayloads {
  USAGE_ALERT: UsageAlertPayload;
  SMS_DELIVERY: SmsDeliveryPayload;
  SMS_RECEIVED: SmsReceivedPayload;
  ORDER_STATUS_CHANGED: OrderStatusChangedPayload;
}

export type EventKind = keyof EventPayloads;

interface EventOf<K extends EventKind> {
  kind: K;
  /** The SIMs the event is about, each once: what subscriptions filter on. */
  iccids: string[];
  /** When the gateway accepted the webhook. */
  receivedAt: Date;
  /** Linksfield's `x-lf-delivery`; null when the push carried none. */
  deliveryId: string | null;
  payload: EventPayloads[K];
}

/** An event before the log has given it an id. */
export type NewEvent = { [K in EventKind]: EventOf<K> }[EventKind];

/** An event as the log keeps it. `id` (`<ms>-<seq>`) increases with every append; subscribers resume after one. */
export type StoredEvent = NewEvent & { id: string };
