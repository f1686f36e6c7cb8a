import type { StoredEvent } from '../event.js';
import type { EventListener, EventPubSub } from './pubsub.js';

export interface MemoryPubSub extends EventPubSub {
  /** Calls every listener in turn, synchronously: wire it to the memory log's `onAppend`. */
  publish(event: StoredEvent): void;
}

/** Single instance: the listeners of this process. */
export function createMemoryPubSub(): MemoryPubSub {
  const listeners = new Set<EventListener>();
  return {
    ready: Promise.resolve(),
    publish(event) {
      for (const listener of listeners) listener(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
    },
  };
}
