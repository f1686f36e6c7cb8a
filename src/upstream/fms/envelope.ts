import { envelopeOf, messageOf } from '../envelope.js';
import type { CodeTable } from '../code-table.js';
import { malformedAnswer } from '../errors.js';
import { FMS_SUCCESS, fmsCodeTable } from './codes.js';

/** Unwraps `{code, data, message}` (§8.1): `data` when `code` is 0, otherwise the code's UpstreamError. */
export function unwrapFms(endpoint: string, answer: unknown, codes: CodeTable = fmsCodeTable): unknown {
  const envelope = envelopeOf(endpoint, answer, 'an FMS envelope');
  const { code, data } = envelope;
  // The docs say integer; a numeric string is read the same way rather than failing the call.
  const status = typeof code === 'number' || (typeof code === 'string' && /^\d+$/.test(code)) ? Number(code) : NaN;
  if (!Number.isInteger(status)) throw malformedAnswer(endpoint, 'answer has no status code');
  if (status === FMS_SUCCESS) return data;
  const upstreamCode = String(status);
  throw codes.error(endpoint, upstreamCode, messageOf(envelope));
}
