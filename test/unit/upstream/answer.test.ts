import { describe, expect, it } from 'vitest';
import { decodeAnswer } from '../../../src/upstream/answer.js';
import { record, text } from '../../../src/upstream/decode.js';

const decodeName = (data: unknown) => text(record(data), 'name');

describe('decodeAnswer', () => {
  it('returns what the row decodes', () => {
    expect(decodeAnswer('fms.getPackage', decodeName, { name: 'China 1GB' })).toBe('China 1GB');
  });

  it('turns data of the wrong shape into UPSTREAM_MALFORMED for this endpoint', () => {
    expect(() => decodeAnswer('fms.getPackage', decodeName, { name: {} })).toThrow(
      expect.objectContaining({
        name: 'UpstreamError',
        code: 'UPSTREAM_MALFORMED',
        endpoint: 'fms.getPackage',
        message: 'fms.getPackage: unexpected answer (upstream field name is not a string)',
      }),
    );
  });

  it('lets any other error through unchanged', () => {
    const bug = new TypeError('a bug in the decoder');
    expect(() =>
      decodeAnswer(
        'fms.getPackage',
        () => {
          throw bug;
        },
        {},
      ),
    ).toThrow(bug);
  });
});
