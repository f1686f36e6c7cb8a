import { parseCsssDate } from '../upstream/csss/units.js';
import { list, optionalText, record, text, type Json } from '../upstream/decode.js';
import { MalformedUpstreamData } from '../upstream/errors.js';
import type { NotificationKind } from '../upstream/notifications/payloads.js';
import { orderChangeCodes, smsDeliveryStatusCodes, smsEncodingOf, usageWarningCodes } from './codes.js';
import type { EventKind, EventPayloads, NewEvent } from './event.js';

/**
 * One row per webhook kind (bodies in `payloads.ts`): which event it becomes and how its body reads.
 * A body of the wrong shape throws MalformedUpstreamData naming the field; the route answers 422 with it.
 */
export interface Delivery {
  deliveryId: string | null;
  receivedAt: Date;
}

interface Decoder<K extends EventKind> {
  kind: K;
  decode(body: Json): { iccids: string[]; payload: EventPayloads[K] };
}

type AnyDecoder = { [K in EventKind]: Decoder<K> }[EventKind];

const notificationDecoders: Readonly<Record<NotificationKind, AnyDecoder>> = {
  'usage-alert': {
    kind: 'USAGE_ALERT',
    decode(body) {
      const devices = list(body.devices, 'devices');
      if (devices.length === 0) throw new MalformedUpstreamData('devices', 'a non-empty array');
      const alerts = devices.map((raw) => {
        const device = record(raw, 'devices[]');
        return {
          iccid: text(device, 'deviceId'),
          warning: usageWarningCodes.decode(text(device, 'warningCode')),
          expiresAt: expiryTime(device, 'expireTime'),
        };
      });
      return { iccids: [...new Set(alerts.map((alert) => alert.iccid))], payload: { alerts } };
    },
  },
  'sms-downlink': {
    kind: 'SMS_DELIVERY',
    decode: (body) =>
      aboutOneSim({
        ...simOf(body),
        smsId: text(body, 'sms_id'),
        status: smsDeliveryStatusCodes.decode(text(body, 'status')),
        error: optionalText(body, 'error_msg'),
        occurredAt: epochMillis(body, 'reported_at'),
      }),
  },
  'sms-uplink': {
    kind: 'SMS_RECEIVED',
    decode: (body) =>
      aboutOneSim({
        ...simOf(body),
        text: text(body, 'text_message'),
        encoding: smsEncodingOf(optionalText(body, 'message_type')),
        occurredAt: epochMillis(body, 'received_at'),
      }),
  },
  'order-status': {
    kind: 'ORDER_STATUS_CHANGED',
    decode: (body) =>
      aboutOneSim({
        ...simOf(body),
        orderId: text(body, 'order_id'),
        change: orderChangeCodes.decode(text(body, 'event_code')),
        occurredAt: epochMillis(body, 'event_time'),
      }),
  },
};

export function decodeNotification(kind: NotificationKind, body: unknown, delivery: Delivery): NewEvent {
  const decoder = notificationDecoders[kind];
  // The row pairs its kind with its payload type; TypeScript cannot follow that pairing through the union.
  return { kind: decoder.kind, ...decoder.decode(record(body, 'body')), ...delivery } as NewEvent;
}

/** The SIM a single-SIM notification is about. */
function simOf(body: Json): { iccid: string; imsi: string } {
  return { iccid: text(body, 'sim_id'), imsi: text(body, 'imsi') };
}

function aboutOneSim<P extends { iccid: string }>(payload: P): { iccids: string[]; payload: P } {
  return { iccids: [payload.iccid], payload };
}

/** Notification times are epoch milliseconds sent as strings (§7.5, §12). */
function epochMillis(body: Json, key: string): Date {
  const value = text(body, key).trim();
  if (!/^\d{1,15}$/.test(value)) throw new MalformedUpstreamData(key, 'epoch milliseconds');
  return new Date(Number(value));
}

/** The alert's expiry format is undocumented; it is read as a CSSS wall-clock time (`yyyy-MM-dd HH:mm:ss`, +08:00). */
function expiryTime(device: Json, key: string): Date | null {
  const value = optionalText(device, key);
  if (value === null) return null;
  const date = parseCsssDate(value);
  if (date === null) throw new MalformedUpstreamData(key, 'a yyyy-MM-dd HH:mm:ss time');
  return date;
}
