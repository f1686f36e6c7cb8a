import { describe, expect, it } from 'vitest';
import { signCsss } from '../../../src/upstream/csss/sign.js';
import { authenticate } from '../../../src/sandbox/csss/auth.js';
import { CsssFailure } from '../../../src/sandbox/csss/failure.js';

const credentials = { accessCode: 'P000270', secret: 'sandbox-secret' };
const NOW = 1_700_000_000_000;

function signed(fields: Record<string, unknown>, secret = credentials.secret): Record<string, unknown> {
  const body = { access_code: 'P000270', timestamp: String(NOW / 1000), version: '2.0', device_id: '8985', ...fields };
  return { ...body, sign: signCsss(body, secret) };
}

function code(body: Record<string, unknown>, now = NOW): string | null {
  try {
    authenticate(body, credentials, now);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(CsssFailure);
    return (error as CsssFailure).code;
  }
}

describe('CSSS request checks', () => {
  it('accepts a correctly signed, current request', () => {
    expect(code(signed({}))).toBeNull();
  });

  it('refuses an unknown or missing access code with 1001', () => {
    expect(code(signed({ access_code: 'P999999' }))).toBe('1001');
    const { access_code: _dropped, ...rest } = signed({});
    expect(code(rest)).toBe('1001');
  });

  it('refuses a wrong, missing or stale signature with 1002', () => {
    expect(code(signed({}, 'other-secret'))).toBe('1002');
    expect(code({ ...signed({}), device_id: '8986' })).toBe('1002');
    const { sign: _dropped, ...unsigned } = signed({});
    expect(code(unsigned)).toBe('1002');
  });

  it('enforces the ±5 minute window in seconds and milliseconds with 1003', () => {
    expect(code(signed({}), NOW + 4 * 60_000)).toBeNull();
    expect(code(signed({}), NOW + 6 * 60_000)).toBe('1003');
    expect(code(signed({}), NOW - 6 * 60_000)).toBe('1003');
    expect(code(signed({ timestamp: String(NOW) }))).toBeNull();
    expect(code(signed({ timestamp: String(NOW + 301_000) }))).toBe('1003');
    expect(code(signed({ timestamp: 'yesterday' }))).toBe('1003');
  });

  it('wants version 2.0 (1004)', () => {
    expect(code(signed({ version: '1.0' }))).toBe('1004');
  });
});
