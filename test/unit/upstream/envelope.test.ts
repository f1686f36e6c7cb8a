import { describe, expect, it } from 'vitest';
import { envelopeOf, messageOf } from '../../../src/upstream/envelope.js';
import { unwrapCsss } from '../../../src/upstream/csss/envelope.js';

describe('envelopeOf', () => {
  it('returns a JSON object answer as it is', () => {
    const answer = { code: '0000', data: [] };
    expect(envelopeOf('csss.listPlans', answer, 'a CSSS envelope')).toBe(answer);
  });

  it('refuses anything else as UPSTREAM_MALFORMED, saying what was expected', () => {
    for (const answer of [null, 'S', 7, [], undefined]) {
      expect(() => envelopeOf('mall.listGroups', answer, 'a Mall envelope')).toThrow(
        expect.objectContaining({
          code: 'UPSTREAM_MALFORMED',
          message: 'mall.listGroups: answer is not a Mall envelope',
        }),
      );
    }
  });
});

describe('messageOf', () => {
  it('passes a text message on and nothing else', () => {
    expect(messageOf({ message: 'order not found' })).toBe('order not found');
    for (const message of [undefined, null, 42, { text: 'x' }]) expect(messageOf({ message })).toBeUndefined();
  });
});

describe('unwrapCsss', () => {
  it('returns data for code 0000', () => {
    expect(
      unwrapCsss('csss.getSim', { code: '0000', message: '成功', data: { device_id: '1' }, success: true }),
    ).toEqual({ device_id: '1' });
  });

  it('turns a failure code, as a string or a number, into its classified UpstreamError, keeping the message', () => {
    for (const code of ['2001', 2001]) {
      expect(() =>
        unwrapCsss('csss.getSim', { code, message: '设备(ICCID)不存在', data: null, success: false }),
      ).toThrow(
        expect.objectContaining({ code: 'NOT_FOUND', upstreamCode: '2001', upstreamMessage: '设备(ICCID)不存在' }),
      );
    }
  });

  it('refuses an answer with no status code', () => {
    expect(() => unwrapCsss('csss.getSim', { data: {} })).toThrow(
      expect.objectContaining({ code: 'UPSTREAM_MALFORMED' }),
    );
  });
});
