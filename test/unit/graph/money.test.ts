import { describe, expect, it } from 'vitest';
import { checkAmount, totalOf } from '../../../src/graph/money.js';

describe('money', () => {
  it('multiplies prices in cents, so totals never drift', () => {
    expect(totalOf('4.99', 3)).toBe('14.97');
    expect(totalOf('0.1', 3)).toBe('0.30');
    expect(totalOf('25', 2)).toBe('50.00');
  });

  it('takes amounts with at most two decimals', () => {
    expect(checkAmount('12.50', 'amount')).toBe('12.50');
    expect(() => checkAmount('12.505', 'amount')).toThrow(/at most two decimals/);
    expect(() => checkAmount('-1', 'amount')).toThrow();
  });
});
