import { createHash } from 'node:crypto';
import { sameText } from '../same-text.js';

/**
 * Notification signature, header `x-lf-md5` (reference §7.1): Base64 of the lowercase hex MD5 of
 * `k1=v1&k2=v2&…&secret`, the body's pairs in key order.
 *
 * Choices where the docs are silent, shared by the gateway's verifier and the sandbox's sender:
 * - A body with one top-level array (the usage alert's `devices`) follows the array rule: each object's
 *   members sorted, objects in list order, the top-level key itself not included.
 * - Empty values are included (`expireTime=`); nothing is URL-encoded; UTF-8.
 * - Nested objects and arrays anywhere else are written as compact JSON.
 * - `x-lf-delivery` does not take part.
 */
export function notificationSignContent(body: Readonly<Record<string, unknown>>, secret: string): string {
  return [...pairsOf(body), secret].join('&');
}

/** What the signature covers, without the secret: two bodies with the same content carry the same signature. */
export function notificationContent(body: Readonly<Record<string, unknown>>): string {
  return pairsOf(body).join('&');
}

export function signNotification(body: Readonly<Record<string, unknown>>, secret: string): string {
  const hex = createHash('md5').update(notificationSignContent(body, secret), 'utf8').digest('hex');
  return Buffer.from(hex, 'utf8').toString('base64');
}

/** Constant-time comparison of the received header with the expected signature. */
export function verifyNotification(
  body: Readonly<Record<string, unknown>>,
  header: string | undefined,
  secret: string,
): boolean {
  if (typeof header !== 'string' || header.length === 0) return false;
  return sameText(header.trim(), signNotification(body, secret));
}

function pairsOf(body: Readonly<Record<string, unknown>>): string[] {
  const keys = Object.keys(body);
  const only = keys.length === 1 ? body[keys[0]] : undefined;
  if (Array.isArray(only)) return only.flatMap((item) => (isObject(item) ? sortedPairs(item) : [valueText(item)]));
  return sortedPairs(body);
}

function sortedPairs(obj: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(obj)
    .sort()
    .map((key) => `${key}=${valueText(obj[key])}`);
}

function valueText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
