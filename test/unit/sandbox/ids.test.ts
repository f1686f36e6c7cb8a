import { describe, expect, it } from 'vitest';
import {
  dayIndex,
  dayStart,
  endOfDay,
  formatInstant,
  monthRange,
  parseDay,
} from '../../../src/sandbox/csss/calendar.js';
import { hash01, Random } from '../../../src/sandbox/prng.js';
import { Snowflake } from '../../../src/sandbox/snowflake.js';

describe('seeded randomness', () => {
  it('repeats for the same seed, numeric or textual', () => {
    const draw = (seed: number | string) => {
      const random = new Random(seed);
      return Array.from({ length: 5 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw('fleet')).toEqual(draw('fleet'));
    expect(draw(42)).not.toEqual(draw(43));
    const random = new Random(1);
    for (let i = 0; i < 1_000; i++) {
      const value = random.int(3, 5);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(5);
    }
    expect(hash01(7, 20_000)).toBe(hash01(7, 20_000));
    expect(hash01(7, 20_000)).not.toBe(hash01(7, 20_001));
  });
});

describe('snowflake delivery ids', () => {
  it('never repeats, even thousands within one millisecond', () => {
    const ids = new Snowflake(1, () => 1_700_000_000_000);
    const seen = new Set(Array.from({ length: 10_000 }, () => ids.next()));
    expect(seen.size).toBe(10_000);
    for (const id of [...seen].slice(0, 10)) expect(id).toMatch(/^\d{15,19}$/);
  });
});

describe('CSSS calendar (+08:00)', () => {
  it('starts days at midnight China time and ends them at 23:59:59', () => {
    const day = parseDay('20240131')!;
    expect(formatInstant(dayStart(day))).toBe('2024-01-31 00:00:00');
    expect(formatInstant(endOfDay(day))).toBe('2024-01-31 23:59:59');
    expect(dayIndex(Date.parse('2024-01-31T15:59:59Z'))).toBe(day);
    expect(dayIndex(Date.parse('2024-01-31T16:00:00Z'))).toBe(day + 1);
    expect(parseDay('20240230')).toBeNull();
    expect(parseDay('2024-01-31')).toBeNull();
  });

  it('spans a month to the first instant of the next', () => {
    const [from, to] = monthRange('202312')!;
    expect(formatInstant(from)).toBe('2023-12-01 00:00:00');
    expect(formatInstant(to)).toBe('2024-01-01 00:00:00');
    expect(monthRange('202313')).toBeNull();
    expect(monthRange('2023-12')).toBeNull();
  });
});
