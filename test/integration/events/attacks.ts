import { expect, it } from 'vitest';
import type { DeliveryOutcome } from '../../../src/events/dedupe.js';
import type { StoredEvent } from '../../../src/events/event.js';
import type { EventPipeline } from '../../../src/events/index.js';
import type { RefusalReason, WebhookObserver } from '../../../src/events/webhooks.js';
import type { NotificationKind } from '../../../src/upstream/notifications/payloads.js';
import { bodyFor } from '../../unit/events/examples.js';
import { nextEvent } from './feed-reader.js';
import { push, startWebhookServer, type WebhookServer } from './webhook-server.js';

/** Counts what the routes report, as `/metrics` would. */
export function recordingObserver() {
  const accepted: string[] = [];
  const refused: string[] = [];
  const observer: WebhookObserver = {
    accepted: (kind: NotificationKind, outcome: DeliveryOutcome) => void accepted.push(`${kind} ${outcome}`),
    refused: (kind: NotificationKind, reason: RefusalReason) => void refused.push(`${kind} ${reason}`),
  };
  return { observer, accepted, refused };
}

export interface AttackSetup {
  /** A fresh pipeline (memory, or Redis under keys of its own) for one test. */
  pipeline(): EventPipeline;
  /** Registers something to close after the test. */
  opened(resource: { close(): Promise<void> }): void;
}

/** The two attacks on delivery ids (issue 9), over real HTTP; run against each dedupe backend. */
export function replayAttackTests(setup: AttackSetup): void {
  const SIM = '89860000000000000077';
  const SENTINEL = '89860000000000000078';

  async function start() {
    const pipeline = setup.pipeline();
    const recorded = recordingObserver();
    const server: WebhookServer = await startWebhookServer(pipeline.ingest, { observer: recorded.observer });
    setup.opened(server);
    const events = pipeline.feed.subscribe({ filter: () => true });
    setup.opened({ close: async () => void (await events.return?.()) });
    return { pipeline, server, events, ...recorded };
  }

  /** The next events up to a fresh sentinel push: proves nothing else was delivered in between. */
  async function deliveredBeforeSentinel(
    server: WebhookServer,
    events: AsyncIterator<StoredEvent>,
  ): Promise<StoredEvent[]> {
    expect((await push(server, 'sms-uplink', bodyFor('sms-uplink', SENTINEL))).status).toBe(200);
    const delivered: StoredEvent[] = [];
    for (;;) {
      const event = await nextEvent(events);
      if (event.iccids[0] === SENTINEL) return delivered;
      delivered.push(event);
    }
  }

  it('acknowledges a captured push re-sent under new delivery ids, and delivers it once', async () => {
    const { pipeline, server, events, accepted } = await start();
    const captured = bodyFor('sms-uplink', SIM);
    expect((await push(server, 'sms-uplink', captured, { deliveryId: 'lf-1000' })).status).toBe(200);
    for (const deliveryId of ['lf-1001', 'lf-1002', 'lf-1003']) {
      expect(await push(server, 'sms-uplink', captured, { deliveryId })).toEqual({ status: 200, body: {} });
    }
    // Reordered and re-spaced, the signature still holds: still the same push.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(captured).reverse()), null, 2);
    expect((await push(server, 'sms-uplink', captured, { deliveryId: 'lf-1004', rawBody: reordered })).status).toBe(
      200,
    );
    expect((await deliveredBeforeSentinel(server, events)).map((event) => event.deliveryId)).toEqual(['lf-1000']);
    expect(accepted.filter((line) => line.endsWith('replay'))).toHaveLength(4);
    expect(await pipeline.log.readAfter(null, 100)).toHaveLength(2);
  });

  it('still stores and delivers real pushes whose delivery ids an attacker claimed first', async () => {
    const { server, events, accepted } = await start();
    const captured = bodyFor('order-status', SIM);
    expect((await push(server, 'order-status', captured, { deliveryId: 'lf-2000' })).status).toBe(200);
    const upcoming = ['lf-2001', 'lf-2002', 'lf-2003', 'lf-2004'];
    for (const deliveryId of upcoming)
      expect((await push(server, 'order-status', captured, { deliveryId })).status).toBe(200);
    const real = upcoming.map((_, index) => ({
      ...captured,
      order_id: `ORDER_${index}`,
      event_time: String(1704067200000 + index),
    }));
    for (const [index, deliveryId] of upcoming.entries())
      expect((await push(server, 'order-status', real[index], { deliveryId })).status).toBe(200);
    // Linksfield's retry of one of them is still a retry.
    expect((await push(server, 'order-status', real[0], { deliveryId: upcoming[0] })).status).toBe(200);
    const delivered = await deliveredBeforeSentinel(server, events);
    expect(delivered.map((event) => event.deliveryId)).toEqual(['lf-2000', ...upcoming]);
    expect(delivered.slice(1).map((event) => (event.payload as { orderId: string }).orderId)).toEqual([
      'ORDER_0',
      'ORDER_1',
      'ORDER_2',
      'ORDER_3',
    ]);
    expect(accepted.filter((line) => line.startsWith('order-status'))).toEqual([
      'order-status stored',
      ...upcoming.map(() => 'order-status replay'),
      ...upcoming.map(() => 'order-status stored'),
      'order-status duplicate',
    ]);
  });

  it('stores a delivery id seen before with another body, and counts it', async () => {
    const { server, events, accepted } = await start();
    expect(
      (
        await push(
          server,
          'sms-uplink',
          { ...bodyFor('sms-uplink', SIM), text_message: 'one' },
          { deliveryId: 'lf-3000' },
        )
      ).status,
    ).toBe(200);
    expect(
      (
        await push(
          server,
          'sms-uplink',
          { ...bodyFor('sms-uplink', SIM), text_message: 'two' },
          { deliveryId: 'lf-3000' },
        )
      ).status,
    ).toBe(200);
    const delivered = await deliveredBeforeSentinel(server, events);
    expect(delivered.map((event) => (event.payload as { text: string }).text)).toEqual(['one', 'two']);
    expect(accepted.slice(0, 2)).toEqual(['sms-uplink stored', 'sms-uplink stored-reused-id']);
  });
}
