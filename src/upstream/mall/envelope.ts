import { envelopeOf, messageOf } from '../envelope.js';
import type { CodeTable } from '../code-table.js';
import { malformedAnswer } from '../errors.js';
import { MALL_SUCCESS, mallCodeTable } from './codes.js';

/**
 * Unwraps `{operateCode, message, data}` (§9.10). `/singleOrder` documents its success answer without the wrapper
 * (§9.7), so a row that says `bareAnswer` takes an answer with no `operateCode` as the data itself; failures are
 * taken to come wrapped either way.
 */
export function unwrapMall(
  endpoint: string,
  answer: unknown,
  bareAnswer: boolean,
  codes: CodeTable = mallCodeTable,
): unknown {
  const envelope = envelopeOf(endpoint, answer, 'a Mall envelope');
  const { operateCode, data } = envelope;
  if (operateCode === undefined && bareAnswer) return answer;
  if (typeof operateCode !== 'string' || operateCode === '')
    throw malformedAnswer(endpoint, 'answer has no operateCode');
  if (operateCode === MALL_SUCCESS) return data;
  throw codes.error(endpoint, operateCode, messageOf(envelope));
}
