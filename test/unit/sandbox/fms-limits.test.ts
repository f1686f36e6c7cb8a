import { describe, expect, it } from 'vitest';
import { Accounts } from '../../../src/sandbox/fms/accounts.js';
import { packages } from '../../../src/sandbox/fms/catalogue.js';
import { FmsFailure } from '../../../src/sandbox/fms/failure.js';
import { Orders } from '../../../src/sandbox/fms/orders.js';
import { ProfilePool } from '../../../src/sandbox/fms/profiles.js';
import { failureCode } from './failure-code.js';

const HASH = 'e10adc3949ba59abbe56e057f20f883e';

const codeOf = (run: () => unknown) => failureCode(FmsFailure, run);

describe('FMS sandbox bounds', () => {
  it("forgets the oldest order past maxOrders, giving a pending one's profile back to the pool", () => {
    let now = 1_700_000_000_000;
    const accounts = new Accounts(() => now, { users: 10, tokens: 10 });
    const session = accounts.register('bound@example.com', HASH) as { token: string };
    const owner = accounts.authenticate(session.token);
    const orders = new Orders(new ProfilePool(2), {
      now: () => now,
      timeoutMs: 600_000,
      qrReadyAfterMs: 0,
      maxOrders: 1,
    });
    const pkg = packages.find((candidate) => !candidate.topUp)!;
    const purchase = {
      pkg,
      currency: 'USD',
      currencyId: 2,
      periods: pkg.minPeriods,
      quantity: 1,
      money: pkg.prices.USD * pkg.minPeriods,
    };
    const ids: number[] = [];
    // Two profiles, three pre-orders: the third only finds a profile because the first order's was released.
    for (let index = 0; index < 3; index++) {
      ids.push((orders.preOrder(owner, purchase) as { id: number }).id);
      now += 1_000;
    }
    expect(codeOf(() => orders.status(owner, ids[0]))).toBe('10008');
    expect(codeOf(() => orders.status(owner, ids[1]))).toBe('10008');
    expect(orders.status(owner, ids[2])).toMatchObject({ qrCode: null });
  });

  it('keeps at most `tokens` sessions, forgetting the oldest', () => {
    const accounts = new Accounts(() => 1_700_000_000_000, { users: 10, tokens: 2 });
    const first = (accounts.register('first@example.com', HASH) as { token: string }).token;
    const second = (accounts.login('first@example.com', HASH) as { token: string }).token;
    const third = (accounts.login('first@example.com', HASH) as { token: string }).token;
    expect(codeOf(() => accounts.authenticate(first))).toBe('7');
    expect(accounts.authenticate(second).email).toBe('first@example.com');
    expect(accounts.authenticate(third).email).toBe('first@example.com');
  });
});
