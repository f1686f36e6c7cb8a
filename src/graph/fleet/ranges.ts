import { badInput } from '../errors.js';

/** Monthly usage is asked for at most this many months at once; daily usage for at most this many days per SIM. */
const MAX_MONTHS = 12;
const MAX_DAYS = 31;

const DAY_MS = 24 * 3600 * 1000;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const dayStart = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** Months from `from` to `to` (`yyyy-MM`, both included); 0 or less when `to` is before `from`. */
export function monthCount(from: string, to: string): number {
  return monthIndex(to) - monthIndex(from) + 1;
}

/** Days from `from` to `to` (`yyyy-MM-dd`, both included); 0 or less when `to` is before `from`. */
export function dayCount(from: string, to: string): number {
  return Math.round((dayStart(to) - dayStart(from)) / DAY_MS) + 1;
}

/** `from` to `to` (`yyyy-MM`, both included), at most MAX_MONTHS. */
export function monthsBetween(from: string, to: string): string[] {
  const count = monthCount(from, to);
  if (count < 1) throw badInput('`to` must not be before `from`', 'to');
  if (count > MAX_MONTHS) throw badInput(`at most ${MAX_MONTHS} months at once`, 'to');
  return Array.from({ length: count }, (_, offset) => {
    const month = monthIndex(from) + offset;
    return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
  });
}

/** `from` to `to` (`yyyy-MM-dd`, both included), at most MAX_DAYS. */
export function daysBetween(from: string, to: string): string[] {
  const count = dayCount(from, to);
  if (count < 1) throw badInput('`to` must not be before `from`', 'to');
  if (count > MAX_DAYS) throw badInput(`at most ${MAX_DAYS} days per SIM at once`, 'to');
  const start = dayStart(from);
  return Array.from({ length: count }, (_, offset) => new Date(start + offset * DAY_MS).toISOString().slice(0, 10));
}
