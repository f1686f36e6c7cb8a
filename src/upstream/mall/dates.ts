import { formatWallClock, parseWallClock } from '../wall-clock.js';

/** Mall wall-clock dates (`payResultDate`, `create_time`) carry no zone either; taken to be China Standard Time, as CSSS's are. */
const MALL_UTC_OFFSET = '+08:00';

export function parseMallDate(value: string | null): Date | null {
  return parseWallClock(value, MALL_UTC_OFFSET);
}

export function formatMallDate(date: Date): string {
  return formatWallClock(date, MALL_UTC_OFFSET);
}
