import { describe, expect, it } from 'vitest';
import { fillPath, matchPath } from '../../../../src/upstream/mall/path.js';

describe('Mall path templates', () => {
  it('fills placeholders and leaves the rest for the query or body', () => {
    expect(fillPath('/mall/bundle-groups/{group_id}/sims', { group_id: 'G 1/2', sign: 'x' })).toEqual({
      path: '/mall/bundle-groups/G%201%2F2/sims',
      rest: { sign: 'x' },
    });
    expect(fillPath('/singleOrder', { a: 1 })).toEqual({ path: '/singleOrder', rest: { a: 1 } });
  });

  it('matches a path back to its parameters, and nothing else', () => {
    expect(matchPath('/mall/bundle-groups/{group_id}/sims', '/mall/bundle-groups/G%201%2F2/sims')).toEqual({
      group_id: 'G 1/2',
    });
    expect(matchPath('/mall/bundle-groups/{group_id}/sims', '/mall/bundle-groups//sims')).toBeNull();
    expect(matchPath('/mall/bundle-groups/{group_id}/sims', '/mall/bundle-groups/G1')).toBeNull();
    expect(matchPath('/mall/bundle-groups/{group_id}/sims', '/mall/bundle-groups/%E0%A4%A/sims')).toBeNull();
    expect(matchPath('/mall/order', '/mall/order')).toEqual({});
  });
});
