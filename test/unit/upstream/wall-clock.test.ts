import { describe, expect, it } from 'vitest';
import { formatWallClock, parseWallClock } from '../../../src/upstream/wall-clock.js';

describe('wall-clock times at a fixed UTC offset', () => {
  it('reads `yyyy-MM-dd HH:mm:ss` (or with T) at the offset given', () => {
    expect(parseWallClock('2023-12-31 23:59:59', '+08:00')?.toISOString()).toBe('2023-12-31T15:59:59.000Z');
    expect(parseWallClock(' 2023-12-31T23:59:59 ', '+08:00')?.toISOString()).toBe('2023-12-31T15:59:59.000Z');
    expect(parseWallClock('\t2023-12-31 23:59:59\n', '+08:00')?.toISOString()).toBe('2023-12-31T15:59:59.000Z');
    expect(parseWallClock('2023-12-31 23:59:59', '-05:30')?.toISOString()).toBe('2024-01-01T05:29:59.000Z');
  });

  it('takes anything else as not known', () => {
    const others = [
      null,
      '',
      '2023-12-31',
      '2023-12-31 23:59',
      '2023-13-01 00:00:00',
      '31/12/2023 23:59:59',
      '2023-12-31 23:59:5x',
      '2023-1a-31 23:59:59',
      '2023-12-31 23:59:59 and more',
      '2023-12-31_23:59:59',
      '+2023-12-31 23:59:5',
      '２０２３-12-31 23:59:59',
    ];
    for (const value of others) {
      expect(parseWallClock(value, '+08:00')).toBeNull();
    }
  });

  it('reads each value exactly as Date.parse reads the same time written in ISO 8601', () => {
    const values = [
      '2024-02-29 12:00:00',
      '2023-02-30 00:00:00',
      '2023-04-31 08:30:15',
      '2023-01-01 24:00:00',
      '2023-01-01 24:00:01',
      '2023-01-01 23:60:00',
      '2023-01-01 23:00:60',
      '2023-00-10 00:00:00',
      '2023-01-32 00:00:00',
      '0050-06-01 00:00:00',
      '1970-01-01 00:00:00',
      '9999-12-31 23:59:59',
    ];
    for (const value of values) {
      const iso = Date.parse(`${value.replace(' ', 'T')}Z`);
      const expected = Number.isNaN(iso) ? null : iso - 8 * 3600_000;
      expect(parseWallClock(value, '+08:00')?.getTime() ?? null, value).toBe(expected);
    }
  });

  it('writes an instant back as the same wall-clock text', () => {
    const at = new Date('2023-12-31T15:59:59.000Z');
    expect(formatWallClock(at, '+08:00')).toBe('2023-12-31 23:59:59');
    expect(formatWallClock(at, '-05:30')).toBe('2023-12-31 10:29:59');
    expect(parseWallClock(formatWallClock(at, '+08:00'), '+08:00')).toEqual(at);
  });

  it('refuses an offset that is not ±HH:mm', () => {
    expect(() => formatWallClock(new Date(0), '8')).toThrow(RangeError);
    expect(() => parseWallClock('2023-12-31 23:59:59', 'Z')).toThrow(RangeError);
  });
});
