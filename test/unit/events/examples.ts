import { decodeNotification } from '../../../src/events/decoders.js';
import type { NewEvent } from '../../../src/events/event.js';
import type { EventPipelineConfig } from '../../../src/events/index.js';
import type { EventLog } from '../../../src/events/log/log.js';
import type { NotificationKind } from '../../../src/upstream/notifications/payloads.js';

/** Webhook bodies: the documented examples (§7.1, §7.3, §7.5) and, for the assumed kinds, the sandbox's shape. */

/** §7.3 as published: one device three times, no expiry. */
export const documentedUsageAlert = {
  devices: [
    { expireTime: '', warningCode: '1', deviceId: '89314404000816575667' },
    { expireTime: '', warningCode: '1', deviceId: '89314404000816575667' },
    { expireTime: '', warningCode: '1', deviceId: '89314404000816575667' },
  ],
};

/** §7.1's array worked example: two devices, one expiring. */
export const twoDeviceUsageAlert = {
  devices: [
    { deviceId: '89314404000816575667', expireTime: '', warningCode: '1' },
    { deviceId: '89314404000816575668', expireTime: '2024-01-31 23:59:59', warningCode: '2' },
  ],
};

/** §7.1's worked example (text, no `message_type`), signed with `demo-notify-secret`. */
export const documentedUplink = {
  partner_code: 'P123456',
  sim_id: '89860220190123456789',
  imsi: '4230001234567',
  text_message: 'hello',
  received_at: '1642385160000',
};
export const DEMO_NOTIFY_SECRET = 'demo-notify-secret';
export const DOCUMENTED_UPLINK_SIGNATURE = 'ZjdkOTE1MDA5ZTZkOTQyZWEyNzViMDczZTY3ZjQxOWQ=';

/** §7.5's example, with the comma the published one lacks. */
export const documentedBinaryUplink = {
  partner_code: 'P123456',
  sim_id: '89860220190123456789',
  imsi: '4230001234567',
  message_type: 'Binary',
  text_message: '发送短信内容',
  received_at: '1642385160000',
};

export const smsDownlinkReport = {
  partner_code: 'P123456',
  sim_id: '89860220190123456789',
  imsi: '4230001234567',
  sms_id: 'SMS202401010001',
  status: '2',
  error_msg: 'handset unreachable',
  reported_at: '1704067200000',
};

export const orderStatusChange = {
  partner_code: 'P123456',
  sim_id: '89860220190123456789',
  imsi: '4230001234567',
  order_id: '202107061625560742397',
  event_code: '1005',
  event_time: '1704067200000',
};

/** One valid body per webhook kind, about `iccid`. */
export function bodyFor(kind: NotificationKind, iccid: string): Record<string, unknown> {
  switch (kind) {
    case 'usage-alert':
      return { devices: [{ deviceId: iccid, expireTime: '2024-01-31 23:59:59', warningCode: '2' }] };
    case 'sms-downlink':
      return { ...smsDownlinkReport, sim_id: iccid };
    case 'sms-uplink':
      return { ...documentedUplink, sim_id: iccid };
    case 'order-status':
      return { ...orderStatusChange, sim_id: iccid };
  }
}

export function testConfig(events: Partial<EventPipelineConfig['events']> = {}): EventPipelineConfig {
  return {
    redisUrl: null,
    redisKeyPrefix: 'lf:',
    logLevel: 'silent',
    webhooks: {
      orderStatusToken: null,
      allowedSources: [],
      trustedProxies: [],
      maxBodyBytes: 4096,
      dedupeTtlSeconds: 8 * 24 * 3600,
      replayWindowSeconds: 6 * 24 * 3600,
    },
    events: { maxEvents: 1000, maxBytes: 1024 * 1024, subscriberQueueLimit: 100, ...events },
  };
}

/** An SMS_RECEIVED event about `iccid`, as the decoder makes it. */
export function sampleEvent(iccid: string, deliveryId: string | null = null): NewEvent {
  return decodeNotification('sms-uplink', bodyFor('sms-uplink', iccid), {
    deliveryId,
    receivedAt: new Date('2024-06-01T00:00:00Z'),
  });
}

/** The log's methods on a plain object, ready to have one replaced. */
export function logMethods(log: EventLog): EventLog {
  return {
    append: (event) => log.append(event),
    readAfter: (after, limit) => log.readAfter(after, limit),
    latestId: () => log.latestId(),
    evictedThrough: () => log.evictedThrough(),
    close: () => log.close(),
  };
}
