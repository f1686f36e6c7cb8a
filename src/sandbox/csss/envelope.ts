import { CSSS_SUCCESS } from '../../upstream/csss/codes.js';
import { signCsss } from '../../upstream/csss/sign.js';
import type { SandboxResponse } from '../family.js';
import { csssMessage, type Language } from './messages.js';

/**
 * The CSSS envelope `{code, message, data, success}` (§1.3), always with HTTP 200 as in every documented answer.
 * `data.sign` (undocumented algorithm): the sandbox signs an object `data` the way requests are signed, HMAC-SHA1
 * over `data` without `sign`, with the account's secret. Array `data` (§2.3, §6.2) carries no sign.
 */
export function success(data: unknown, language: Language, secret: string): SandboxResponse {
  const signed =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? { ...data, sign: signCsss(data as Record<string, unknown>, secret) }
      : data;
  return {
    status: 200,
    body: { code: CSSS_SUCCESS, message: csssMessage(CSSS_SUCCESS, language), data: signed, success: true },
  };
}

export function failure(code: string, language: Language, detail?: string, status = 200): SandboxResponse {
  return { status, body: { code, message: csssMessage(code, language, detail), data: null, success: false } };
}
