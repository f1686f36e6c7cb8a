import { CodeTable, type CodeEntry } from '../code-table.js';

/**
 * FMS response codes (`code` in the envelope, an integer; 0 is success). The payment webhook's table (§8.4) and
 * the token's `7` (§8.1) are `documented`; the rest are `assumed`, the sandbox's choice where the docs name no code,
 * which a deployment corrects under `fms.codes` in its endpoints file. Any other code is "system exception" (§8.4),
 * UPSTREAM_ERROR.
 */
export const FMS_SUCCESS = 0;

export const fmsCodes = {
  '2': { meaning: 'wrong parameters', gatewayCode: 'BAD_USER_INPUT', provenance: 'documented' },
  '7': {
    meaning: 'access token expired or unknown: sign in again',
    gatewayCode: 'UNAUTHENTICATED',
    provenance: 'documented',
  },
  '1102': { meaning: 'time conversion error', gatewayCode: 'BAD_USER_INPUT', provenance: 'documented' },
  '3004': { meaning: 'order system exception', gatewayCode: 'UPSTREAM_ERROR', provenance: 'documented' },
  '3005': {
    meaning: 'QR code is null: the eSIM has no profile yet',
    gatewayCode: 'FAILED_PRECONDITION',
    provenance: 'documented',
  },
  '6006': {
    meaning: 'pre-order timed out: the profile was released, pre-order again',
    gatewayCode: 'PREORDER_EXPIRED',
    provenance: 'documented',
  },
  '9999': { meaning: 'error', gatewayCode: 'UPSTREAM_ERROR', provenance: 'documented', retryable: true },
  '10008': { meaning: 'order does not exist', gatewayCode: 'NOT_FOUND', provenance: 'documented' },
  '10009': { meaning: 'price inconsistent with the order', gatewayCode: 'BAD_USER_INPUT', provenance: 'documented' },
  '1001': { meaning: 'wrong email or password', gatewayCode: 'UNAUTHENTICATED', provenance: 'assumed' },
  '1002': { meaning: 'email already registered', gatewayCode: 'FAILED_PRECONDITION', provenance: 'assumed' },
  '4001': { meaning: 'package not found', gatewayCode: 'NOT_FOUND', provenance: 'assumed' },
  '4002': {
    meaning: 'no eSIM profile left for this package',
    gatewayCode: 'FAILED_PRECONDITION',
    provenance: 'assumed',
  },
  '6007': {
    meaning: 'the payment result was already reported',
    gatewayCode: 'FAILED_PRECONDITION',
    provenance: 'assumed',
  },
} as const satisfies Record<string, CodeEntry>;

export type FmsFailureCode = keyof typeof fmsCodes;

/** The built-in table; a client takes the deployment's (overrides applied) instead. */
export const fmsCodeTable = new CodeTable('fms', fmsCodes, {
  meaning: 'system exception',
  gatewayCode: 'UPSTREAM_ERROR',
  provenance: 'documented',
});

export function classifyFmsCode(code: string): CodeEntry {
  return fmsCodeTable.classify(code);
}
