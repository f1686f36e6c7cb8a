import type { NotificationKind } from '../../../src/upstream/notifications/payloads.js';
import type { NotificationSink } from '../../../src/sandbox/notifier.js';

/** A notification sink that only remembers what it was asked to send. */
export class RecordingSink implements NotificationSink {
  readonly sent: { kind: NotificationKind; body: Record<string, unknown>; delayMs: number }[] = [];

  send(kind: NotificationKind, body: Record<string, unknown>, delayMs = 0): void {
    this.sent.push({ kind, body, delayMs });
  }

  /** Order-status event codes in the order sent, optionally only those of some orders. */
  events(...orderIds: string[]): string[] {
    return this.sent
      .filter(
        (entry) =>
          entry.kind === 'order-status' && (orderIds.length === 0 || orderIds.includes(String(entry.body.order_id))),
      )
      .map((entry) => String(entry.body.event_code));
  }

  clear(): void {
    this.sent.length = 0;
  }
}
