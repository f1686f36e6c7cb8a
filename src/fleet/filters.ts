import { SimLifecycle } from '../upstream/csss/enums.js';
import { usedShare, type FleetSim } from './sim.js';

/**
 * The fleet filters, as data: each row parses its value from text (the CSV export's query string) and turns it
 * into a test of one SIM. GraphQL's `FleetSimFilter` has a field per row, and a row without a field fails to compile.
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

export type SimTest = (sim: FleetSim) => boolean;

export class FleetFilterError extends Error {}

interface FilterRow<V> {
  parse(text: string, name: string): V;
  test(value: V): SimTest;
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

const exact = (field: 'iccid' | 'imsi' | 'msisdn'): FilterRow<string> => ({
  parse: parseText,
  test: (value) => (sim) => sim[field] === value,
});
const prefix = (field: 'iccid' | 'imsi' | 'msisdn'): FilterRow<string> => ({
  parse: parseText,
  test: (value) => (sim) => sim[field]?.startsWith(value) === true,
});

const fleetFilters: { [K in keyof FleetFilter]-?: FilterRow<NonNullable<FleetFilter[K]>> } = {
  lifecycles: {
    parse: parseLifecycles,
    test: (values) => {
      const wanted = new Set<string>(values);
      return (sim) => wanted.has(sim.lifecycle);
    },
  },
  planCodes: {
    parse: texts,
    test: (values) => {
      const wanted = new Set(values);
      return (sim) => sim.planCode !== null && wanted.has(sim.planCode);
    },
  },
  withoutPlan: { parse: parseBoolean, test: (value) => (sim) => (sim.orderId === null) === value },
  iccid: exact('iccid'),
  iccidPrefix: prefix('iccid'),
  imsi: exact('imsi'),
  imsiPrefix: prefix('imsi'),
  msisdn: exact('msisdn'),
  msisdnPrefix: prefix('msisdn'),
  usedBytesAbove: { parse: parseNumber, test: (value) => (sim) => sim.usedBytes !== null && sim.usedBytes > value },
  usedShareAbove: { parse: parseNumber, test: (value) => (sim) => (usedShare(sim) ?? -1) > value },
  expiresBefore: {
    parse: parseInstant,
    test: (value) => (sim) => sim.expiresAt !== null && sim.expiresAt < value.getTime(),
  },
};

/** One test for every filter given (all must hold), and the caller's SIM scope; null when nothing filters. */
export function simTest(
  filter: FleetFilter | null | undefined,
  allows: ((iccid: string) => boolean) | null,
): SimTest | null {
  const tests: SimTest[] = [];
  for (const [name, row] of Object.entries(fleetFilters) as [keyof FleetFilter, FilterRow<unknown>][]) {
    const value = filter?.[name];
    if (value !== undefined && value !== null) tests.push(row.test(value));
  }
  // The scope last: its pattern match is the dearest test.
  if (allows) tests.push((sim) => allows(sim.iccid));
  const count = tests.length;
  if (count === 0) return null;
  if (count === 1) return tests[0];
  return (sim) => {
    for (let index = 0; index < count; index++) if (!tests[index](sim)) return false;
    return true;
  };
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
