import { describe, expect, it } from 'vitest';
import { sameText } from '../../../src/upstream/same-text.js';

describe('sameText', () => {
  it('is true only for the same text, byte for byte', () => {
    expect(sameText('u3I40181yS0/6nnp2l6RI0WGXnw=', 'u3I40181yS0/6nnp2l6RI0WGXnw=')).toBe(true);
    expect(sameText('u3I40181yS0/6nnp2l6RI0WGXnw=', 'u3I40181yS0/6nnp2l6RI0WGXnW=')).toBe(false);
    expect(sameText('abc', 'abcd')).toBe(false);
    expect(sameText('', '')).toBe(true);
  });

  it('compares UTF-8 bytes, so texts of one length but different bytes differ', () => {
    expect(sameText('中国', '中国')).toBe(true);
    expect(sameText('中国', 'ab')).toBe(false);
  });
});
