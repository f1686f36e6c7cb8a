import type { StoredEvent } from './event.js';

export const QUEUE_CLOSED = Symbol('queue closed');
export const QUEUE_OVERFLOWED = Symbol('queue overflowed');

/**
 * The live events waiting for one subscriber. `push` never waits, so a slow subscriber costs the publisher
 * nothing: past `limit` the queue drops what it holds and remembers that it overflowed.
 */
export class SubscriberQueue {
  private items: StoredEvent[] = [];
  private overflowed = false;
  private closed = false;
  private failure: { error: unknown } | null = null;
  private wake: (() => void) | null = null;

  constructor(private readonly limit: number) {}

  get isClosed(): boolean {
    return this.closed;
  }

  push(event: StoredEvent): void {
    if (this.closed || this.overflowed) return;
    if (this.items.length < this.limit) {
      this.items.push(event);
    } else {
      this.overflowed = true;
      this.items = [];
    }
    this.signal();
  }

  /** Ends the queue with an error, which `take` then throws. */
  fail(error: unknown): void {
    this.failure ??= { error };
    this.signal();
  }

  close(): void {
    this.closed = true;
    this.items = [];
    this.signal();
  }

  /** Clears an overflow and says whether there was one (while replaying, the log still holds what was dropped). */
  recover(): boolean {
    const overflowed = this.overflowed;
    this.overflowed = false;
    return overflowed;
  }

  async take(): Promise<StoredEvent | typeof QUEUE_CLOSED | typeof QUEUE_OVERFLOWED> {
    for (;;) {
      if (this.closed) return QUEUE_CLOSED;
      if (this.failure) throw this.failure.error;
      if (this.overflowed) return QUEUE_OVERFLOWED;
      const next = this.items.shift();
      if (next) return next;
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
