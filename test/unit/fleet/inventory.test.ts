import { describe, expect, it } from 'vitest';
import { FleetFilterError, parseFilter, type FleetFilter } from '../../../src/fleet/filters.js';
import { Inventory } from '../../../src/fleet/inventory.js';
import { fleetOrderings, orderingNames, type Direction } from '../../../src/fleet/orderings.js';
import { queryFleet } from '../../../src/fleet/query.js';
import type { FleetSim } from '../../../src/fleet/sim.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';

/** The sorted indexes against a plain sort, after a few hundred random changes, in every order and direction. */
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

function sim(index: number, seenAt = 1): FleetSim {
  const withOrder = random() < 0.7;
  return {
    iccid: `8985200000000${String(index).padStart(7, '0')}`,
    // A few IMSIs unknown, a few MSISDNs written with a `+`: text the digit columns do not hold.
    imsi: index % 23 === 5 ? null : `4540000${String(index).padStart(8, '0')}`,
    msisdn: `${index % 17 === 3 ? '+' : ''}852${String(index).padStart(8, '0')}`,
    lifecycle: pick(Object.values(SimLifecycle)),
    activatedAt: random() < 0.9 ? Math.floor(random() * 1e6) * 1000 : null,
    orderId: withOrder ? `ORDER_${index}` : null,
    planCode: withOrder ? pick(['A', 'B', 'C']) : null,
    planName: null,
    expiresAt: withOrder ? Math.floor(random() * 50) * 1000 : null,
    usedBytes: withOrder ? (random() < 0.05 ? null : Math.floor(random() * 20) * 100) : 0,
    remainingBytes: withOrder ? Math.floor(random() * 2000) : 0,
    seenAt,
  };
}

function naive(sims: readonly FleetSim[], ordering: keyof typeof fleetOrderings, direction: Direction): string[] {
  const key = fleetOrderings[ordering];
  const sorted = [...sims].sort((a, b) => key(a) - key(b) || (a.iccid < b.iccid ? -1 : 1)).map((entry) => entry.iccid);
  return direction === 'ASC' ? sorted : sorted.reverse();
}

function walk(
  inventory: Inventory,
  ordering: keyof typeof fleetOrderings,
  direction: Direction,
  first: number,
  filter: FleetFilter | null = null,
): string[] {
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page = queryFleet(inventory, { filter, ordering, direction, first, after, sims: null });
    seen.push(...page.edges.map((edge) => edge.node.iccid));
    if (!page.hasNextPage) return seen;
    after = page.edges.at(-1)!.cursor;
  }
}

