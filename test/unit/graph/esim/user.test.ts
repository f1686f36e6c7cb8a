import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { GraphContext } from '../../../../src/graph/context.js';
import { fmsUser } from '../../../../src/graph/esim/user.js';
import { UpstreamError } from '../../../../src/upstream/errors.js';
import type { FmsClient } from '../../../../src/upstream/fms/client.js';

/** The signed-in eSIM user of a request: its token goes upstream and nowhere else. */

const TOKEN = 'tok_3f9a1c7e';

function contextWith(fms: Partial<FmsClient> | null, esimToken?: string): GraphContext {
  return { services: { fms }, esimToken } as unknown as GraphContext;
}

describe('fmsUser', () => {
  it('sends the token with each call, and names the user by a digest that does not contain it', async () => {
    const seen: unknown[] = [];
    const fms = { call: async (...args: unknown[]) => seen.push(args) };
    const user = fmsUser(contextWith(fms as unknown as FmsClient, TOKEN));
    await user.call('getOrderStatus', { orderId: '1' });
    expect(seen).toEqual([['getOrderStatus', { orderId: '1' }, { token: TOKEN, language: undefined }]]);
    expect(user.scope).toMatch(/^[0-9a-f]{32}$/);
    expect(user.scope).not.toContain(TOKEN);
    expect(fmsUser(contextWith(fms as unknown as FmsClient, 'another')).scope).not.toBe(user.scope);
  });

  it('masks a token the upstream echoes in an error, keeping the codes', async () => {
    const echo = new UpstreamError(`fms.getOrderStatus: token ${TOKEN} expired (upstream code 7)`, {
      code: 'UNAUTHENTICATED',
      endpoint: 'fms.getOrderStatus',
      upstreamCode: '7',
      upstreamMessage: `token ${TOKEN} expired`,
    });
    const user = fmsUser(contextWith({ call: () => Promise.reject(echo) } as unknown as FmsClient, TOKEN));
    const error = (await user
      .call('getOrderStatus', { orderId: '1' })
      .catch((caught: unknown) => caught)) as UpstreamError;
    expect(error).toMatchObject({
      code: 'UNAUTHENTICATED',
      upstreamCode: '7',
      upstreamMessage: 'token [token] expired',
    });
    expect(error.message).not.toContain(TOKEN);
  });

  it('is UNAUTHENTICATED without a token, and NOT_CONFIGURED (first) without FMS', () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return (error as GraphQLError).extensions.code;
      }
    };
    expect(code(() => fmsUser(contextWith({} as FmsClient)))).toBe('UNAUTHENTICATED');
    expect(code(() => fmsUser(contextWith(null)))).toBe('NOT_CONFIGURED');
  });
});
