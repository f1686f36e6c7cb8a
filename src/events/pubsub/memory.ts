import type { StoredEvent } from '../event.js';
import type { EventListener, EventPubSub } from './pubsub.js';

export interface MemoryPubSub extends EventPubSub {
  /** Calls every listener in turn, synchronously: wire it to the memory log's `onAppend`. */
  publish(event: StoredEvent): void;
}

/** Single instance: the listeners of this process, indexed by the SIMs they listen to. */
export function createMemoryPubSub(): MemoryPubSub {
  const everyEvent = new Set<EventListener>();
  const bySim = new Map<string, Set<EventListener>>();
  return {
    ready: Promise.resolve(),
    publish(event) {
      for (const listener of everyEvent) listener(event);
      // An event about several SIMs reaches a listener of several of them once.
      const heard = event.iccids.length > 1 ? new Set<EventListener>() : null;
      for (const iccid of event.iccids) {
        for (const listener of bySim.get(iccid) ?? []) {
          if (heard?.has(listener)) continue;
          heard?.add(listener);
          listener(event);
        }
      }
    },
    subscribe(listener, iccids) {
      if (iccids == null) {
        everyEvent.add(listener);
        return () => everyEvent.delete(listener);
      }
      for (const iccid of iccids) {
        const listeners = bySim.get(iccid) ?? new Set<EventListener>();
        listeners.add(listener);
        bySim.set(iccid, listeners);
      }
      return () => {
        for (const iccid of iccids) {
          const listeners = bySim.get(iccid);
          listeners?.delete(listener);
          if (listeners?.size === 0) bySim.delete(iccid);
        }
      };
    },
    async close() {
      everyEvent.clear();
      bySim.clear();
    },
  };
}
