import { describe, expect, it } from 'vitest';
import { OrderChange, SmsDeliveryStatus, SmsEncoding, UsageWarning } from '../../../src/events/codes.js';
import { decodeNotification } from '../../../src/events/decoders.js';
import { MalformedUpstreamData } from '../../../src/upstream/errors.js';
import {
  documentedBinaryUplink,
  documentedUplink,
  documentedUsageAlert,
  orderStatusChange,
  smsDownlinkReport,
  twoDeviceUsageAlert,
} from './examples.js';

const delivery = { deliveryId: '1735689600000123456', receivedAt: new Date('2024-06-01T00:00:00Z') };

describe('decodeNotification', () => {
  it('turns the documented usage alert into one event, each SIM once, one entry per device', () => {
    const event = decodeNotification('usage-alert', documentedUsageAlert, delivery);
    expect(event).toEqual({
      kind: 'USAGE_ALERT',
      iccids: ['89314404000816575667'],
      ...delivery,
      payload: {
        alerts: Array(3).fill({
          iccid: '89314404000816575667',
          warning: UsageWarning.NO_PLAN,
          expiresAt: null,
          expiresAtText: null,
        }),
      },
    });
  });

  it('reads an alert expiry as China Standard Time', () => {
    const event = decodeNotification('usage-alert', twoDeviceUsageAlert, delivery);
    expect(event.iccids).toEqual(['89314404000816575667', '89314404000816575668']);
    expect(event.payload).toEqual({
      alerts: [
        { iccid: '89314404000816575667', warning: UsageWarning.NO_PLAN, expiresAt: null, expiresAtText: null },
        {
          iccid: '89314404000816575668',
          warning: UsageWarning.PLAN_EXPIRING,
          expiresAt: new Date('2024-01-31T15:59:59Z'),
          expiresAtText: null,
        },
      ],
    });
  });

  it.each([
    ['3', UsageWarning.PLAN_EXPIRED],
    ['4', UsageWarning.TRIAL_DATA_EXHAUSTED],
    ['9', UsageWarning.UNKNOWN],
  ])('keeps usage warning %s as %s', (code, warning) => {
    const event = decodeNotification(
      'usage-alert',
      { devices: [{ deviceId: '1', warningCode: code, expireTime: '' }] },
      delivery,
    );
    expect(event.payload).toEqual({ alerts: [{ iccid: '1', warning, expiresAt: null, expiresAtText: null }] });
  });

  it.each([
    ['2024-01-31T15:59:59Z', new Date('2024-01-31T15:59:59Z')],
    ['2024-01-31T23:59:59+08:00', new Date('2024-01-31T15:59:59Z')],
    ['1706716799000', new Date('2024-01-31T15:59:59Z')],
  ])('reads an alert expiry written %s', (expireTime, expiresAt) => {
    const event = decodeNotification(
      'usage-alert',
      { devices: [{ deviceId: '1', warningCode: '2', expireTime }] },
      delivery,
    );
    expect(event.payload).toEqual({
      alerts: [{ iccid: '1', warning: UsageWarning.PLAN_EXPIRING, expiresAt, expiresAtText: null }],
    });
  });

  it.each(['next week', '31/01/2024', '2024-13-45 25:00:00'])(
    'keeps an alert expiry it cannot read (%s) as text instead of refusing the push',
    (expireTime) => {
      const event = decodeNotification(
        'usage-alert',
        { devices: [{ deviceId: '1', warningCode: '2', expireTime }] },
        delivery,
      );
      expect(event.payload).toEqual({
        alerts: [{ iccid: '1', warning: UsageWarning.PLAN_EXPIRING, expiresAt: null, expiresAtText: expireTime }],
      });
    },
  );

  it.each([
    ['epoch milliseconds (§7.5 example)', '1642385160000', new Date('2022-01-17T02:06:00Z')],
    ['the overview form (§7.1 example)', '2022-01-19T201101', new Date('2022-01-19T20:11:01Z')],
    ['ISO 8601 in UTC', '2022-01-19T20:11:01Z', new Date('2022-01-19T20:11:01Z')],
    ['ISO 8601 with milliseconds and an offset', '2022-01-20T04:11:01.250+08:00', new Date('2022-01-19T20:11:01.250Z')],
    ['ISO 8601 without a zone (UTC+0, as documented)', '2022-01-19T20:11:01', new Date('2022-01-19T20:11:01Z')],
  ])('reads an uplink received_at in %s', (_form, receivedAt, occurredAt) => {
    expect(
      decodeNotification('sms-uplink', { ...documentedUplink, received_at: receivedAt }, delivery).payload,
    ).toMatchObject({ occurredAt });
  });

  it("decodes the overview's uplink example (§7.1) with its partner code", () => {
    const overview = {
      imsi: '8900000000000010',
      partner_code: 'P002671',
      received_at: '2022-01-19T201101',
      sim_id: '89000000000001',
      text_message: 'device status: 1234',
    };
    expect(decodeNotification('sms-uplink', overview, delivery).payload).toEqual({
      iccid: '89000000000001',
      imsi: '8900000000000010',
      partnerCode: 'P002671',
      text: 'device status: 1234',
      encoding: SmsEncoding.TEXT,
      occurredAt: new Date('2022-01-19T20:11:01Z'),
    });
  });

  it('reads the documented text uplink, its epoch-millisecond time and missing message_type', () => {
    expect(decodeNotification('sms-uplink', documentedUplink, delivery)).toEqual({
      kind: 'SMS_RECEIVED',
      iccids: ['89860220190123456789'],
      ...delivery,
      payload: {
        iccid: '89860220190123456789',
        imsi: '4230001234567',
        partnerCode: 'P123456',
        text: 'hello',
        encoding: SmsEncoding.TEXT,
        occurredAt: new Date('2022-01-17T02:06:00Z'),
      },
    });
  });

  it.each(['Binary', 'binary', 'BINARY'])('reads message_type %s as BINARY', (messageType) => {
    const event = decodeNotification('sms-uplink', { ...documentedBinaryUplink, message_type: messageType }, delivery);
    expect(event.payload).toMatchObject({ encoding: SmsEncoding.BINARY, text: '发送短信内容' });
  });

  it('reads an SMS delivery report', () => {
    expect(decodeNotification('sms-downlink', smsDownlinkReport, delivery)).toEqual({
      kind: 'SMS_DELIVERY',
      iccids: ['89860220190123456789'],
      ...delivery,
      payload: {
        iccid: '89860220190123456789',
        imsi: '4230001234567',
        partnerCode: 'P123456',
        smsId: 'SMS202401010001',
        status: SmsDeliveryStatus.FAILED,
        error: 'handset unreachable',
        occurredAt: new Date('2024-01-01T00:00:00Z'),
      },
    });
    const delivered = decodeNotification(
      'sms-downlink',
      { ...smsDownlinkReport, status: '1', error_msg: '' },
      delivery,
    );
    expect(delivered.payload).toMatchObject({ status: SmsDeliveryStatus.DELIVERED, error: null });
  });

  it.each([
    ['1000', OrderChange.CREATED],
    ['1001', OrderChange.ENDED_EARLY],
    ['1002', OrderChange.CANCELLED],
    ['1003', OrderChange.PAUSED],
    ['1004', OrderChange.RESUMED],
    ['1005', OrderChange.ENABLED],
    ['1007', OrderChange.OTA_ENABLED],
    ['1008', OrderChange.EXPIRED],
    ['1009', OrderChange.RENEWED],
    ['1010', OrderChange.PERIODS_REDUCED],
    ['1012', OrderChange.OTA_IMSI_REDOWNLOADED],
    ['1006', OrderChange.UNKNOWN],
  ])('keeps order event %s as %s', (code, change) => {
    const event = decodeNotification('order-status', { ...orderStatusChange, event_code: code }, delivery);
    expect(event).toMatchObject({
      kind: 'ORDER_STATUS_CHANGED',
      iccids: ['89860220190123456789'],
      payload: { orderId: '202107061625560742397', change, occurredAt: new Date('2024-01-01T00:00:00Z') },
    });
  });

  it.each([
    ['usage-alert', {}, 'devices'],
    ['usage-alert', { devices: [] }, 'devices'],
    ['usage-alert', { devices: ['89314404000816575667'] }, 'devices[]'],
    ['usage-alert', { devices: [{ warningCode: '1', expireTime: '' }] }, 'deviceId'],
    ['sms-uplink', { ...documentedUplink, sim_id: undefined }, 'sim_id'],
    ['sms-uplink', { ...documentedUplink, received_at: 'yesterday' }, 'received_at'],
    ['sms-uplink', { ...documentedUplink, received_at: '2022-13-19T201101' }, 'received_at'],
    ['sms-downlink', { ...smsDownlinkReport, sms_id: { id: 1 } }, 'sms_id'],
    ['order-status', { ...orderStatusChange, order_id: null }, 'order_id'],
    ['order-status', [orderStatusChange], 'body'],
  ] as const)('refuses a %s body of the wrong shape, naming %s', (kind, body, field) => {
    const decode = () => decodeNotification(kind, body, delivery);
    expect(decode).toThrow(MalformedUpstreamData);
    expect(decode).toThrow(expect.objectContaining({ path: field }));
  });
});
