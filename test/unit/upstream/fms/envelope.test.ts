import { describe, expect, it } from 'vitest';
import { classifyFmsCode, fmsCodes } from '../../../../src/upstream/fms/codes.js';
import { unwrapFms } from '../../../../src/upstream/fms/envelope.js';

/** An UpstreamError with these properties. */
const upstream = (properties: Record<string, unknown>) =>
  expect.objectContaining({ name: 'UpstreamError', ...properties });

describe('unwrapFms', () => {
  it('returns data for code 0, given as an integer or a numeric string', () => {
    expect(
      unwrapFms('fms.getPackage', { code: 0, data: { id: 1 }, message: 'SUCCESS', messageSourceHandler: {} }),
    ).toEqual({ id: 1 });
    expect(unwrapFms('fms.reportPayment', { code: '0', data: null, message: '操作成功' })).toBeNull();
  });

  it.each([
    [7, 'UNAUTHENTICATED'],
    [2, 'BAD_USER_INPUT'],
    [6006, 'PREORDER_EXPIRED'],
    [10008, 'NOT_FOUND'],
    [10009, 'BAD_USER_INPUT'],
    [3005, 'FAILED_PRECONDITION'],
    [12345, 'UPSTREAM_ERROR'],
  ])('turns code %i into %s, keeping the upstream code and message', (code, gatewayCode) => {
    expect(() => unwrapFms('fms.reportPayment', { code, data: null, message: 'from upstream' })).toThrow(
      upstream({
        code: gatewayCode,
        endpoint: 'fms.reportPayment',
        upstreamCode: String(code),
        upstreamMessage: 'from upstream',
      }),
    );
  });

  it("falls back to the table's meaning when the answer has no message", () => {
    expect(() => unwrapFms('fms.reportPayment', { code: 6006 })).toThrow(
      upstream({ upstreamMessage: fmsCodes['6006'].meaning }),
    );
  });

  it('refuses answers that are no envelope', () => {
    for (const answer of [null, 0, [], { data: {} }, { code: 'zero' }, { code: 1.5 }]) {
      expect(() => unwrapFms('fms.listCountries', answer)).toThrow(upstream({ code: 'UPSTREAM_MALFORMED' }));
    }
  });
});

describe('fmsCodes', () => {
  it('holds every code of the payment webhook table (§8.4) and the token code, as documented', () => {
    for (const code of ['2', '7', '1102', '3004', '3005', '6006', '9999', '10008', '10009']) {
      expect(classifyFmsCode(code).provenance).toBe('documented');
    }
    expect(classifyFmsCode('4242')).toMatchObject({ gatewayCode: 'UPSTREAM_ERROR', meaning: 'system exception' });
  });

  it('marks only the generic error as worth retrying', () => {
    const retryable = Object.entries(fmsCodes)
      .filter(([, code]) => 'retryable' in code && code.retryable)
      .map(([name]) => name);
    expect(retryable).toEqual(['9999']);
  });
});
