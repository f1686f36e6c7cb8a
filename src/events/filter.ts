import type { SimScope } from '../access/caller.js';
import type { EventKind, StoredEvent } from './event.js';

/** What a subscription asks for; an absent or null criterion does not restrict, an empty list matches nothing. */
export interface EventCriteria {
  iccids?: readonly string[] | null;
  kinds?: readonly EventKind[] | null;
  /** The caller's SIMs (null: every SIM): an event about none of them is never delivered. */
  sims?: SimScope | null;
}

/** The feed filter for `notifications(iccids, types)`: events of one of the kinds about at least one of the SIMs. */
export function eventFilter(criteria: EventCriteria): (event: StoredEvent) => boolean {
  const iccids = criteria.iccids ? lookup(criteria.iccids) : null;
  const kinds = criteria.kinds ? lookup(criteria.kinds) : null;
  const sims = criteria.sims ?? null;
  return (event) =>
    (kinds === null || kinds.has(event.kind)) &&
    (iccids === null || event.iccids.some((iccid) => iccids.has(iccid))) &&
    (sims === null || event.iccids.some((iccid) => sims.allows(iccid)));
}

/** Up to this many entries a list is searched as it is: smaller than a Set, and as quick. */
const SHORT_LIST = 8;

/** A filter lives as long as its subscriber, so what it looks up in is kept small. */
function lookup<T>(values: readonly T[]): { has(value: T): boolean } {
  return values.length > SHORT_LIST ? new Set(values) : new ShortList(values);
}

class ShortList<T> {
  constructor(private readonly values: readonly T[]) {}

  has(value: T): boolean {
    return this.values.includes(value);
  }
}

/** The event as a caller with this SIM scope may see it: a usage alert naming several SIMs keeps only the caller's. */
export function withinScope(event: StoredEvent, sims: SimScope | null): StoredEvent {
  if (sims === null || event.iccids.every((iccid) => sims.allows(iccid))) return event;
  const iccids = event.iccids.filter((iccid) => sims.allows(iccid));
  if (event.kind === 'USAGE_ALERT')
    return { ...event, iccids, payload: { alerts: event.payload.alerts.filter((alert) => sims.allows(alert.iccid)) } };
  return { ...event, iccids };
}
