import type { NewEvent, StoredEvent } from '../event.js';
import { compareEventIds, EventIdSequence } from '../event-id.js';
import type { EventLog } from './log.js';

/** The event log of a single instance without Redis: a ring of the last `maxEvents` events. Lost on restart. */
export interface MemoryEventLogOptions {
  maxEvents: number;
  /** Told of each event as it is stored, synchronously and so in id order: the memory pubsub's `publish`. */
  onAppend?: (event: StoredEvent) => void;
  now?: () => number;
}

export function createMemoryEventLog(options: MemoryEventLogOptions): EventLog {
  return new MemoryEventLog(options.maxEvents, new EventIdSequence(options.now), options.onAppend);
}

class MemoryEventLog implements EventLog {
  private readonly ring: StoredEvent[] = [];
  /** Index in `ring` of the oldest event once the ring is full. */
  private start = 0;
  private evicted: string | null = null;

  constructor(
    private readonly capacity: number,
    private readonly ids: EventIdSequence,
    private readonly onAppend?: (event: StoredEvent) => void,
  ) {}

  async append(event: NewEvent): Promise<StoredEvent> {
    const stored = { id: this.ids.next(), ...event };
    if (this.ring.length < this.capacity) {
      this.ring.push(stored);
    } else {
      this.evicted = this.ring[this.start].id;
      this.ring[this.start] = stored;
      this.start = (this.start + 1) % this.capacity;
    }
    this.onAppend?.(stored);
    return stored;
  }

  async readAfter(afterId: string | null, limit: number): Promise<StoredEvent[]> {
    const from = afterId === null ? 0 : this.firstAfter(afterId);
    const to = Math.min(this.ring.length, from + Math.max(1, limit));
    const events: StoredEvent[] = [];
    for (let position = from; position < to; position += 1) events.push(this.at(position));
    return events;
  }

  async latestId(): Promise<string | null> {
    return this.ring.length === 0 ? null : this.at(this.ring.length - 1).id;
  }

  async evictedThrough(): Promise<string | null> {
    return this.evicted;
  }

  async close(): Promise<void> {}

  /** The event at `position`, counting from the oldest. */
  private at(position: number): StoredEvent {
    return this.ring[(this.start + position) % this.ring.length];
  }

  /** Binary search: the position of the first event whose id is greater than `afterId`. */
  private firstAfter(afterId: string): number {
    let low = 0;
    let high = this.ring.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareEventIds(this.at(middle).id, afterId) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
