import { describe, expect, it } from 'vitest';
import { decimal, list, optionalDecimal, optionalText, record, text } from '../../../src/upstream/decode.js';
import { MalformedUpstreamData } from '../../../src/upstream/errors.js';

describe('upstream readers', () => {
  it('record accepts objects only and names the path when it refuses', () => {
    expect(record({ a: 1 })).toEqual({ a: 1 });
    for (const bad of [null, [], 'x', 1, undefined])
      expect(() => record(bad, 'data.page')).toThrow(MalformedUpstreamData);
    expect(() => record([], 'data.page')).toThrow('upstream field data.page is not an object');
  });

  it('list accepts arrays only', () => {
    expect(list([1, 2])).toEqual([1, 2]);
    expect(() => list({}, 'data.device_list')).toThrow('upstream field data.device_list is not an array');
  });

  it('text takes strings and finite numbers, refuses the rest', () => {
    expect(text({ a: 'x' }, 'a')).toBe('x');
    expect(text({ a: 42 }, 'a')).toBe('42');
    for (const bad of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY, {}, true])
      expect(() => text({ a: bad }, 'a')).toThrow(MalformedUpstreamData);
  });

  it('optionalText reads absent, null and empty as null', () => {
    expect(optionalText({}, 'a')).toBeNull();
    expect(optionalText({ a: null }, 'a')).toBeNull();
    expect(optionalText({ a: '' }, 'a')).toBeNull();
    expect(optionalText({ a: 'v' }, 'a')).toBe('v');
    expect(() => optionalText({ a: {} }, 'a')).toThrow(MalformedUpstreamData);
  });

  it('decimal reads numbers and numeric strings', () => {
    expect(decimal({ a: '30.00' }, 'a')).toBe(30);
    expect(decimal({ a: 54.3 }, 'a')).toBe(54.3);
    expect(decimal({ a: ' 7 ' }, 'a')).toBe(7);
    for (const bad of ['', ' ', 'abc', null, undefined, Number.NaN, [], {}])
      expect(() => decimal({ a: bad }, 'a')).toThrow(MalformedUpstreamData);
    expect(optionalDecimal({ a: '' }, 'a')).toBeNull();
    expect(optionalDecimal({}, 'a')).toBeNull();
    expect(optionalDecimal({ a: '1879048192' }, 'a')).toBe(1_879_048_192);
    expect(() => optionalDecimal({ a: 'x' }, 'a')).toThrow(MalformedUpstreamData);
  });
});
