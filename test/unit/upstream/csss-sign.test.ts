import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signCsss } from '../../../src/upstream/csss/sign.js';
import { signContent } from '../../../src/upstream/sign-content.js';
import { csssTimestamp, parseCsssTimestamp } from '../../../src/upstream/csss/timestamp.js';

const SECRET = 'demo-secret';

describe('CSSS request signature (§1.5)', () => {
  it('reproduces the reference worked example', () => {
    const body = { access_code: 'P000270', device_id: '89852022018041800192', timestamp: '1643012271', version: '2.0' };
    expect(signContent(body)).toBe(
      '{"access_code":"P000270","device_id":"89852022018041800192","timestamp":"1643012271","version":"2.0"}',
    );
    expect(signCsss(body, SECRET)).toBe('u3I40181yS0/6nnp2l6RI0WGXnw=');
  });

  it('sorts the documentation literal string, which is written unsorted', () => {
    const literal = { version: '2.0', access_code: 'P012345', timestamp: '1498723232' };
    expect(signContent(literal)).toBe('{"access_code":"P012345","timestamp":"1498723232","version":"2.0"}');
    expect(signCsss(literal, SECRET)).toBe('z1QghFGQuD19XoU9gpB6loI2TtE=');
    // The unsorted reading of the doc gives another value; the signer never produces it.
    const unsorted = createHmac('sha1', SECRET)
      .update('{"version":"2.0","access_code":"P012345","timestamp":"1498723232"}')
      .digest('base64');
    expect(unsorted).toBe('AK15a+k638JmsECslEc2xtEhFGw=');
    expect(signCsss(literal, SECRET)).not.toBe(unsorted);
  });

  it('signs the canonical content, so empty values and a previous sign change nothing', () => {
    const body = {
      page_no: 1,
      device_id: '',
      order_id: null,
      deviceList: ['8985', '8986'],
      sign: 'previous-signature',
      access_code: 'P000270',
    };
    expect(signCsss(body, SECRET)).toBe(
      signCsss({ access_code: 'P000270', deviceList: ['8985', '8986'], page_no: 1 }, SECRET),
    );
  });

  it('produces a 28-character Base64 digest that depends on the secret', () => {
    const body = { access_code: 'P000270' };
    expect(signCsss(body, SECRET)).toMatch(/^[A-Za-z0-9+/]{27}=$/);
    expect(signCsss(body, 'other-secret')).not.toBe(signCsss(body, SECRET));
  });
});

describe('CSSS timestamps', () => {
  it('sends 10-digit seconds', () => {
    expect(csssTimestamp(1_643_012_271_987)).toBe('1643012271');
  });

  it('reads 10-digit seconds and 13-digit milliseconds, nothing else', () => {
    expect(parseCsssTimestamp('1643012271')).toBe(1_643_012_271_000);
    expect(parseCsssTimestamp('1640917845984')).toBe(1_640_917_845_984);
    expect(parseCsssTimestamp(1_643_012_271)).toBe(1_643_012_271_000);
    for (const bad of ['', '164301227', '16430122710', 'abcdefghij', null, undefined, {}])
      expect(parseCsssTimestamp(bad)).toBeNull();
  });
});
