import { formatWallClock, parseWallClock } from '../wall-clock.js';

/**
 * Units and clocks of the CSSS API, translated at the edge so the graph only sees bytes and UTC instants.
 * Both are undocumented (reference §12): these are the gateway's assumptions, listed in the README.
 */

/** CSSS data volumes (`order_used_flow`, `flow`, …) are taken to be MB (MiB); the docs never say. */
export const FLOW_UNIT_BYTES = 1024 * 1024;

/** CSSS wall-clock dates (`yyyy-MM-dd HH:mm:ss`) are taken to be China Standard Time, like Cube's daily usage. */
const CSSS_UTC_OFFSET = '+08:00';

export function flowToBytes(flow: number): number {
  return Math.round(flow * FLOW_UNIT_BYTES);
}

/** Bytes as a CSSS flow string with two decimals, the way the historical sample writes `30.00`. */
export function bytesToFlow(bytes: number): string {
  return (bytes / FLOW_UNIT_BYTES).toFixed(2);
}

export function parseCsssDate(value: string | null): Date | null {
  return parseWallClock(value, CSSS_UTC_OFFSET);
}

export function formatCsssDate(date: Date): string {
  return formatWallClock(date, CSSS_UTC_OFFSET);
}

/** `yyyy-MM-dd` (the graph's Date) ↔ `yyyyMMdd` (CSSS). */
export function toCsssDay(isoDay: string): string {
  return isoDay.replaceAll('-', '');
}

/** `yyyy-MM` (the graph's month) → `yyyyMM` (CSSS, §3.4). */
export function toCsssMonth(isoMonth: string): string {
  return isoMonth.replace('-', '');
}
