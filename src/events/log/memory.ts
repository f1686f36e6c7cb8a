import { encodeEvent } from '../codec.js';
import type { NewEvent, StoredEvent } from '../event.js';
import { compareEventIds, EventIdSequence } from '../event-id.js';
import type { EventLog } from './log.js';

/**
 * The event log of a single instance without Redis: the newest events, at most `maxEvents` of them and at most
 * `maxBytes` bytes of their JSON encoding (the newest is always kept). Lost on restart.
 */
export interface MemoryEventLogOptions {
  maxEvents: number;
  maxBytes: number;
  /** Told of each event as it is stored, synchronously and so in id order: the memory pubsub's `publishSoon`. */
  onAppend?: (event: StoredEvent) => void;
  now?: () => number;
}

export function createMemoryEventLog(options: MemoryEventLogOptions): EventLog {
  return new MemoryEventLog(options, new EventIdSequence(options.now));
}

class MemoryEventLog implements EventLog {
  /** Retained events from `head` on, oldest first; the evicted prefix is cut off once it is half the array. */
  private events: StoredEvent[] = [];
  private sizes: number[] = [];
  private head = 0;
  private bytes = 0;
  private evicted: string | null = null;

  constructor(
    private readonly options: MemoryEventLogOptions,
    private readonly ids: EventIdSequence,
  ) {}

  async append(event: NewEvent): Promise<StoredEvent> {
    const stored = { id: this.ids.next(), ...event };
    const size = Buffer.byteLength(encodeEvent(event));
    this.events.push(stored);
    this.sizes.push(size);
    this.bytes += size;
    while (this.count > 1 && (this.count > this.options.maxEvents || this.bytes > this.options.maxBytes))
      this.evictOldest();
    this.options.onAppend?.(stored);
    return stored;
  }

  async readAfter(afterId: string | null, limit: number): Promise<StoredEvent[]> {
    const from = this.head + (afterId === null ? 0 : this.firstAfter(afterId));
    return this.events.slice(from, Math.min(this.events.length, from + Math.max(1, limit)));
  }

  async latestId(): Promise<string | null> {
    return this.count === 0 ? null : this.events[this.events.length - 1].id;
  }

  async evictedThrough(): Promise<string | null> {
    return this.evicted;
  }

  async close(): Promise<void> {}

  private get count(): number {
    return this.events.length - this.head;
  }

  private evictOldest(): void {
    this.evicted = this.events[this.head].id;
    this.bytes -= this.sizes[this.head];
    this.head += 1;
    if (this.head * 2 >= this.events.length) {
      this.events = this.events.slice(this.head);
      this.sizes = this.sizes.slice(this.head);
      this.head = 0;
    }
  }

  /** Binary search: how many retained events have an id not greater than `afterId`. */
  private firstAfter(afterId: string): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareEventIds(this.events[this.head + middle].id, afterId) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
