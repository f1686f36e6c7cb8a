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
          ...expiry(device.expireTime),
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
        occurredAt: notificationTime(body, 'reported_at'),
      }),
  },
  'sms-uplink': {
    kind: 'SMS_RECEIVED',
    decode: (body) =>
      aboutOneSim({
        ...simOf(body),
        text: text(body, 'text_message'),
        encoding: smsEncodingOf(optionalText(body, 'message_type')),
        occurredAt: notificationTime(body, 'received_at'),
      }),
  },
  'order-status': {
    kind: 'ORDER_STATUS_CHANGED',
    decode: (body) =>
      aboutOneSim({
        ...simOf(body),
        orderId: text(body, 'order_id'),
        change: orderChangeCodes.decode(text(body, 'event_code')),
        occurredAt: notificationTime(body, 'event_time'),
      }),
  },
};

export function decodeNotification(kind: NotificationKind, body: unknown, delivery: Delivery): NewEvent {
  const decoder = notificationDecoders[kind];
  // The row pairs its kind with its payload type; TypeScript cannot follow that pairing through the union.
  return { kind: decoder.kind, ...decoder.decode(record(body, 'body')), ...delivery } as NewEvent;
}

/** The SIM a single-SIM notification is about, and the enterprise it belongs to (`partner_code`, §7.5). */
function simOf(body: Json): { iccid: string; imsi: string; partnerCode: string | null } {
  return { iccid: text(body, 'sim_id'), imsi: text(body, 'imsi'), partnerCode: optionalText(body, 'partner_code') };
}

function aboutOneSim<P extends { iccid: string }>(payload: P): { iccids: string[]; payload: P } {
  return { iccids: [payload.iccid], payload };
}

/**
 * Notification times (UTC+0): epoch milliseconds as a string (§7.5's example, §12), the overview's
 * `2022-01-19T201101` (§7.1), or ISO 8601 (no zone: UTC).
 */
function notificationTime(body: Json, key: string): Date {
  const date = parseNotificationTime(text(body, key));
  if (date === null) throw new MalformedUpstreamData(key, 'epoch milliseconds, yyyy-MM-ddTHHmmss or an ISO 8601 time');
  return date;
}

const COMPACT_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2})(\d{2})(\d{2})$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function parseNotificationTime(raw: string): Date | null {
  const value = raw.trim();
  if (/^\d{1,15}$/.test(value)) return new Date(Number(value));
  const compact = COMPACT_TIME.exec(value);
  if (compact) return validTime(`${compact[1]}T${compact[2]}:${compact[3]}:${compact[4]}Z`);
  if (ISO_TIME.test(value)) return validTime(/(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`);
  return null;
}

/** A parsed time, or null for an impossible one (month 13, 25 o'clock), which Date.parse would roll over or reject. */
function validTime(iso: string): Date | null {
  const at = Date.parse(iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (Number.isNaN(at)) return null;
  const [, month, day, hour, minute] = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso)!.map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 ? new Date(at) : null;
}

/**
 * The alert's `expireTime` format is undocumented (the only example is empty): read as a CSSS wall-clock time
 * (`yyyy-MM-dd HH:mm:ss`, +08:00), or as a notification time. Anything else is kept as text, never refused: a
 * correctly signed push refused for it would be retried by Linksfield for ever.
 */
function expiry(raw: unknown): { expiresAt: Date | null; expiresAtText: string | null } {
  if (raw === undefined || raw === null || raw === '') return { expiresAt: null, expiresAtText: null };
  const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : JSON.stringify(raw);
  const expiresAt = parseCsssDate(value) ?? parseNotificationTime(value);
  return { expiresAt, expiresAtText: expiresAt === null ? value : null };
}
