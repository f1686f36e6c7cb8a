import { SimLifecycle } from '../upstream/csss/enums.js';
import { digitText, type FleetColumns } from './columns.js';
import type { FleetSim } from './sim.js';

/**
 * The fleet filters, as data: each row parses its value from text (the CSV export's query string) and turns it
 * into a narrowing of the inventory's slots over its columns. GraphQL's `FleetSimFilter` has a field per row, and a row without a field fails to compile.
 */
export interface FleetFilter {
  lifecycles?: SimLifecycle[] | null;
  planCodes?: string[] | null;
  withoutPlan?: boolean | null;
  iccid?: string | null;
  iccidPrefix?: string | null;
  imsi?: string | null;
  imsiPrefix?: string | null;
  msisdn?: string | null;
  msisdnPrefix?: string | null;
  usedBytesAbove?: number | null;
  usedShareAbove?: number | null;
  expiresBefore?: Date | null;
}

/** What a filter reads: the inventory's columns, its ICCID index, and its SIMs by slot for text a column lacks. */
export interface FilterView {
  readonly columns: FleetColumns;
  readonly sims: readonly FleetSim[];
  /** The slot of the SIM with this ICCID; -1 when none. */
  slotOfIccid(iccid: string): number;
  /** The SIMs whose ICCID starts with `prefix`: a range of ranks in ICCID order, `[from, to)`. */
  iccidRange(prefix: string): [from: number, to: number];
  /** Each slot's rank in ICCID order. */
  readonly iccidRanks: Int32Array;
}

/** Keeps, of the first `count` slots, those whose SIM passes, in place and in their order; returns how many. */
export type Narrow = (view: FilterView, slots: Int32Array, count: number) => number;

export class FleetFilterError extends Error {}

interface FilterRow<V> {
  parse(text: string, name: string): V;
  narrow(value: V): Narrow;
}

/*
 * The ways a filter keeps slots, each its own tight loop over a column: a loop shared by every filter through a
 * callback runs about three times slower at 100,000 SIMs.
 */

/** Keeps the slots whose number in `column` is marked in `wanted` (a lifecycle, a plan, with an order or not). */
function keepMarked(slots: Int32Array, count: number, column: Uint8Array | Int32Array, wanted: Uint8Array): number {
  let kept = 0;
  for (let index = 0; index < count; index++) if (wanted[column[slots[index]]] === 1) slots[kept++] = slots[index];
  return kept;
}

/** Keeps the slots whose value in `column` is above `value` (NaN, unknown, never is). */
function keepAbove(slots: Int32Array, count: number, column: Float64Array, value: number): number {
  let kept = 0;
  for (let index = 0; index < count; index++) if (column[slots[index]] > value) slots[kept++] = slots[index];
  return kept;
}

function keepBelow(slots: Int32Array, count: number, column: Float64Array, value: number): number {
  let kept = 0;
  for (let index = 0; index < count; index++) if (column[slots[index]] < value) slots[kept++] = slots[index];
  return kept;
}

/** Keeps the slots whose number in `column` is in `[from, to)`. */
function keepBetween(slots: Int32Array, count: number, column: Int32Array, from: number, to: number): number {
  let kept = 0;
  for (let index = 0; index < count; index++) {
    const value = column[slots[index]];
    if (value >= from && value < to) slots[kept++] = slots[index];
  }
  return kept;
}

/** Keeps the slots whose SIM passes `pass`: for what has no column (the caller's scope, text that is not digits). */
function keepWhere(slots: Int32Array, count: number, pass: (slot: number) => boolean): number {
  let kept = 0;
  for (let index = 0; index < count; index++) if (pass(slots[index])) slots[kept++] = slots[index];
  return kept;
}

const texts = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

const parseText = (text: string) => text.trim();

function parseNumber(text: string, name: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < 0)
    throw new FleetFilterError(`${name} must be a number of at least 0`);
  return value;
}

function parseLifecycles(text: string, name: string): SimLifecycle[] {
  return texts(text).map((item) => {
    const value = SimLifecycle[item.toUpperCase() as keyof typeof SimLifecycle];
    if (value === undefined)
      throw new FleetFilterError(
        `${name}: "${item.slice(0, 40)}" is not one of ${Object.keys(SimLifecycle).join(', ')}`,
      );
    return value;
  });
}

function parseBoolean(text: string, name: string): boolean {
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0') return false;
  throw new FleetFilterError(`${name} must be true or false`);
}

function parseInstant(text: string, name: string): Date {
  const value = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}/.test(text) || Number.isNaN(value.getTime()))
    throw new FleetFilterError(`${name} must be an ISO 8601 date or instant`);
  return value;
}

/**
 * IMSI and MSISDN: read from their digit columns (a prefix of k digits of an L-digit number is a range of values:
 * [prefix × 10^(L−k), (prefix + 1) × 10^(L−k))); the SIMs whose text is not plain digits, and a query that is not,
 * are compared as text.
 */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, power) => 10 ** power);

