import { describe, expect, it } from 'vitest';
import { CsssFailure } from '../../../src/sandbox/csss/failure.js';
import { answerOrRefuse, SandboxFailure } from '../../../src/sandbox/failure.js';
import { MallFailure } from '../../../src/sandbox/mall/failure.js';
import { MalformedUpstreamData } from '../../../src/upstream/errors.js';

const refuse = (code: string, detail?: string) => ({ status: 200, body: { code, detail } });
/** An answer that fails with `error`. */
const throwing = (error: Error) => () => {
  throw error;
};

describe('SandboxFailure', () => {
  it('keeps its code and detail, named after the family class', () => {
    const failure = new MallFailure('E1001', '8986');
    expect(failure).toBeInstanceOf(SandboxFailure);
    expect(failure).toMatchObject({ name: 'MallFailure', code: 'E1001', detail: '8986', message: 'E1001: 8986' });
    expect(new CsssFailure('1002')).toMatchObject({ name: 'CsssFailure', message: '1002', detail: undefined });
  });
});

describe('answerOrRefuse', () => {
  it('passes the answer through', () => {
    expect(answerOrRefuse(() => ({ status: 200, body: 'ok' }), refuse, '1004')).toEqual({ status: 200, body: 'ok' });
  });

  it('refuses a family failure with its code and detail', () => {
    expect(answerOrRefuse(throwing(new CsssFailure('2001', '8986')), refuse, '1004')).toEqual({
      status: 200,
      body: { code: '2001', detail: '8986' },
    });
  });

  it("refuses a body the decode readers could not read with the family's bad-input code", () => {
    const unreadable = throwing(new MalformedUpstreamData('body.deviceCode', 'a string'));
    expect(answerOrRefuse(unreadable, refuse, 'E0003')).toEqual({
      status: 200,
      body: { code: 'E0003', detail: 'upstream field body.deviceCode is not a string' },
    });
  });

  it('throws anything else on, as a sandbox bug', () => {
    const bug = new TypeError('bug');
    expect(() => answerOrRefuse(throwing(bug), refuse, '2')).toThrow(bug);
  });
});
