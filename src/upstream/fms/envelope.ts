import { UpstreamError } from '../errors.js';
import { FMS_SUCCESS, fmsError } from './codes.js';

/** Unwraps `{code, data, message}` (§8.1): `data` when `code` is 0, otherwise the code's UpstreamError. */
export function unwrapFms(endpoint: string, answer: unknown): unknown {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) {
    throw new UpstreamError(`${endpoint}: answer is not an FMS envelope`, { code: 'UPSTREAM_MALFORMED', endpoint });
  }
  const { code, message, data } = answer as { code?: unknown; message?: unknown; data?: unknown };
  // The docs say integer; a numeric string is read the same way rather than failing the call.
  const status = typeof code === 'number' || (typeof code === 'string' && /^\d+$/.test(code)) ? Number(code) : NaN;
  if (!Number.isInteger(status)) throw new UpstreamError(`${endpoint}: answer has no status code`, { code: 'UPSTREAM_MALFORMED', endpoint });
  if (status === FMS_SUCCESS) return data;
  throw fmsError(endpoint, String(status), typeof message === 'string' ? message : undefined);
}
