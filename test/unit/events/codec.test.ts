import { describe, expect, it } from 'vitest';
import { decodeEvent, encodeEvent } from '../../../src/events/codec.js';
import { decodeNotification } from '../../../src/events/decoders.js';
import { notificationKinds, type NotificationKind } from '../../../src/upstream/notifications/payloads.js';
import { bodyFor } from './examples.js';

describe('event codec', () => {
  it.each(Object.keys(notificationKinds) as NotificationKind[])(
    'brings a %s event back with its dates as Dates',
    (kind) => {
      const event = decodeNotification(kind, bodyFor(kind, '8986'), {
        deliveryId: '42',
        receivedAt: new Date('2024-06-01T00:00:00Z'),
      });
      const json = encodeEvent(event);
      expect(JSON.parse(json).receivedAt).toBe('2024-06-01T00:00:00.000Z');
      expect(decodeEvent('1-0', json)).toEqual({ id: '1-0', ...event });
    },
  );
});
