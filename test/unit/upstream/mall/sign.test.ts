import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signMall, verifyMall } from '../../../../src/upstream/mall/sign.js';

/** The §9.1 example parameters, whose plain MD5 (no secret) the reference gives as 01b9a6e4…. */
const EXAMPLE = {
  url: 'https://dist.linksfield.net/login',
  version: '1.0',
  tradeType: 'singleVerify',
  tradeTime: '1645683857572',
  terminal: '1',
  partnerCode: 'P000270',
  mark: '0',
  languageCode: '1',
  deviceCode: '89430101521032420180',
};
const EXAMPLE_CONTENT =
  '{"deviceCode":"89430101521032420180","languageCode":"1","mark":"0","partnerCode":"P000270","terminal":"1","tradeTime":"1645683857572","tradeType":"singleVerify","url":"https://dist.linksfield.net/login","version":"1.0"}';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

describe('signMall', () => {
  it('reproduces the reference vector: sorted compact JSON, plain MD5 with no secret', () => {
    expect(signMall(EXAMPLE, '', 'append')).toBe('01b9a6e419475d81e6a55d869c1506c3');
    expect(signMall(EXAMPLE, '', 'prefix')).toBe('01b9a6e419475d81e6a55d869c1506c3');
    expect(signMall(EXAMPLE, 's3cret', 'documented')).toBe('01b9a6e419475d81e6a55d869c1506c3');
  });

  it('mixes the secret in as the mode says', () => {
    expect(signMall(EXAMPLE, 's3cret', 'append')).toBe(md5(`${EXAMPLE_CONTENT}s3cret`));
    expect(signMall(EXAMPLE, 's3cret', 'prefix')).toBe(md5(`s3cret${EXAMPLE_CONTENT}`));
    expect(signMall(EXAMPLE, 's3cret', 'hmac')).toBe(createHmac('md5', 's3cret').update(EXAMPLE_CONTENT).digest('hex'));
    const signs = new Set((['append', 'prefix', 'hmac'] as const).map((mode) => signMall(EXAMPLE, 's3cret', mode)));
    expect(signs.size).toBe(3);
    for (const sign of signs) expect(sign).toMatch(/^[0-9a-f]{32}$/);
  });

  it('leaves out `sign` and empty values, and signs arrays as sent', () => {
    const base = signMall({ b: '2', a: '1' }, 'k', 'append');
    expect(signMall({ a: '1', b: '2', sign: 'whatever', c: '', d: null, e: undefined }, 'k', 'append')).toBe(base);
    expect(signMall({ group_id: 'G1', sim_ids: ['2', '1'] }, '', 'append')).toBe(
      md5('{"group_id":"G1","sim_ids":["2","1"]}'),
    );
  });

  it('verifies its own sign and nothing else', () => {
    const params = { ...EXAMPLE, sign: signMall(EXAMPLE, 'k', 'hmac') };
    expect(verifyMall(params, 'k', 'hmac')).toBe(true);
    expect(verifyMall(params, 'k', 'append')).toBe(false);
    expect(verifyMall({ ...params, deviceCode: '89430101521032420181' }, 'k', 'hmac')).toBe(false);
    expect(verifyMall({ ...EXAMPLE }, 'k', 'hmac')).toBe(false);
    expect(verifyMall({ ...EXAMPLE, sign: 42 }, 'k', 'hmac')).toBe(false);
  });
});
