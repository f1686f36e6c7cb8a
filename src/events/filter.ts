import type { EventKind, StoredEvent } from './event.js';

/** What a subscription asks for; an absent or null criterion does not restrict, an empty list matches nothing. */
export interface EventCriteria {
  iccids?: readonly string[] | null;
  kinds?: readonly EventKind[] | null;
}

/** The feed filter for `notifications(iccids, types)`: events of one of the kinds about at least one of the SIMs. */
export function eventFilter(criteria: EventCriteria): (event: StoredEvent) => boolean {
  const iccids = criteria.iccids ? new Set(criteria.iccids) : null;
  const kinds = criteria.kinds ? new Set(criteria.kinds) : null;
  return (event) => (kinds === null || kinds.has(event.kind)) && (iccids === null || event.iccids.some((iccid) => iccids.has(iccid)));
}
