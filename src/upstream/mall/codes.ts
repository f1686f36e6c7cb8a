import { CodeTable, type CodeEntry } from '../code-table.js';

/**
 * Mall `operateCode`s. Only `S` (success) is documented (§9.10), so every failure code below is `assumed`: the
 * sandbox's choice, which a deployment corrects under `mall.codes` in its endpoints file.
 */
export const MALL_SUCCESS = 'S';

export const mallCodes = {
  E0001: { meaning: 'sign does not match', gatewayCode: 'UPSTREAM_AUTH_FAILED', provenance: 'assumed' },
  E0002: { meaning: 'unknown partnerCode', gatewayCode: 'UPSTREAM_AUTH_FAILED', provenance: 'assumed' },
  E0003: { meaning: 'missing or malformed parameter', gatewayCode: 'BAD_USER_INPUT', provenance: 'assumed' },
  E1001: { meaning: 'card (ICCID) not found', gatewayCode: 'NOT_FOUND', provenance: 'assumed' },
  E1002: { meaning: 'plan product not found', gatewayCode: 'NOT_FOUND', provenance: 'assumed' },
  E1003: { meaning: 'order not found', gatewayCode: 'NOT_FOUND', provenance: 'assumed' },
  E1004: { meaning: 'bundle group not found', gatewayCode: 'NOT_FOUND', provenance: 'assumed' },
  E1005: { meaning: 'bundle group operation not found', gatewayCode: 'NOT_FOUND', provenance: 'assumed' },
  E1006: { meaning: 'auto-renewal not found', gatewayCode: 'NOT_FOUND', provenance: 'assumed' },
  E1007: { meaning: 'payment not found', gatewayCode: 'NOT_FOUND', provenance: 'assumed' },
  E2001: {
    meaning: 'request id already used for another order',
    gatewayCode: 'FAILED_PRECONDITION',
    provenance: 'assumed',
  },
  E2002: { meaning: 'pay amount does not match the plan price', gatewayCode: 'BAD_USER_INPUT', provenance: 'assumed' },
  E2003: {
    meaning: 'the payment is not in a state that allows this',
    gatewayCode: 'FAILED_PRECONDITION',
    provenance: 'assumed',
  },
  E9999: { meaning: 'system error', gatewayCode: 'UPSTREAM_ERROR', retryable: true, provenance: 'assumed' },
} as const satisfies Record<string, CodeEntry>;

export type MallFailureCode = keyof typeof mallCodes;

/** The built-in table; a client takes the deployment's (overrides applied) instead. */
export const mallCodeTable = new CodeTable('mall', mallCodes, {
  meaning: 'unlisted upstream code',
  gatewayCode: 'UPSTREAM_ERROR',
  provenance: 'assumed',
});

export function classifyMallCode(code: string): CodeEntry {
  return mallCodeTable.classify(code);
}
