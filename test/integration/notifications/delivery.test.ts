import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FleetNotificationsDocument,
  OrderStatusChangedDocument,
  SmsDeliveryDocument,
  SmsReceivedDocument,
  UsageAlertsDocument,
} from '../../../examples/generated/operations.js';
import { signNotification } from '../../../src/upstream/notifications/sign.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import type { NotificationKind } from '../../../src/upstream/notifications/payloads.js';
import { bodyFor } from '../../unit/events/examples.js';
import { connect, subscribe, watchFeed } from '../../support/subscriber.js';
import { say, uplinkBody, webhook } from './webhook.js';

const SIM_A = '89860000000000000101';
const SIM_B = '89860000000000000102';
const EVENT_ID = /^\d+-\d+$/;
const webhookKinds: NotificationKind[] = ['usage-alert', 'sms-downlink', 'sms-uplink', 'order-status'];
const notificationKinds = ['USAGE_ALERT', 'SMS_DELIVERY', 'SMS_RECEIVED', 'ORDER_STATUS_CHANGED'];

let t: TestGateway;
let client: Client;

beforeAll(async () => {
  t = await startTestGateway();
  client = connect(t.url);
});
afterAll(async () => {
  await client.dispose();
  await t.close();
});

describe('a verified webhook', () => {
  it('reaches the subscribers filtered to its SIM, typed, and never a subscriber of another SIM', async () => {
    const feed = watchFeed(t.gateway);
    const a = subscribe(client, FleetNotificationsDocument, { iccids: [SIM_A] });
    const b = subscribe(client, FleetNotificationsDocument, { iccids: [SIM_B] });
    const usageAlerts = subscribe(client, UsageAlertsDocument, { iccids: [SIM_A] });
    const smsDelivery = subscribe(client, SmsDeliveryDocument, { iccids: [SIM_A] });
    const smsReceived = subscribe(client, SmsReceivedDocument, { iccids: [SIM_A] });
    const orderStatusChanged = subscribe(client, OrderStatusChangedDocument, { iccids: [SIM_A] });
    const typed = [usageAlerts, smsDelivery, smsReceived, orderStatusChanged];
    await feed.opened(6);
    // Two rounds: each subscription is served in id order, so once it has the second round's event every leak would have shown.
    // The second round's pushes differ from the first's (a copy under a new delivery id would be a replay).
    const ofRound = (kind: NotificationKind, iccid: string, round: number): Record<string, unknown> =>
      round === 0
        ? bodyFor(kind, iccid)
        : kind === 'usage-alert'
          ? { devices: [{ deviceId: iccid, expireTime: '2024-02-29 23:59:59', warningCode: '2' }] }
          : { ...bodyFor(kind, iccid), partner_code: 'P654321' };
    for (let round = 0; round < 2; round += 1) {
      for (const kind of webhookKinds) {
        for (const iccid of [SIM_A, SIM_B])
          expect(await webhook(t, kind, ofRound(kind, iccid, round))).toEqual({ status: 200, body: {} });
      }
    }

    const [ofA, ofB] = await Promise.all([a.received(8), b.received(8)]);
    expect(ofA.map((result) => result.data!.notifications.kind)).toEqual([...notificationKinds, ...notificationKinds]);
    expect(ofA.every((result) => result.data!.notifications.iccids.join() === SIM_A)).toBe(true);
    expect(ofB.map((result) => result.data!.notifications.kind)).toEqual([...notificationKinds, ...notificationKinds]);
    expect(ofB.every((result) => result.data!.notifications.iccids.join() === SIM_B)).toBe(true);
    const envelope = { id: expect.stringMatching(EVENT_ID), iccids: [SIM_A], receivedAt: expect.any(String) };
    const aboutSimA = (occurredAt: string) => ({ ...envelope, iccid: SIM_A, imsi: '4230001234567', occurredAt });
    expect(ofA.slice(0, 4).map((result) => result.data!.notifications)).toEqual([
      {
        __typename: 'UsageAlertNotification',
        kind: 'USAGE_ALERT',
        ...envelope,
        alerts: [{ iccid: SIM_A, warning: 'PLAN_EXPIRING', expiresAt: '2024-01-31T15:59:59.000Z' }],
      },
      {
        __typename: 'SmsDeliveryNotification',
        kind: 'SMS_DELIVERY',
        ...aboutSimA('2024-01-01T00:00:00.000Z'),
        smsId: 'SMS202401010001',
        status: 'FAILED',
        error: 'handset unreachable',
      },
      {
        __typename: 'SmsReceivedNotification',
        kind: 'SMS_RECEIVED',
        ...aboutSimA('2022-01-17T02:06:00.000Z'),
        text: 'hello',
        encoding: 'TEXT',
      },
      {
        __typename: 'OrderStatusNotification',
        kind: 'ORDER_STATUS_CHANGED',
        ...aboutSimA('2024-01-01T00:00:00.000Z'),
        orderId: '202107061625560742397',
        change: 'ENABLED',
      },
    ]);
    const ids = ofA.map((result) => result.data!.notifications.id);
    expect(new Set(ids).size).toBe(8);

    const [alerts, deliveries, received, orders] = await Promise.all([
      usageAlerts.received(2),
      smsDelivery.received(2),
      smsReceived.received(2),
      orderStatusChanged.received(2),
    ]);
    expect(alerts.map((result) => result.data!.usageAlerts.alerts)).toEqual([
      [{ iccid: SIM_A, warning: 'PLAN_EXPIRING', expiresAt: '2024-01-31T15:59:59.000Z' }],
      [{ iccid: SIM_A, warning: 'PLAN_EXPIRING', expiresAt: '2024-02-29T15:59:59.000Z' }],
    ]);
    expect(deliveries.map((result) => result.data!.smsDelivery)).toEqual(
      [ids[1], ids[5]].map((id) => ({
        id,
        iccid: SIM_A,
        imsi: '4230001234567',
        smsId: 'SMS202401010001',
        status: 'FAILED',
        error: 'handset unreachable',
        occurredAt: '2024-01-01T00:00:00.000Z',
      })),
    );
    expect(received.map((result) => result.data!.smsReceived)).toEqual(
      [ids[2], ids[6]].map((id) => ({
        id,
        iccid: SIM_A,
        imsi: '4230001234567',
        text: 'hello',
        encoding: 'TEXT',
        occurredAt: '2022-01-17T02:06:00.000Z',
      })),
    );
    expect(orders.map((result) => result.data!.orderStatusChanged)).toMatchObject(
      [ids[3], ids[7]].map((id) => ({
        id,
        iccid: SIM_A,
        orderId: '202107061625560742397',
        change: 'ENABLED',
        occurredAt: '2024-01-01T00:00:00.000Z',
      })),
    );
    for (const subscriber of [a, b, ...typed]) subscriber.unsubscribe();
    expect([a, b, ...typed].map((subscriber) => subscriber.results.length)).toEqual([8, 8, 2, 2, 2, 2]);
  });

  it('is refused when forged, unsigned, malformed or oversized, acknowledged once when retried or replayed, and delivered only once', async () => {
    const feed = watchFeed(t.gateway);
    const a = subscribe(client, SmsReceivedDocument, { iccids: [SIM_A] });
    await feed.opened(1);

    expect((await say(t, SIM_A, 'forged', { secret: 'not-the-notify-secret' })).status).toBe(401);
    expect((await say(t, SIM_A, 'unsigned', { signature: null })).status).toBe(401);
    expect((await webhook(t, 'order-status', bodyFor('order-status', SIM_A), { signature: null })).status).toBe(401);
    const signedOriginal = signNotification(uplinkBody(SIM_A, 'original'), t.gateway.services.config.notifySecret);
    expect((await say(t, SIM_A, 'tampered', { signature: signedOriginal })).status).toBe(401);
    expect((await say(t, SIM_A, 'not json', { rawBody: '{"sim_id": "' })).status).toBe(400);
    const { received_at: _received, ...timeless } = uplinkBody(SIM_A, 'no time');
    expect((await webhook(t, 'sms-uplink', timeless)).status).toBe(422);
    expect((await webhook(t, 'usage-alert', { devices: 'all of them' })).status).toBe(422);
    expect((await say(t, SIM_A, 'x'.repeat(1024 * 1024))).status).toBe(413);

    expect(await say(t, SIM_A, 'accepted', { deliveryId: 'delivery-once' })).toEqual({ status: 200, body: {} });
    expect(await say(t, SIM_A, 'accepted', { deliveryId: 'delivery-once' })).toEqual({ status: 200, body: {} });
    expect(await say(t, SIM_A, 'accepted', { deliveryId: 'replayed-under-another-id' })).toEqual({
      status: 200,
      body: {},
    });
    // The same delivery id with another body is not a repeat: stored, so a claimed id never drops a real push.
    expect(await say(t, SIM_A, 'same id, another body', { deliveryId: 'delivery-once' })).toEqual({
      status: 200,
      body: {},
    });
    expect(await say(t, SIM_A, 'sentinel')).toEqual({ status: 200, body: {} });

    const results = await a.received(3);
    expect(results.map((result) => result.data!.smsReceived.text)).toEqual([
      'accepted',
      'same id, another body',
      'sentinel',
    ]);
    a.unsubscribe();
    expect(a.results).toHaveLength(3);
  });
});
