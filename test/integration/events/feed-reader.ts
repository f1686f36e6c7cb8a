import type { StoredEvent } from '../../../src/events/event.js';

/** The next event of a feed; fails instead of hanging when the feed ends or nothing comes. */
export async function nextEvent(events: AsyncIterator<StoredEvent>): Promise<StoredEvent> {
  let timer: NodeJS.Timeout | undefined;
  const nothing = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error('no event arrived')), 10_000)),
  );
  try {
    const result = await Promise.race([events.next(), nothing]);
    if (result.done) throw new Error('the feed ended');
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}
