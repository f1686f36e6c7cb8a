import {
  compareTo,
  fleetOrderings,
  orderingNames,
  positionOf,
  type Direction,
  type FleetOrdering,
  type Position,
} from './orderings.js';
import { FleetColumns } from './columns.js';
import type { FilterView, Narrow } from './filters.js';
import type { FleetSim } from './sim.js';

const MEMO_KEYS = 64;

export interface InventoryPage {
  sims: FleetSim[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/**
 * The fleet in memory: every SIM once, for each sort order the SIMs' slots presorted (an Int32Array each), and
 * the values filters compare in columns. A page walks one sorted array from its cursor and stops once it has its
 * items, so no request sorts the fleet; a change to one SIM moves its slot in each array (a binary search and a
 * memmove), never a resort.
 */
export class Inventory implements FilterView {
  private readonly slots: FleetSim[];
  readonly columns = new FleetColumns();
  private readonly slotOf = new Map<string, number>();
  private readonly sorted = {} as Record<FleetOrdering, Int32Array>;
  /** For each ordering, each slot's position in it: a filter marks positions, then reads them off in order. */
  private readonly ranks = {} as Record<FleetOrdering, Int32Array>;
  /** For each ordering, each slot's sort key: a moved SIM's new place is searched in these, not in scattered SIMs. */
  private readonly keys = {} as Record<FleetOrdering, Float64Array>;
  /** Grows on every change: what `memo` computed for one version is reused until the next. */
  version = 0;
  private readonly memos = new WeakMap<object, Map<string, { version: number; value: unknown }>>();
  /** Working arrays of `matching`, as long as the fleet (`marked` is left all zero). */
  private scratch = { kept: new Int32Array(0), marked: new Uint8Array(0) };

  constructor(sims: readonly FleetSim[]) {
    this.slots = [];
    for (const sim of sims) {
      const slot = this.slotOf.get(sim.iccid);
      if (slot === undefined) {
        this.slotOf.set(sim.iccid, this.slots.length);
        this.slots.push(sim);
      } else if (sim.seenAt >= this.slots[slot].seenAt) this.slots[slot] = sim;
    }
    this.slots.forEach((sim, slot) => this.columns.set(slot, sim));
    for (const ordering of orderingNames) {
      const key = fleetOrderings[ordering];
      const keys = Float64Array.from(this.slots, key);
      const order = Int32Array.from(this.slots.keys());
      const slots = this.slots;
      order.sort((a, b) => keys[a] - keys[b] || (slots[a].iccid < slots[b].iccid ? -1 : 1));
      this.keys[ordering] = keys;
      this.sorted[ordering] = order;
      this.ranks[ordering] = new Int32Array(order.length);
      this.rerank(ordering, 0, order.length);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Every SIM, in no particular order. */
  all(): readonly FleetSim[] {
    return this.slots;
  }

  /** The SIMs by slot, as filters read them. */
  get sims(): readonly FleetSim[] {
    return this.slots;
  }

  get iccidRanks(): Int32Array {
    return this.ranks.ICCID;
  }

  slotOfIccid(iccid: string): number {
    return this.slotOf.get(iccid) ?? -1;
  }

  iccidRange(prefix: string): [from: number, to: number] {
    const order = this.sorted.ICCID;
    // ICCIDs are digits: every one starting with the prefix sorts before the prefix followed by U+FFFF.
    return [
      this.lowerBound('ICCID', order, order.length, { key: 0, iccid: prefix }),
      this.lowerBound('ICCID', order, order.length, { key: 0, iccid: `${prefix}\uffff` }),
    ];
  }

  /**
   * Puts a newer reading of a SIM in place (an older one than the inventory holds is ignored); true when it changed.
   * `slot`: where the caller has just found this SIM (`slotOfIccid`), so it is not looked up again.
   */
  put(sim: FleetSim, slot: number | undefined = this.slotOf.get(sim.iccid)): boolean {
    if (slot !== undefined && this.slots[slot].seenAt > sim.seenAt) return false;
    if (slot === undefined) {
      const added = this.slots.length;
      this.slots.push(sim);
      this.slotOf.set(sim.iccid, added);
      this.columns.set(added, sim);
      for (const ordering of orderingNames) {
        this.sorted[ordering] = grown(this.sorted[ordering], new Int32Array(added + 1));
        this.ranks[ordering] = grown(this.ranks[ordering], new Int32Array(added + 1));
        this.keys[ordering] = grown(this.keys[ordering], new Float64Array(added + 1));
        this.keys[ordering][added] = fleetOrderings[ordering](sim);
        this.rerank(ordering, this.insert(ordering, added, added), added + 1);
      }
    } else {
      // Only orderings whose key changed move (a usage reading moves one; the ICCID order never moves).
      for (const ordering of orderingNames) {
        const key = fleetOrderings[ordering](sim);
        if (this.keys[ordering][slot] !== key) this.move(ordering, slot, key);
      }
      this.columns.set(slot, sim, this.slots[slot]);
      this.slots[slot] = sim;
    }
    this.version++;
    return true;
  }

  /**
   * A value computed over the whole fleet (a count, a summary), kept until the fleet changes: a dashboard asking
   * again pays no scan. Per scope (a caller's SIMs) and key; at most MEMO_KEYS keys per scope.
   */
  memo<T>(scope: object, key: string, compute: () => T): T {
    let memos = this.memos.get(scope);
    if (!memos) this.memos.set(scope, (memos = new Map()));
    const known = memos.get(key);
    if (known && known.version === this.version) return known.value as T;
    const value = compute();
    if (memos.size >= MEMO_KEYS) memos.clear();
    memos.set(key, { version: this.version, value });
    return value;
  }

  /** The slots of the SIMs the filter keeps, in the ordering; without a filter, the ordering itself. */
  matching(narrow: Narrow | null, ordering: FleetOrdering): Int32Array {
    const order = this.sorted[ordering];
    if (narrow === null) return order;
    // The SIMs are filtered in slot order (over columns: fast), their positions marked, and the marks read off in
    // order: no sort. The working arrays are reused, so a request leaves only its result to collect.
    const size = this.slots.length;
    if (this.scratch.kept.length < size) this.scratch = { kept: new Int32Array(size), marked: new Uint8Array(size) };
    const { kept, marked } = this.scratch;
    for (let slot = 0; slot < size; slot++) kept[slot] = slot;
    const count = narrow(this, kept, size);
    const rank = this.ranks[ordering];
    for (let index = 0; index < count; index++) marked[rank[kept[index]]] = 1;
    const found = new Int32Array(count);
    for (let position = 0, next = 0; next < count; position++)
      if (marked[position] === 1) {
        marked[position] = 0;
        found[next++] = order[position];
      }
    return found;
  }

  /**
   * The first `first` SIMs of `matches` (slots in the ordering, from `matching`) in the direction, strictly after
   * `after` (from the start without): a binary search for the cursor, then a slice.
   */
  page(
    matches: Int32Array,
    ordering: FleetOrdering,
    direction: Direction,
    first: number,
    after: Position | null,
  ): InventoryPage {
    const sims: FleetSim[] = [];
    if (direction === 'ASC') {
      const start = after ? this.upperBound(ordering, matches, matches.length, after) : 0;
      const end = Math.min(start + first, matches.length);
      for (let index = start; index < end; index++) sims.push(this.slots[matches[index]]);
      return { sims, hasNextPage: end < matches.length, hasPreviousPage: start > 0 };
    }
    const start = after ? this.lowerBound(ordering, matches, matches.length, after) - 1 : matches.length - 1;
    const end = Math.max(start - first + 1, 0);
    for (let index = start; index >= end; index--) sims.push(this.slots[matches[index]]);
    return { sims, hasNextPage: end > 0, hasPreviousPage: start < matches.length - 1 };
  }

  /**
   * Moves `slot` to where its new `key` sorts: only the entries between the two places shift, so a reading that moves
   * a SIM a little costs little, however large the fleet. Its place is found in the typed arrays (keys, ties broken
   * by ICCID rank, which orders as the ICCIDs do), so a search touches no SIM object.
   */
  private move(ordering: FleetOrdering, slot: number, key: number): void {
    const order = this.sorted[ordering];
    const keys = this.keys[ordering];
    const iccidRanks = this.ranks.ICCID;
    const own = iccidRanks[slot];
    // Where the SIM is now is kept in its rank: only where it goes needs a search.
    const from = this.ranks[ordering][slot];
    let before = 0;
    let high = order.length;
    while (before < high) {
      const middle = (before + high) >>> 1;
      const other = order[middle];
      if (keys[other] < key || (keys[other] === key && iccidRanks[other] < own)) before = middle + 1;
      else high = middle;
    }
    // `before` counts the SIM's own entry when it sorts after where it was.
    const to = before > from ? before - 1 : before;
    if (to > from) order.copyWithin(from, from + 1, to + 1);
    else order.copyWithin(to + 1, to, from);
    order[to] = slot;
    keys[slot] = key;
    this.rerank(ordering, Math.min(from, to), Math.max(from, to) + 1);
  }

  /** Inserts `slot` into the first `length` entries of the ordering (the entry past them is free); returns where. */
  private insert(ordering: FleetOrdering, slot: number, length: number): number {
    const order = this.sorted[ordering];
    const at = this.lowerBound(ordering, order, length, positionOf(ordering, this.slots[slot]));
    order.copyWithin(at + 1, at, length);
    order[at] = slot;
    return at;
  }

  private rerank(ordering: FleetOrdering, from: number, to: number): void {
    const order = this.sorted[ordering];
    const rank = this.ranks[ordering];
    for (let position = from; position < to; position++) rank[order[position]] = position;
  }

  /** First index whose SIM sorts at or after the position. */
  private lowerBound(ordering: FleetOrdering, order: Int32Array, length: number, position: Position): number {
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareTo(ordering, this.slots[order[middle]], position) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** First index whose SIM sorts strictly after the position. */
  private upperBound(ordering: FleetOrdering, order: Int32Array, length: number, position: Position): number {
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareTo(ordering, this.slots[order[middle]], position) <= 0) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/** `next` (longer) holding `array`'s values first. */
function grown<T extends Int32Array | Float64Array>(array: T, next: T): T {
  next.set(array);
  return next;
}
