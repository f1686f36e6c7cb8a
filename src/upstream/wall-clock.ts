/**
 * Wall-clock times written `yyyy-MM-dd HH:mm:ss` with no zone, as CSSS and the Mall write them. Each family says
 * which fixed UTC offset (`+08:00`) it takes them to be at; this module only reads and writes them there.
 */
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;
/** Minutes of each offset seen: a family has one, and a 1,000-SIM answer holds thousands of times. */
const offsets = new Map<string, number>();

export function parseWallClock(value: string | null, utcOffset: string): Date | null {
  if (value === null) return null;
  const at = utcMillis(value.trim()) - offsetMinutes(utcOffset) * 60_000;
  return Number.isNaN(at) ? null : new Date(at);
}

export function formatWallClock(date: Date, utcOffset: string): string {
  const local = new Date(date.getTime() + offsetMinutes(utcOffset) * 60_000);
  return local.toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * What `Date.parse` makes of `yyyy-MM-dd HH:mm:ss` (or with `T`) written as ISO 8601 in UTC; NaN for anything else.
 * Read digit by digit: a regular expression's match and its six parts would be built for thousands of times an answer.
 */
function utcMillis(text: string): number {
  const shaped =
    text.length === 19 &&
    text[4] === '-' &&
    text[7] === '-' &&
    (text[10] === ' ' || text[10] === 'T') &&
    text[13] === ':' &&
    text[16] === ':';
  if (!shaped) return Number.NaN;
  const year = number(text, 0, 4);
  const month = number(text, 5, 2);
  const day = number(text, 8, 2);
  const hour = number(text, 11, 2);
  const minute = number(text, 14, 2);
  const second = number(text, 17, 2);
  // Date.UTC reads years below 100 as 19xx, and rolls over what Date.parse refuses: those go the long way. A part
  // that is not digits is NaN, which no comparison takes and Date.UTC answers as NaN.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return Date.parse(`${text.slice(0, 10)}T${text.slice(11)}Z`);
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The `count` digits of `text` from `at` as a number; NaN when one of them is not a digit. */
function number(text: string, at: number, count: number): number {
  let value = 0;
  for (let index = at; index < at + count; index++) {
    const digit = text.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

function offsetMinutes(utcOffset: string): number {
  const known = offsets.get(utcOffset);
  if (known !== undefined) return known;
  const match = OFFSET.exec(utcOffset);
  if (!match) throw new RangeError(`UTC offset ${utcOffset} is not ±HH:mm`);
  const [, sign, hours, minutes] = match;
  const value = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
  offsets.set(utcOffset, value);
  return value;
}
