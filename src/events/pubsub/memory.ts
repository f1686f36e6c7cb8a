import type { StoredEvent } from '../event.js';
import type { EventListener, EventPubSub } from './pubsub.js';

export interface MemoryPubSub extends EventPubSub {
  /** Calls every listener in turn, synchronously. */
  publish(event: StoredEvent): void;
  /**
   * Publishes once the current work is done (events in the order given): wire it to the memory log's `onAppend`,
   * so a webhook is acknowledged as soon as its event is stored, never after its subscribers' deliveries.
   */
  publishSoon(event: StoredEvent): void;
}

/** The listeners of one SIM: most SIMs have one, kept as itself rather than in a Set of its own. */
type Listening = EventListener | Set<EventListener>;

/** Single instance: the listeners of this process, indexed by the SIMs they listen to. */
export function createMemoryPubSub(): MemoryPubSub {
  const everyEvent = new Set<EventListener>();
  const bySim = new Map<string, Listening>();
  let soon: StoredEvent[] = [];
  const publishWaiting = () => {
    const events = soon;
    soon = [];
    for (const event of events) pubsub.publish(event);
  };
  const pubsub: MemoryPubSub = {
    ready: Promise.resolve(),
    publishSoon(event) {
      if (soon.push(event) === 1) setImmediate(publishWaiting);
    },
    publish(event) {
      for (const listener of everyEvent) listener(event);
      // An event about several SIMs reaches a listener of several of them once.
      const heard = event.iccids.length > 1 ? new Set<EventListener>() : null;
      for (const iccid of event.iccids) {
        for (const listener of listenersOf(bySim.get(iccid))) {
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
        const listening = bySim.get(iccid);
        if (listening === undefined) bySim.set(iccid, listener);
        else if (listening instanceof Set) listening.add(listener);
        else bySim.set(iccid, new Set([listening, listener]));
      }
      return () => {
        for (const iccid of iccids) {
          const listening = bySim.get(iccid);
          if (listening === listener) bySim.delete(iccid);
          else if (listening instanceof Set && listening.delete(listener) && listening.size === 0) bySim.delete(iccid);
        }
      };
    },
    async close() {
      soon = [];
      everyEvent.clear();
      bySim.clear();
    },
  };
  return pubsub;
}

function listenersOf(listening: Listening | undefined): Iterable<EventListener> {
  if (listening === undefined) return [];
  return listening instanceof Set ? listening : [listening];
}
