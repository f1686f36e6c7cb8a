import { formatCsssDate, parseCsssDate } from '../../upstream/csss/units.js';

/**
 * Day and month arithmetic on the CSSS clock (`units.ts`: wall-clock dates at +08:00). Days are numbered from the
 * epoch in that zone, so "today", a daily usage figure and an order's expiry all agree on where a day begins.
 */
export const DAY_MS = 86_400_000;

/** The zone offset, taken from the one place the gateway decides it. */
const OFFSET_MS = -parseCsssDate('1970-01-01 00:00:00')!.getTime();

export function dayIndex(at: number): number {
  return Math.floor((at + OFFSET_MS) / DAY_MS);
}

export function dayStart(day: number): number {
  return day * DAY_MS - OFFSET_MS;
}

/** 23:59:59 of the day, the way the docs write expiries (`2023-12-31 23:59:59`). */
export function endOfDay(day: number): number {
  return dayStart(day + 1) - 1_000;
}

export function formatInstant(at: number | null): string | null {
  return at === null ? null : formatCsssDate(new Date(at));
}

/** `yyyyMMdd` → day number, or null when it is not a real date. */
export function parseDay(value: string): number | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) return null;
  const at = parseCsssDate(`${match[1]}-${match[2]}-${match[3]} 00:00:00`);
  if (at === null || formatInstant(at.getTime())!.slice(0, 10) !== `${match[1]}-${match[2]}-${match[3]}`) return null;
  return dayIndex(at.getTime());
}

/** `yyyyMM` → [first instant, first instant of the next month), or null. */
export function monthRange(value: string): [number, number] | null {
  const match = /^(\d{4})(\d{2})$/.exec(value);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const next = month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
  return [
    parseCsssDate(`${match[1]}-${match[2]}-01 00:00:00`)!.getTime(),
    parseCsssDate(`${next}-01 00:00:00`)!.getTime(),
  ];
}
