/**
 * Wall-clock times written `yyyy-MM-dd HH:mm:ss` with no zone, as CSSS and the Mall write them. Each family says
 * which fixed UTC offset (`+08:00`) it takes them to be at; this module only reads and writes them there.
 */
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;
const WALL_CLOCK = /^\s*(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})\s*$/;
/** Minutes of each offset seen: a family has one, and a 1,000-SIM answer holds thousands of times. */
const offsets = new Map<string, number>();

export function parseWallClock(value: string | null, utcOffset: string): Date | null {
  if (value === null) return null;
  const match = WALL_CLOCK.exec(value);
  if (!match) return null;
  const at = utcMillis(match) - offsetMinutes(utcOffset) * 60_000;
  return Number.isNaN(at) ? null : new Date(at);
}

export function formatWallClock(date: Date, utcOffset: string): string {
  const local = new Date(date.getTime() + offsetMinutes(utcOffset) * 60_000);
  return local.toISOString().slice(0, 19).replace('T', ' ');
}

/** What `Date.parse` makes of the fields written as ISO 8601 in UTC (NaN where it refuses them), mostly without that text. */
function utcMillis(match: RegExpExecArray): number {
  const [, year, month, day, hour, minute, second] = match;
  const [y, mo, d, h, mi, s] = [+year, +month, +day, +hour, +minute, +second];
  // Date.UTC reads years below 100 as 19xx, and rolls over what Date.parse refuses: those go the long way.
  if (y < 100 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59)
    return Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  return Date.UTC(y, mo - 1, d, h, mi, s);
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
