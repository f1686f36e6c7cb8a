/**
 * Event ids have the Redis stream shape `<ms>-<seq>` in both backends, so a client's `after` means the same
 * thing whichever one stored the event. Both parts are compared as whole numbers of any length.
 */
const EVENT_ID = /^(0|[1-9]\d{0,19})-(0|[1-9]\d{0,19})$/;

export class InvalidEventIdError extends Error {
  constructor() {
    super('an event id looks like "1718000000000-0" (milliseconds, a dash, a sequence number)');
    this.name = 'InvalidEventIdError';
  }
}

export function assertEventId(value: string): void {
  if (!EVENT_ID.test(value)) throw new InvalidEventIdError();
}

/** Negative, zero or positive as `a` is before, equal to or after `b`; both must be valid ids. */
export function compareEventIds(a: string, b: string): number {
  const [aMs, aSeq] = a.split('-');
  const [bMs, bSeq] = b.split('-');
  return compareWholeNumbers(aMs, bMs) || compareWholeNumbers(aSeq, bSeq);
}

function compareWholeNumbers(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Hands out increasing ids the way Redis does: the clock's milliseconds, and a sequence within one millisecond. */
export class EventIdSequence {
  private lastMs = 0;
  private seq = 0;

  constructor(private readonly now: () => number = Date.now) {}

  next(): string {
    const ms = this.now();
    if (ms > this.lastMs) {
      this.lastMs = ms;
      this.seq = 0;
    } else {
      this.seq += 1;
    }
    return `${this.lastMs}-${this.seq}`;
  }
}