describe('Inventory', () => {
  it('keeps every ordering sorted through changes and additions, and pages walk it exactly', () => {
    const sims = Array.from({ length: 300 }, (_, index) => sim(index));
    const inventory = new Inventory(sims);
    const current = new Map(sims.map((entry) => [entry.iccid, entry]));
    for (let change = 0; change < 400; change++) {
      const index = Math.floor(random() * 330);
      const next = sim(index, 2 + change);
      inventory.put(next);
      current.set(next.iccid, next);
    }
    expect(inventory.size).toBe(current.size);
    const filter: FleetFilter = { lifecycles: [SimLifecycle.ACTIVE, SimLifecycle.DEACTIVATED], usedBytesAbove: 500 };
    const passing = [...current.values()].filter(
      (entry) => filter.lifecycles!.includes(entry.lifecycle) && entry.usedBytes !== null && entry.usedBytes > 500,
    );
    for (const ordering of orderingNames) {
      for (const direction of ['ASC', 'DESC'] as const) {
        expect(walk(inventory, ordering, direction, 17), `${ordering} ${direction}`).toEqual(
          naive([...current.values()], ordering, direction),
        );
        expect(walk(inventory, ordering, direction, 7, filter), `${ordering} ${direction} filtered`).toEqual(
          naive(passing, ordering, direction),
        );
      }
    }
  });

  it('keeps exactly the SIMs each filter names, alone and combined, through changes', () => {
    const sims = Array.from({ length: 400 }, (_, index) => sim(index));
    const inventory = new Inventory(sims);
    const current = new Map(sims.map((entry) => [entry.iccid, entry]));
    for (let change = 0; change < 300; change++) {
      const next = sim(Math.floor(random() * 450), 2 + change);
      // Now and then a SIM's numbers change too (a new MSISDN, an IMSI no longer known): the digit columns follow.
      if (change % 10 === 0) Object.assign(next, { imsi: null, msisdn: `8529${String(change).padStart(7, '0')}` });
      inventory.put(next);
      current.set(next.iccid, next);
    }
    const share = (entry: FleetSim) =>
      entry.orderId === null || entry.usedBytes === null || entry.remainingBytes === null
        ? -1
        : entry.usedBytes / Math.max(entry.usedBytes + entry.remainingBytes, 1);
    const some = sims[123];
    // Each filter beside what it means, written the plain way.
    const cases: [FleetFilter, (entry: FleetSim) => boolean][] = [
      [{ lifecycles: [SimLifecycle.PRE_ACTIVATION] }, (entry) => entry.lifecycle === SimLifecycle.PRE_ACTIVATION],
      [{ planCodes: ['B', 'C', 'Z'] }, (entry) => entry.planCode === 'B' || entry.planCode === 'C'],
      [{ withoutPlan: true }, (entry) => entry.orderId === null],
      [{ withoutPlan: false }, (entry) => entry.orderId !== null],
      [{ iccid: some.iccid }, (entry) => entry.iccid === some.iccid],
      [{ iccid: 'nope' }, () => false],
      [{ iccidPrefix: '898520000000000012' }, (entry) => entry.iccid.startsWith('898520000000000012')],
      [{ imsi: some.imsi }, (entry) => entry.imsi === some.imsi],
      [{ imsiPrefix: '45400000003' }, (entry) => entry.imsi?.startsWith('45400000003') === true],
      [{ imsiPrefix: '4540000000000028' }, () => false],
      [{ msisdn: some.msisdn }, (entry) => entry.msisdn === some.msisdn],
      [{ msisdn: '+85200000020' }, (entry) => entry.msisdn === '+85200000020'],
      [{ msisdnPrefix: '8520000042' }, (entry) => entry.msisdn!.startsWith('8520000042')],
      [{ msisdnPrefix: '852000001' }, (entry) => entry.msisdn!.startsWith('852000001')],
      [{ msisdnPrefix: '85290000' }, (entry) => entry.msisdn!.startsWith('85290000')],
      [{ msisdnPrefix: '+852' }, (entry) => entry.msisdn!.startsWith('+852')],
      [{ msisdnPrefix: '' }, () => true],
      [{ usedBytesAbove: 900 }, (entry) => entry.usedBytes !== null && entry.usedBytes > 900],
      [{ usedShareAbove: 0.5 }, (entry) => share(entry) > 0.5],
      [{ expiresBefore: new Date(20_000) }, (entry) => entry.expiresAt !== null && entry.expiresAt < 20_000],
      [
        { lifecycles: [SimLifecycle.ACTIVE], planCodes: ['A'], usedShareAbove: 0.2, iccidPrefix: '89852000000000002' },
        (entry) =>
          entry.lifecycle === SimLifecycle.ACTIVE &&
          entry.planCode === 'A' &&
          share(entry) > 0.2 &&
          entry.iccid.startsWith('89852000000000002'),
      ],
    ];
    for (const [filter, passes] of cases) {
      const passing = [...current.values()].filter(passes);
      expect(walk(inventory, 'USED_BYTES', 'DESC', 9, filter), JSON.stringify(filter)).toEqual(
        naive(passing, 'USED_BYTES', 'DESC'),
      );
    }
  });

  it('ignores a reading older than the one it holds', () => {
    const inventory = new Inventory([{ ...sim(1), seenAt: 10, usedBytes: 5 }]);
    expect(inventory.put({ ...sim(1), seenAt: 9, usedBytes: 7 })).toBe(false);
    expect(inventory.sims[inventory.slotOfIccid(sim(1).iccid)].usedBytes).toBe(5);
  });
});

describe('filters from a query string', () => {
  it('parses every row and combines them with the caller scope', () => {
    const filter = parseFilter(
      {
        lifecycles: 'active,DEACTIVATED',
        planCodes: 'A,B',
        usedBytesAbove: '100',
        expiresBefore: '2026-01-01',
        withoutPlan: 'false',
        orderBy: 'ICCID',
      },
      ['orderBy'],
    );
    expect(filter).toEqual({
      lifecycles: ['ACTIVE', 'DEACTIVATED'],
      planCodes: ['A', 'B'],
      usedBytesAbove: 100,
      expiresBefore: new Date('2026-01-01'),
      withoutPlan: false,
    });
    const inventory = new Inventory(Array.from({ length: 30 }, (_, index) => sim(index)));
    const page = queryFleet(inventory, {
      filter: { iccidPrefix: '8985200000000000001' },
      ordering: 'ICCID',
      direction: 'ASC',
      first: 50,
      sims: { allows: (iccid: string) => iccid.endsWith('5') } as never,
    });
    expect(page.edges.map((edge) => edge.node.iccid)).toEqual([sim(15).iccid]);
  });

  it('refuses unknown names and bad values with a message naming them', () => {
    expect(() => parseFilter({ color: 'red' })).toThrow(FleetFilterError);
    expect(() => parseFilter({ lifecycles: 'SLEEPING' })).toThrow(/lifecycles: "SLEEPING"/);
    expect(() => parseFilter({ usedBytesAbove: '-1' })).toThrow(/usedBytesAbove/);
    expect(() => parseFilter({ expiresBefore: 'soon' })).toThrow(/expiresBefore/);
    expect(() => parseFilter({ withoutPlan: 'maybe' })).toThrow(/withoutPlan/);
  });
});
