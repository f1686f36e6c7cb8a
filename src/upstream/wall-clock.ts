/**
 * Wall-clock times written `yyyy-MM-dd HH:mm:ss` with no zone, as CSSS and the Mall write them. Each family says
 * which fixed UTC offset (`+08:00`) it takes them to be at; this module only reads and writes them there.
 */
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

export function parseWallClock(value: string | null, utcOffset: string): Date | null {
  if (value === null) return null;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})$/.exec(value.trim());
  if (!match) return null;
  const at = Date.parse(`${match[1]}T${match[2]}Z`) - offsetMinutes(utcOffset) * 60_000;
  return Number.isNaN(at) ? null : new Date(at);
}

export function formatWallClock(date: Date, utcOffset: string): string {
  const local = new Date(date.getTime() + offsetMinutes(utcOffset) * 60_000);
  return local.toISOString().slice(0, 19).replace('T', ' ');
}

function offsetMinutes(utcOffset: string): number {
  const match = OFFSET.exec(utcOffset);
  if (!match) throw new RangeError(`UTC offset ${utcOffset} is not ±HH:mm`);
  const [, sign, hours, minutes] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}
