import { parse, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { estimateUpstreamCalls, FIELD_DEMAND } from '../../../src/access/demand.js';
import { buildGatewaySchema } from '../../../src/graph/schema.js';
import { csssEndpoints } from '../../../src/upstream/csss/endpoints.js';
import type { AnyEndpoint } from '../../../src/upstream/endpoint.js';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGatewaySchema();
});

const options = {
  batchLimit: (name: keyof typeof csssEndpoints) => (csssEndpoints[name] as AnyEndpoint).batch?.limit ?? 1,
  defaultListSize: 100,
  fleetSims: () => 1_000,
};
const estimate = (query: string, variables: Record<string, unknown> = {}) =>
  estimateUpstreamCalls(schema, parse(query), undefined, variables, options);
const iccids = (count: number) =>
  Array.from({ length: count }, (_, index) => String(89852000000000000000n + BigInt(index)));

describe('demand control estimate', () => {
  it('counts usage history per day or month of its range, over a page or the whole fleet', () => {
    const months = '(months: { from: "2025-12", to: "2026-11" }) { usedBytes }';
    expect(estimate(`{ fleet { monthlyUsage${months} } }`)).toBe(10 * 12);
    expect(estimate(`{ fleet { sims(first: 100) { edges { node { monthlyUsage${months} } } } } }`)).toBe(12);
    expect(
      estimate(
        '{ fleet { sims(first: 30) { edges { node { dailyUsage(days: { from: "2026-10-30", to: "2026-11-02" }) { usedBytes } } } } } }',
      ),
    ).toBe(30 * 4);
    // A SIM named by its ICCID is one SIM, whatever the page size.
    expect(
      estimate(
        '{ fleet { sims(filter: { iccid: "1" }) { edges { node { dailyUsage(days: { from: "2026-10-30", to: "2026-11-02" }) { usedBytes } } } } } }',
      ),
    ).toBe(4);
  });

  it('counts a 1,000-SIM sims { usage } as its batches: 10 listSims + 10 getUsageBatch', () => {
    expect(
      estimate('query($ids: [ID!]!) { sims(iccids: $ids) { iccid usage { usedBytes } } }', { ids: iccids(1_000) }),
    ).toBe(20);
  });

  it('counts a fan-out field once per SIM, and every alias on its own', () => {
    expect(estimate('query($ids: [ID!]!) { sims(iccids: $ids) { balance { __typename } } }', { ids: iccids(50) })).toBe(
      1 + 50,
    );
    const aliases = Array.from(
      { length: 30 },
      (_, index) => `a${index}: sims(iccids: $ids) { balance { __typename } }`,
    ).join(' ');
    expect(estimate(`query($ids: [ID!]!) { ${aliases} }`, { ids: iccids(1_000) })).toBe(30 * (10 + 1_000));
  });

  it('sizes connections by first, and reads a shared list once however often it is asked', () => {
    expect(estimate('{ simsInUse(first: 40) { edges { node { balance { __typename } } } } }')).toBe(1 + 40);
    expect(estimate('{ simsInUse(first: 40) { edges { node { activePlan { code } } } } plans { code } }')).toBe(
      1 + 1 + 1,
    );
    expect(estimate('{ orders(first: 10) { edges { node { sim { iccid } plan { code } } } } }')).toBe(1 + 1 + 1);
  });

  it('follows fragments and inline fragments, and costs plain fields nothing', () => {
    const query =
      'query($ids: [ID!]!) { sims(iccids: $ids) { ...S } } fragment S on Sim { iccid ... on Sim { balance { __typename } } }';
    expect(estimate(query, { ids: iccids(3) })).toBe(1 + 3);
    expect(estimate('{ sim(iccid: "89852000000000000000") { iccid status } }')).toBe(1);
  });

  it('costs a QR code nothing: it is drawn from the order the read already brought', () => {
    expect(estimate('{ esimOrder(orderId: "1") { qrCode qrCodeImage(size: 256) { svg pngDataUrl } } }')).toBe(1);
    expect(estimate('{ myEsim(orderId: "1") { qrCodeImage { svg } topUpPackages { id } } }')).toBe(1 + 1);
  });

  it('gives up (null) on variables that do not fit: execution refuses those without calls', () => {
    expect(estimate('query($ids: [ID!]!) { sims(iccids: $ids) { iccid } }', {})).toBeNull();
  });

  it('names only fields that exist, and endpoints that batch', () => {
    for (const [key, demand] of Object.entries(FIELD_DEMAND)) {
      const [type, field] = key.split('.');
      const named = schema.getType(type) as { getFields?: () => Record<string, unknown> } | undefined;
      expect(named?.getFields?.()[field], key).toBeDefined();
      if (demand.calls.kind === 'batched')
        expect((csssEndpoints[demand.calls.endpoint] as AnyEndpoint).batch, key).toBeDefined();
    }
  });
});
