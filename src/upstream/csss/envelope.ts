import { envelopeOf, messageOf } from '../envelope.js';
import { malformedAnswer } from '../errors.js';
import type { CodeTable } from '../code-table.js';
import { CSSS_SUCCESS, csssCodeTable } from './codes.js';

/** Unwraps `{code, message, data, success}` (§1.3): `data` when `code` is `0000`, otherwise the code's UpstreamError. */
export function unwrapCsss(endpoint: string, answer: unknown, codes: CodeTable = csssCodeTable): unknown {
  const envelope = envelopeOf(endpoint, answer, 'a CSSS envelope');
  const { code, data } = envelope;
  if (typeof code !== 'string' && typeof code !== 'number')
    throw malformedAnswer(endpoint, 'answer has no status code');
  const upstreamCode = String(code);
  if (upstreamCode === CSSS_SUCCESS) return data;
  throw codes.error(endpoint, upstreamCode, messageOf(envelope));
}
