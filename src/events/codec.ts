import type { NewEvent, StoredEvent } from './event.js';

/** Events as text, for the Redis stream: dates travel as ISO strings and come back as Dates. */

/** Every Date field of a domain event, at any depth. */
const DATE_FIELDS = new Set(['receivedAt', 'occurredAt', 'expiresAt']);

export function encodeEvent(event: NewEvent): string {
  return JSON.stringify(event);
}

/** The stream only holds what `encodeEvent` wrote, so its shape is trusted. */
export function decodeEvent(id: string, json: string): StoredEvent {
  const event = JSON.parse(json, (key, value) =>
    DATE_FIELDS.has(key) && typeof value === 'string' ? new Date(value) : value,
  ) as NewEvent;
  return { id, ...event };
}
