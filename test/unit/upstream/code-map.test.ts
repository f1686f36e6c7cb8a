import { describe, expect, it } from 'vitest';
import { CodeMap } from '../../../src/upstream/code-map.js';
import {
  OrderStatus,
  orderStatusCodes,
  PlanType,
  planTypeCodes,
  SimLifecycle,
  simLifecycleCodes,
} from '../../../src/upstream/csss/enums.js';

describe('CodeMap', () => {
  const map = new CodeMap<'A' | 'B' | 'UNKNOWN'>({ '1': 'A', '2': 'B' }, 'UNKNOWN');

  it('decodes known codes and falls back on unknown, null, undefined and inherited names', () => {
    expect(map.decode('1')).toBe('A');
    expect(map.decode('2')).toBe('B');
    expect(map.decode('3')).toBe('UNKNOWN');
    expect(map.decode(null)).toBe('UNKNOWN');
    expect(map.decode(undefined)).toBe('UNKNOWN');
    expect(map.decode('constructor')).toBe('UNKNOWN');
  });

  it('encodes values back to their codes and refuses a value without one', () => {
    expect(map.encode('A')).toBe('1');
    expect(map.encode('B')).toBe('2');
    expect(() => map.encode('UNKNOWN')).toThrow(RangeError);
  });

  it('round-trips every value of the CSSS maps', () => {
    const roundTrips = <T extends string>(map: CodeMap<T>) => {
      for (const [code, value] of Object.entries(map.byCode)) {
        expect(map.decode(code)).toBe(value);
        expect(map.encode(value)).toBe(code);
      }
    };
    roundTrips(planTypeCodes);
    roundTrips(simLifecycleCodes);
    roundTrips(orderStatusCodes);
    expect(planTypeCodes.decode('5')).toBe(PlanType.YEARLY);
    expect(simLifecycleCodes.encode(SimLifecycle.ACTIVE)).toBe('2');
    expect(orderStatusCodes.decode('2')).toBe(OrderStatus.PAUSED);
  });
});
