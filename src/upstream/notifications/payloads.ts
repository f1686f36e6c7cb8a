/**
 * The bodies Linksfield POSTs to us (reference §7), as the sandbox sends them and the webhook routes parse them.
 * `documented` kinds follow the docs; the downlink body (§7.4, title only) and the order-status body (§7.7,
 * event codes only) are assumed, in the style of the documented uplink body (snake_case, `sim_id`, epoch-ms strings).
 */
import type { Provenance } from '../endpoint.js';

/** §7.3 usage / plan-expiry alert. `warningCode`: 1 no plan, 2 about to expire, 3 expired, 4 trial data used up. */
export interface UsageAlertBody {
  devices: { deviceId: string; warningCode: string; expireTime: string }[];
}

/** §7.4 SMS downlink (MT) result — assumed. `status`: 1 delivered, 2 failed, 3 expired undelivered. */
export interface SmsDownlinkBody {
  partner_code: string;
  sim_id: string;
  imsi: string;
  /** The id the Send SMS answer returned. */
  sms_id: string;
  status: string;
  /** Why it failed; empty when delivered. */
  error_msg: string;
  /** Epoch milliseconds, UTC. */
  reported_at: string;
}

/** §7.5/§7.6 SMS uplink (MO). `message_type` "Text" or "Binary" (binary content as hex, assumed); absent means text. */
export interface SmsUplinkBody {
  partner_code: string;
  sim_id: string;
  imsi: string;
  text_message: string;
  /** Epoch milliseconds, UTC+0; the overview's example writes `2022-01-19T201101`. */
  received_at: string;
  message_type?: string;
}

/** §7.7 order status change — body assumed; `event_code` values 1000–1012 are documented. */
export interface OrderStatusBody {
  partner_code: string;
  sim_id: string;
  imsi: string;
  order_id: string;
  event_code: string;
  /** Epoch milliseconds, UTC. */
  event_time: string;
}

export type NotificationKind = 'usage-alert' | 'sms-downlink' | 'sms-uplink' | 'order-status';

export interface NotificationKindSpec {
  ref: string;
  title: string;
  provenance: Provenance;
  /** What a `documented` kind still assumes where the docs are silent. */
  assumes?: string;
  /** The docs say the order-status signature headers are not implemented yet (§7.7). */
  signatureOptional: boolean;
}

/** One row per webhook route: `POST /webhooks/linksfield/<kind>`. */
export const notificationKinds: Readonly<Record<NotificationKind, NotificationKindSpec>> = {
  'usage-alert': {
    ref: '§7.3',
    title: '流量使用量API预警 (usage / plan-expiry alert)',
    provenance: 'documented',
    assumes:
      'the `expireTime` format (read as `yyyy-MM-dd HH:mm:ss` +08:00, ISO 8601 or epoch ms; anything else kept as text, never refused)',
    signatureOptional: false,
  },
  'sms-downlink': {
    ref: '§7.4',
    title: '短信下行回调 (SMS downlink result)',
    provenance: 'assumed',
    signatureOptional: false,
  },
  'sms-uplink': {
    ref: '§7.5, §7.6',
    title: '短信上行回调 (SMS uplink, text or binary)',
    provenance: 'documented',
    assumes: 'binary content written as hex; `received_at` also read as ISO 8601',
    signatureOptional: false,
  },
  'order-status': {
    ref: '§7.7',
    title: 'Plan Order Status Change notification (IMSI)',
    provenance: 'assumed',
    signatureOptional: true,
  },
};

/** Headers Linksfield sends with every notification (§7.1). */
export const NOTIFICATION_SIGNATURE_HEADER = 'x-lf-md5';
export const NOTIFICATION_DELIVERY_HEADER = 'x-lf-delivery';
