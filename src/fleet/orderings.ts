import type { FleetSim } from './sim.js';

/**
 * The fleet's sort orders, as data: each is a number per SIM, ties broken by ICCID, so every order is total and a
 * cursor (key, ICCID) finds its place again after the fleet changed. Missing values sort last ascending.
 */
export const fleetOrderings = {
  ICCID: () => 0,
  USED_BYTES: (sim: FleetSim) => sim.usedBytes ?? -1,
  EXPIRES_AT: (sim: FleetSim) => sim.expiresAt ?? Number.MAX_SAFE_INTEGER,
  ACTIVATED_AT: (sim: FleetSim) => sim.activatedAt ?? Number.MAX_SAFE_INTEGER,
} as const satisfies Record<string, (sim: FleetSim) => number>;

export type FleetOrdering = keyof typeof fleetOrderings;
export type Direction = 'ASC' | 'DESC';

export const orderingNames = Object.keys(fleetOrderings) as FleetOrdering[];

/** A position in an ordering: the sort key and ICCID of the item a page continues after. */
export interface Position {
  key: number;
  iccid: string;
}

/** < 0 when the SIM sorts before the position, > 0 after, 0 when it is the SIM of the position. */
export function compareTo(ordering: FleetOrdering, sim: FleetSim, position: Position): number {
  const key = fleetOrderings[ordering](sim);
  if (key !== position.key) return key < position.key ? -1 : 1;
  return sim.iccid < position.iccid ? -1 : sim.iccid > position.iccid ? 1 : 0;
}

export function positionOf(ordering: FleetOrdering, sim: FleetSim): Position {
  return { key: fleetOrderings[ordering](sim), iccid: sim.iccid };
}
