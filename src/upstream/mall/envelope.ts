import { UpstreamError } from '../errors.js';
import { MALL_SUCCESS, mallError } from './codes.js';

/**
 * Unwraps `{operateCode, message, data}` (§9.10). `/singleOrder` documents its success answer without the wrapper
 * (§9.7), so a row that says `bareAnswer` takes an answer with no `operateCode` as the data itself; failures are
 * taken to come wrapped either way.
 */
export function unwrapMall(endpoint: string, answer: unknown, bareAnswer: boolean): unknown {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer)) {
    throw new UpstreamError(`${endpoint}: answer is not a Mall envelope`, { code: 'UPSTREAM_MALFORMED', endpoint });
  }
  const { operateCode, message, data } = answer as { operateCode?: unknown; message?: unknown; data?: unknown };
  if (operateCode === undefined && bareAnswer) return answer;
  if (typeof operateCode !== 'string' || operateCode === '') {
    throw new UpstreamError(`${endpoint}: answer has no operateCode`, { code: 'UPSTREAM_MALFORMED', endpoint });
  }
  if (operateCode === MALL_SUCCESS) return data;
  throw mallError(endpoint, operateCode, typeof message === 'string' ? message : undefined);
}
