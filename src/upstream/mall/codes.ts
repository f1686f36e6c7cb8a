import type { KnownCode } from '../errors.js';

/**
 * Mall `operateCode`s. Only `S` (success) is documented (§9.10); the failure codes are the sandbox's choice,
 * and a real code the gateway has never seen becomes UPSTREAM_ERROR with the code kept.
 */
export const MALL_SUCCESS = 'S';

export const mallCodes = {
  E0001: { meaning: 'sign does not match', gatewayCode: 'UPSTREAM_AUTH_FAILED' },
  E0002: { meaning: 'unknown partnerCode', gatewayCode: 'UPSTREAM_AUTH_FAILED' },
  E0003: { meaning: 'missing or malformed parameter', gatewayCode: 'BAD_USER_INPUT' },
  E1001: { meaning: 'card (ICCID) not found', gatewayCode: 'NOT_FOUND' },
  E1002: { meaning: 'plan product not found', gatewayCode: 'NOT_FOUND' },
  E1003: { meaning: 'order not found', gatewayCode: 'NOT_FOUND' },
  E1004: { meaning: 'bundle group not found', gatewayCode: 'NOT_FOUND' },
  E1005: { meaning: 'bundle group operation not found', gatewayCode: 'NOT_FOUND' },
  E1006: { meaning: 'auto-renewal not found', gatewayCode: 'NOT_FOUND' },
  E1007: { meaning: 'payment not found', gatewayCode: 'NOT_FOUND' },
  E2001: { meaning: 'request id already used for another order', gatewayCode: 'FAILED_PRECONDITION' },
  E2002: { meaning: 'pay amount does not match the plan price', gatewayCode: 'BAD_USER_INPUT' },
  E2003: { meaning: 'the payment is not in a state that allows this', gatewayCode: 'FAILED_PRECONDITION' },
  E9999: { meaning: 'system error', gatewayCode: 'UPSTREAM_ERROR', retryable: true },
} as const satisfies Record<string, KnownCode>;

export type MallFailureCode = keyof typeof mallCodes;

export function classifyMallCode(code: string): KnownCode {
  return Object.hasOwn(mallCodes, code) ? mallCodes[code as MallFailureCode] : { meaning: 'unlisted upstream code', gatewayCode: 'UPSTREAM_ERROR' };
}
