import { describe, expect, it } from 'vitest';
import { codeError, malformedAnswer, UpstreamError } from '../../../src/upstream/errors.js';

describe('codeError', () => {
  it('says what the code means in English, and keeps what Linksfield said (in its language) apart', () => {
    const error = codeError('mall.createOrder', 'E9999', 'database busy', {
      meaning: 'system error',
      gatewayCode: 'UPSTREAM_ERROR',
      retryable: true,
    });
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      message: 'mall.createOrder: system error (upstream code E9999)',
      code: 'UPSTREAM_ERROR',
      endpoint: 'mall.createOrder',
      upstreamCode: 'E9999',
      upstreamMessage: 'database busy',
      retryable: true,
    });
  });

  it("falls back to the code's meaning, is not retryable unless the table says so, and bounds the message", () => {
    const known = { meaning: 'order does not exist', gatewayCode: 'NOT_FOUND' } as const;
    expect(codeError('fms.getOrder', '10008', undefined, known)).toMatchObject({
      upstreamMessage: 'order does not exist',
      retryable: false,
    });
    expect(codeError('fms.getOrder', '10008', 'x'.repeat(2_000), known).upstreamMessage).toHaveLength(500);
  });
});

describe('malformedAnswer', () => {
  it('is UPSTREAM_MALFORMED, not retryable, naming the endpoint and the problem', () => {
    expect(malformedAnswer('csss.getSim', 'answer has no status code')).toMatchObject({
      message: 'csss.getSim: answer has no status code',
      code: 'UPSTREAM_MALFORMED',
      endpoint: 'csss.getSim',
      retryable: false,
    });
  });
});
