import { CodeTable, type CodeEntry } from '../code-table.js';

/**
 * CSSS business status codes. Only `0000` (success) is documented (§1.3), so every failure code below is
 * `assumed`: the sandbox's choice, which a deployment corrects under `csss.codes` in its endpoints file.
 * `retryable` marks codes after which repeating the same read may succeed.
 */
export const CSSS_SUCCESS = '0000';

export const csssCodes = {
  '1001': { meaning: 'unknown access_code', gatewayCode: 'UPSTREAM_AUTH_FAILED', provenance: 'assumed' },
  '1002': { meaning: 'signature does not match', gatewayCode: 'UPSTREAM_AUTH_FAILED', provenance: 'assumed' },
  '1003': {
    meaning: 'timestamp outside the 5 minute window',
    gatewayCode: 'UPSTREAM_AUTH_FAILED',
    provenance: 'assumed',
  },
  '1004': { meaning: 'missing or malformed parameter', gatewayCode: 'BAD_USER_INPUT', provenance: 'assumed' },
  '1005': { meaning: 'too many items in one batch', gatewayCode: 'BAD_USER_INPUT', provenance: 'assumed' },
  '2001': { meaning: 'SIM (ICCID) not found', gatewayCode: 'NOT_FOUND', provenance: 'assumed' },
  '2002': { meaning: 'order not found', gatewayCode: 'NOT_FOUND', provenance: 'assumed' },
  '2003': { meaning: 'plan not found', gatewayCode: 'NOT_FOUND', provenance: 'assumed' },
  '3001': {
    meaning: 'the order cannot make that state change',
    gatewayCode: 'FAILED_PRECONDITION',
    provenance: 'assumed',
  },
  '3002': {
    meaning: 'a SIM of the batch fails the ordering preconditions; nothing was ordered',
    gatewayCode: 'FAILED_PRECONDITION',
    provenance: 'assumed',
  },
  '3003': {
    meaning: 'the SIM cannot receive SMS in its lifecycle state',
    gatewayCode: 'FAILED_PRECONDITION',
    provenance: 'assumed',
  },
  '4290': { meaning: 'rate limited', gatewayCode: 'UPSTREAM_UNAVAILABLE', retryable: true, provenance: 'assumed' },
  '9999': { meaning: 'internal error', gatewayCode: 'UPSTREAM_ERROR', retryable: true, provenance: 'assumed' },
} as const satisfies Record<string, CodeEntry>;

export type CsssFailureCode = keyof typeof csssCodes;

/** The built-in table; a client takes the deployment's (overrides applied) instead. */
export const csssCodeTable = new CodeTable('csss', csssCodes, {
  meaning: 'unlisted upstream code',
  gatewayCode: 'UPSTREAM_ERROR',
  provenance: 'assumed',
});
