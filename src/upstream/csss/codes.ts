import { codeError, type KnownCode, type UpstreamError } from '../errors.js';

/**
 * CSSS business status codes. Only `0000` (success) is documented (§1.3); the failure codes below are the
 * sandbox's choice, and the gateway classifies real codes it has never seen as UPSTREAM_ERROR.
 * `retryable` marks codes after which repeating the same read may succeed.
 */
export const CSSS_SUCCESS = '0000';

export const csssCodes = {
  '1001': { meaning: 'unknown access_code', gatewayCode: 'UPSTREAM_AUTH_FAILED' },
  '1002': { meaning: 'signature does not match', gatewayCode: 'UPSTREAM_AUTH_FAILED' },
  '1003': { meaning: 'timestamp outside the 5 minute window', gatewayCode: 'UPSTREAM_AUTH_FAILED' },
  '1004': { meaning: 'missing or malformed parameter', gatewayCode: 'BAD_USER_INPUT' },
  '1005': { meaning: 'too many items in one batch', gatewayCode: 'BAD_USER_INPUT' },
  '2001': { meaning: 'SIM (ICCID) not found', gatewayCode: 'NOT_FOUND' },
  '2002': { meaning: 'order not found', gatewayCode: 'NOT_FOUND' },
  '2003': { meaning: 'plan not found', gatewayCode: 'NOT_FOUND' },
  '3001': { meaning: 'the order cannot make that state change', gatewayCode: 'FAILED_PRECONDITION' },
  '3002': { meaning: 'a SIM of the batch fails the ordering preconditions; nothing was ordered', gatewayCode: 'FAILED_PRECONDITION' },
  '3003': { meaning: 'the SIM cannot receive SMS in its lifecycle state', gatewayCode: 'FAILED_PRECONDITION' },
  '4290': { meaning: 'rate limited', gatewayCode: 'UPSTREAM_UNAVAILABLE', retryable: true },
  '9999': { meaning: 'internal error', gatewayCode: 'UPSTREAM_ERROR', retryable: true },
} as const satisfies Record<string, KnownCode>;

export type CsssFailureCode = keyof typeof csssCodes;

export function classifyCsssCode(code: string): KnownCode {
  return Object.hasOwn(csssCodes, code) ? csssCodes[code as CsssFailureCode] : { meaning: 'unlisted upstream code', gatewayCode: 'UPSTREAM_ERROR' };
}

/** The UpstreamError for a failure code, whether it came as the whole answer or as one item of a batch. */
export function csssError(endpoint: string, upstreamCode: string, upstreamMessage: string | undefined): UpstreamError {
  return codeError(endpoint, upstreamCode, upstreamMessage, classifyCsssCode(upstreamCode));
}
