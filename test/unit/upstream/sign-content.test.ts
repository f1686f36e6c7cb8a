import { describe, expect, it } from 'vitest';
import { signContent } from '../../../src/upstream/sign-content.js';

describe('signContent, the canonical text CSSS and the Mall sign', () => {
  it('sorts keys in code-unit order, uppercase before lowercase', () => {
    expect(signContent({ version: '2.0', access_code: 'P012345', Zone: 'x', timestamp: '1498723232' })).toBe(
      '{"Zone":"x","access_code":"P012345","timestamp":"1498723232","version":"2.0"}',
    );
  });

  it('drops empty values, keeps numbers unquoted, writes arrays compactly and leaves sign out', () => {
    const body = {
      page_no: 1,
      device_id: '',
      order_id: null,
      extra: undefined,
      deviceList: ['8985', '8986'],
      sign: 'previous-signature',
      access_code: 'P000270',
    };
    expect(signContent(body)).toBe('{"access_code":"P000270","deviceList":["8985","8986"],"page_no":1}');
  });

  it('keeps non-ASCII values as raw UTF-8 and sorts the keys of nested objects, in arrays too', () => {
    expect(signContent({ package_name: '中国20M', nested: { b: 1, a: 2 } })).toBe(
      '{"nested":{"a":2,"b":1},"package_name":"中国20M"}',
    );
    expect(
      signContent({
        items: [
          { y: '2', x: '' },
          { b: 0, a: false },
        ],
      }),
    ).toBe('{"items":[{"y":"2"},{"a":false,"b":0}]}');
  });

  it('keeps list order, which is data', () => {
    expect(signContent({ sim_ids: ['2', '1'] })).toBe('{"sim_ids":["2","1"]}');
  });

  it('leaves `sign` out at any depth', () => {
    expect(signContent({ data: { sign: 'inner', a: 1 }, sign: 'outer' })).toBe('{"data":{"a":1}}');
  });
});
