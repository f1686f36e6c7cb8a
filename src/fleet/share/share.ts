import type { FleetSim } from '../sim.js';

/** A complete inventory as built by one refresh. */
export interface Snapshot {
  sims: FleetSim[];
  /** When the refresh that built it started. */
  indexedAt: number;
}

/** The right to refresh, held by one instance at a time; `commit` fails once another instance has taken it over. */
export interface Lease {
  /** Grows with every lease granted: a commit with an older fence than the stored snapshot's is refused. */
  readonly fence: number;
  /** Stores the snapshot for every instance, if this lease still holds; false when it was lost (fenced out). */
  commit(snapshot: Snapshot): Promise<boolean>;
  release(): Promise<void>;
}

export interface ShareListener {
  /** Another instance committed a snapshot. */
  snapshot(): void;
  /** SIMs another instance saw change between refreshes. */
  changed(sims: FleetSim[]): void;
}

/**
 * Where instances meet: in memory for one instance, in Redis for many. It holds the last committed snapshot and
 * the changes seen since, grants one refresh lease at a time, and tells every instance of the other's news.
 */
export interface FleetShare {
  /** Resolves once the share can answer, or once it stops waiting (a refresh then fails and is tried again). */
  ready(): Promise<void>;
  /** The last committed snapshot with the changes seen since; null when none was committed yet. */
  load(): Promise<Snapshot | null>;
  /** When the last committed snapshot was indexed; null when none was. */
  indexedAt(): Promise<number | null>;
  /** A lease, or null when another instance is refreshing. */
  lease(): Promise<Lease | null>;
  /** Shares SIMs seen changed between refreshes. */
  changed(sims: FleetSim[]): Promise<void>;
  listen(listener: ShareListener): Promise<void>;
  close(): Promise<void>;
}

/** One instance: nothing to share, one lease at a time within the process. */
export function memoryShare(): FleetShare {
  let leased = false;
  let fence = 0;
  return {
    ready: async () => undefined,
    load: async () => null,
    indexedAt: async () => null,
    async lease() {
      if (leased) return null;
      leased = true;
      return {
        fence: ++fence,
        commit: async () => leased,
        release: async () => {
          leased = false;
        },
      };
    },
    changed: async () => undefined,
    listen: async () => undefined,
    close: async () => undefined,
  };
}
