import { MalformedUpstreamData } from './errors.js';

/**
 * Readers for untrusted upstream JSON. Each one either returns the typed value or throws
 * MalformedUpstreamData naming the field, which the client turns into an UPSTREAM_MALFORMED error:
 * a surprising body fails one call, never the process.
 */
export type Json = Record<string, unknown>;

export function record(value: unknown, path = 'data'): Json {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new MalformedUpstreamData(path, 'an object');
  return value as Json;
}

export function list(value: unknown, path = 'data'): unknown[] {
  if (!Array.isArray(value)) throw new MalformedUpstreamData(path, 'an array');
  return value;
}

export function text(obj: Json, key: string): string {
  const value = obj[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  throw new MalformedUpstreamData(key, 'a string');
}

/** A string that may be absent, null or empty; all three mean "not known". */
export function optionalText(obj: Json, key: string): string | null {
  const value = obj[key];
  if (value === undefined || value === null || value === '') return null;
  return text(obj, key);
}

/** A decimal number sent as a string or a number (the docs do both). */
export function decimal(obj: Json, key: string): number {
  const value = obj[key];
  const parsed =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(parsed)) throw new MalformedUpstreamData(key, 'a number');
  return parsed;
}

export function optionalDecimal(obj: Json, key: string): number | null {
  const value = obj[key];
  if (value === undefined || value === null || value === '') return null;
  return decimal(obj, key);
}