function keepDigits(
  view: FilterView,
  field: 'imsi' | 'msisdn',
  slots: Int32Array,
  count: number,
  text: string,
  exact: boolean,
): number {
  const wanted = digitText(text);
  const asText = (slot: number) => {
    const value = view.sims[slot][field];
    return value !== null && (exact ? value === text : value.startsWith(text));
  };
  if (wanted === null) return keepWhere(slots, count, asText);
  const values = view.columns[field];
  const lengths = view.columns[field === 'imsi' ? 'imsiDigits' : 'msisdnDigits'];
  let kept = 0;
  for (let index = 0; index < count; index++) {
    const slot = slots[index];
    const value = values[slot];
    const length = lengths[slot];
    let passes: boolean;
    if (length === 0) passes = asText(slot);
    else if (exact) passes = length === wanted.digits && value === wanted.value;
    else if (length < wanted.digits) passes = false;
    else {
      const scale = POWERS_OF_TEN[length - wanted.digits];
      passes = value >= wanted.value * scale && value < (wanted.value + 1) * scale;
    }
    if (passes) slots[kept++] = slot;
  }
  return kept;
}

const exact = (field: 'imsi' | 'msisdn'): FilterRow<string> => ({
  parse: parseText,
  narrow: (value) => (view, slots, count) => keepDigits(view, field, slots, count, value, true),
});
const prefix = (field: 'imsi' | 'msisdn'): FilterRow<string> => ({
  parse: parseText,
  narrow: (value) => (view, slots, count) => keepDigits(view, field, slots, count, value, false),
});
const above = (column: 'usedBytes' | 'usedShare'): FilterRow<number> => ({
  parse: parseNumber,
  narrow: (value) => (view, slots, count) => keepAbove(slots, count, view.columns[column], value),
});

const fleetFilters: { [K in keyof FleetFilter]-?: FilterRow<NonNullable<FleetFilter[K]>> } = {
  lifecycles: {
    parse: parseLifecycles,
    narrow: (values) => (view, slots, count) => {
      const { columns } = view;
      const wanted = new Uint8Array(256);
      for (const lifecycle of values) wanted[columns.lifecycleNumber(lifecycle)] = 1;
      return keepMarked(slots, count, columns.lifecycle, wanted);
    },
  },
  planCodes: {
    parse: texts,
    narrow: (values) => (view, slots, count) => {
      const { columns } = view;
      // Plan number 0 is "no plan": never wanted.
      const wanted = new Uint8Array(columns.planCount + 1);
      for (const code of values) if (columns.planNumber(code) > 0) wanted[columns.planNumber(code)] = 1;
      return keepMarked(slots, count, columns.plan, wanted);
    },
  },
  withoutPlan: {
    parse: parseBoolean,
    narrow: (value) => (view, slots, count) =>
      keepMarked(slots, count, view.columns.withOrder, Uint8Array.of(value ? 1 : 0, value ? 0 : 1)),
  },
  iccid: {
    parse: parseText,
    narrow: (value) => (view, slots, count) => {
      const slot = view.slotOfIccid(value);
      const rank = slot === -1 ? -1 : view.iccidRanks[slot];
      return keepBetween(slots, count, view.iccidRanks, rank, rank + 1);
    },
  },
  iccidPrefix: {
    parse: parseText,
    narrow: (value) => (view, slots, count) => {
      const [from, to] = view.iccidRange(value);
      return keepBetween(slots, count, view.iccidRanks, from, to);
    },
  },
  usedBytesAbove: above('usedBytes'),
  usedShareAbove: above('usedShare'),
  expiresBefore: {
    parse: parseInstant,
    narrow: (value) => (view, slots, count) => keepBelow(slots, count, view.columns.expiresAt, value.getTime()),
  },
  imsi: exact('imsi'),
  imsiPrefix: prefix('imsi'),
  msisdn: exact('msisdn'),
  msisdnPrefix: prefix('msisdn'),
};

/**
 * One narrowing for every filter given (all must hold), then the caller's SIM scope; null when nothing filters.
 * The scope test reads the SIMs themselves, so it comes last, over what the columns left.
 */
export function fleetNarrow(
  filter: FleetFilter | null | undefined,
  allows: ((iccid: string) => boolean) | null,
): Narrow | null {
  const narrows: Narrow[] = [];
  for (const [name, row] of Object.entries(fleetFilters) as [keyof FleetFilter, FilterRow<unknown>][]) {
    const value = filter?.[name];
    if (value !== undefined && value !== null) narrows.push(row.narrow(value));
  }
  if (allows) narrows.push((view, slots, count) => keepWhere(slots, count, (slot) => allows(view.sims[slot].iccid)));
  if (narrows.length === 0) return null;
  return (view, slots, count) => narrows.reduce((left, narrow) => (left === 0 ? 0 : narrow(view, slots, left)), count);
}

/** A stable text for a filter, to key what is computed from it. */
export function filterKey(filter: FleetFilter | null | undefined): string {
  if (!filter) return '';
  return (Object.keys(fleetFilters) as (keyof FleetFilter)[])
    .map((name) => {
      const value = filter[name];
      return value === undefined || value === null ? '' : JSON.stringify(value);
    })
    .join('|');
}

/** A filter from query-string parameters named like the rows; an unknown name or a bad value is a FleetFilterError. */
export function parseFilter(
  query: Readonly<Record<string, string | string[] | undefined>>,
  ignored: readonly string[] = [],
): FleetFilter {
  const filter: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (ignored.includes(name) || raw === undefined) continue;
    const row = (fleetFilters as Record<string, FilterRow<unknown>>)[name];
    if (!row)
      throw new FleetFilterError(
        `unknown parameter "${name.slice(0, 40)}"; filters: ${Object.keys(fleetFilters).join(', ')}`,
      );
    filter[name] = row.parse(Array.isArray(raw) ? raw.join(',') : raw, name);
  }
  return filter as FleetFilter;
}
