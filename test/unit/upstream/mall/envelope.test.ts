import { describe, expect, it } from 'vitest';
import { classifyMallCode, mallCodes } from '../../../../src/upstream/mall/codes.js';
import { unwrapMall } from '../../../../src/upstream/mall/envelope.js';

/** An UpstreamError with these properties. */
const upstream = (properties: Record<string, unknown>) =>
  expect.objectContaining({ name: 'UpstreamError', ...properties });

describe('unwrapMall', () => {
  it('returns data for operateCode S', () => {
    expect(unwrapMall('mall.listOrders', { operateCode: 'S', message: 'success', data: { a: 1 } }, false)).toEqual({
      a: 1,
    });
  });

  it('takes a bare answer as the data only where the row allows it (§9.7)', () => {
    const bare = {
      deviceCode: '89860012018111220455',
      orderNo: '2020061214140465562',
      partnerCode: 'P000270',
      payId: 'P0008182020061214140465562',
    };
    expect(unwrapMall('mall.createOrder', bare, true)).toBe(bare);
    expect(() => unwrapMall('mall.listOrders', bare, false)).toThrow(upstream({ code: 'UPSTREAM_MALFORMED' }));
  });

  it('turns a failure code into its gateway code, wrapped or not, with the upstream code and message', () => {
    for (const bare of [false, true]) {
      expect(() =>
        unwrapMall(
          'mall.createOrder',
          { operateCode: 'E1001', message: 'card (ICCID) not found: 8986', data: null },
          bare,
        ),
      ).toThrow(
        upstream({
          code: 'NOT_FOUND',
          endpoint: 'mall.createOrder',
          upstreamCode: 'E1001',
          upstreamMessage: 'card (ICCID) not found: 8986',
          retryable: false,
        }),
      );
    }
  });

  it('keeps an unlisted code visible as UPSTREAM_ERROR and bounds the message', () => {
    expect(() => unwrapMall('mall.verifyCard', { operateCode: 'F', message: 'x'.repeat(2_000) }, false)).toThrow(
      upstream({ code: 'UPSTREAM_ERROR', upstreamCode: 'F', upstreamMessage: 'x'.repeat(500) }),
    );
  });

  it('refuses answers that are no envelope', () => {
    for (const answer of [null, 'S', [], { operateCode: '' }, { operateCode: 1 }, { message: 'x' }]) {
      expect(() => unwrapMall('mall.listGroups', answer, false)).toThrow(upstream({ code: 'UPSTREAM_MALFORMED' }));
    }
  });
});

describe('mallCodes', () => {
  it('classifies each sandbox code, and marks only the system error as worth retrying', () => {
    expect(classifyMallCode('E0001').gatewayCode).toBe('UPSTREAM_AUTH_FAILED');
    expect(classifyMallCode('E0003').gatewayCode).toBe('BAD_USER_INPUT');
    expect(classifyMallCode('E2001').gatewayCode).toBe('FAILED_PRECONDITION');
    expect(classifyMallCode('nope').gatewayCode).toBe('UPSTREAM_ERROR');
    const retryable = Object.entries(mallCodes)
      .filter(([, code]) => 'retryable' in code && code.retryable)
      .map(([name]) => name);
    expect(retryable).toEqual(['E9999']);
  });
});
