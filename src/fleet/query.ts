import type { SimScope } from '../access/caller.js';
import { filterKey, fleetNarrow, type FleetFilter } from './filters.js';
import type { Inventory } from './inventory.js';
import { fleetOrderings, positionOf, type Direction, type FleetOrdering, type Position } from './orderings.js';
import type { FleetSim } from './sim.js';

export interface FleetQuery {
  filter?: FleetFilter | null;
  ordering: FleetOrdering;
  direction: Direction;
  first: number;
  /** A cursor of a previous page of the same ordering; null from the start. */
  after?: string | null;
  /** The caller's SIMs (null: all). */
  sims: SimScope | null;
}

export interface FleetPage {
  edges: { cursor: string; node: FleetSim }[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export class CursorError extends Error {}

/** The memo scope of callers who see every SIM. */
export const EVERY_SIM = {};

/**
 * A page of the fleet: the caller's SIMs passing the filter, in the ordering, after the cursor. A cursor names the
 * sort key and ICCID of the last item seen (keyset), not a position, so a change elsewhere in the fleet never makes
 * a page repeat or skip an item that did not itself move.
 */
export function queryFleet(inventory: Inventory, query: FleetQuery): FleetPage {
  const narrow = fleetNarrow(query.filter, query.sims ? (iccid) => query.sims!.allows(iccid) : null);
  const after = query.after ? decodeCursor(query.after, query.ordering, query.direction) : null;
  // The matching SIMs in order are kept until the fleet changes: the next page, or the same one asked again, is a
  // binary search and a slice.
  const matches = inventory.memo(query.sims ?? EVERY_SIM, `${query.ordering}:${filterKey(query.filter)}`, () =>
    inventory.matching(narrow, query.ordering),
  );
  const page = inventory.page(matches, query.ordering, query.direction, query.first, after);
  return {
    edges: page.sims.map((sim) => ({
      cursor: encodeCursor(query.ordering, query.direction, positionOf(query.ordering, sim)),
      node: sim,
    })),
    totalCount: matches.length,
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
  };
}

function encodeCursor(ordering: FleetOrdering, direction: Direction, position: Position): string {
  return Buffer.from(JSON.stringify([ordering, direction, position.key, position.iccid]), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, ordering: FleetOrdering, direction: Direction): Position {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('`after` is not a cursor this API issued');
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 4 ||
    !(parsed[0] in fleetOrderings) ||
    typeof parsed[2] !== 'number' ||
    typeof parsed[3] !== 'string'
  ) {
    throw new CursorError('`after` is not a cursor this API issued');
  }
  if (parsed[0] !== ordering || parsed[1] !== direction)
    throw new CursorError('`after` is a cursor of another order: pass the same `orderBy` as the page it came from');
  return { key: parsed[2], iccid: parsed[3] };
}
