import type { SimScope } from '../access/caller.js';
import type { CsssClient } from '../upstream/csss/client.js';
import type { SimRecord, UsageRecord } from '../upstream/csss/model.js';
import { chunk, mapConcurrently } from '../upstream/batches.js';
import { buildInventory, usageOf } from './build.js';
import { Inventory } from './inventory.js';
import type { FleetShare, Lease } from './share/share.js';
import { fleetSim, sameFacts, withRecord, withUsage, type FleetSim } from './sim.js';

export interface FleetLogger {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

export interface FleetOptions {
  csss: CsssClient;
  share: FleetShare;
  logger: FleetLogger;
  /** How often the inventory is rebuilt from Linksfield. */
  refreshMs: number;
  /** How long a refresh lease outlives its holder (instances sharing the fleet); null for one instance alone. */
  leaseMs: number | null;
  concurrency: number;
  language?: string;
  now?: () => number;
}

/** After a failed refresh, the next attempt comes this soon (or at the next period, if sooner). */
const RETRY_MS = 30_000;

/** What a refresh did: built and committed, skipped (another instance is at it, or its inventory is fresh), or failed. */
export type RefreshOutcome = 'refreshed' | 'busy' | 'fresh' | 'failed' | 'fenced';

/**
 * The fleet inventory of this instance: built from Linksfield every `refreshMs` (by one instance at a time when
 * shared through Redis), and kept current between builds by what the gateway sees: its writes, notifications and
 * the SIMs its loaders read. Queries read `inventory` synchronously; a refresh builds a new one on the side and
 * swaps it in, so it never blocks them, and a failed one leaves the last complete inventory and its `indexedAt`.
 */
export class Fleet {
  /** Every SIM known; empty until the first build (or a shared snapshot) arrives, save SIMs seen since. */
  inventory = new Inventory([]);
  /** When the inventory served was built; null before the first complete build. */
  indexedAt: Date | null = null;
  private started: Promise<void> | null = null;
  private running: Promise<RefreshOutcome> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly pending = new Set<string>();
  private flushing: Promise<void> | null = null;
  private closed = false;
  private readonly now: () => number;

  constructor(private readonly options: FleetOptions) {
    this.now = options.now ?? Date.now;
  }

  /** True once a complete inventory is served. */
  get complete(): boolean {
    return this.indexedAt !== null;
  }

  /**
   * Loads the shared snapshot if there is one, and builds unless it is fresh; then refreshes on schedule. Resolves
   * once that first attempt is over (built, loaded, left to another instance, or failed). Never throws.
   */
  start(): Promise<void> {
    this.started ??= (async () => {
      await this.options.share.ready();
      await this.options.share
        .listen({ snapshot: () => void this.loadShared(), changed: (sims) => this.apply(sims) })
        .catch((error) => this.warn(error, 'fleet: cannot listen to other instances'));
      if (this.closed) return;
      this.timer = setInterval(() => void this.refresh(), this.options.refreshMs);
      this.timer.unref();
      await this.loadShared();
      await this.refresh();
    })();
    return this.started;
  }

  /** Builds the inventory now unless another instance is doing so or has just done it. One at a time per process. */
  refresh(): Promise<RefreshOutcome> {
    this.running ??= this.refreshOnce().finally(() => (this.running = null));
    return this.running;
  }

  /**
   * Re-reads these SIMs, and those whose order in use is one of `orderIds`, from Linksfield soon (a write or a
   * notification changed them); calls in the same tick share their reads.
   */
  touch(iccids: readonly string[], orderIds: readonly string[] = []): Promise<void> {
    for (const iccid of iccids) this.pending.add(iccid);
    if (orderIds.length > 0)
      for (const sim of this.inventory.all())
        if (sim.orderId !== null && orderIds.includes(sim.orderId)) this.pending.add(sim.iccid);
    if (this.pending.size === 0) return Promise.resolve();
    this.flushing ??= new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.flush())
      .finally(() => (this.flushing = null));
    return this.flushing;
  }

  /** How many SIMs of the inventory the scope allows (all without one); counted again only after a change. */
  simCount(scope: SimScope | null): number {
    if (scope === null) return this.inventory.size;
    const { inventory } = this;
    return inventory.memo(scope, 'simCount', () =>
      inventory.all().reduce((count, sim) => (scope.allows(sim.iccid) ? count + 1 : count), 0),
    );
  }

  /** SIM records a loader read: their lifecycle, numbers and order, at once. */
  observeSims(records: readonly SimRecord[]): void {
    const at = this.now();
    this.observe(records, (record, current) => {
      const next = withRecord(current, record, at);
      return sameFacts(current, next) ? null : next;
    });
  }

  /** Usage a loader read, for SIMs the inventory knows with that same order in use. */
  observeUsage(records: readonly UsageRecord[]): void {
    const at = this.now();
    this.observe(records, (usage, current) => {
      const next = current && withUsage(current, usage, at);
      return next && !sameFacts(current, next) ? next : null;
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    // A build in flight is not waited for: its upstream calls fail once the client closes, and it is discarded.
    await Promise.allSettled([this.flushing]);
    await this.options.share.close();
  }

  private async refreshOnce(): Promise<RefreshOutcome> {
    const { share, refreshMs } = this.options;
    let lease: Lease | null = null;
    try {
      const sharedAt = await share.indexedAt();
      // Another instance refreshed within this period: its snapshot is (or is about to be) ours too.
      if (sharedAt !== null && this.now() - sharedAt < refreshMs * 0.9) {
        if (this.indexedAt === null || this.indexedAt.getTime() < sharedAt) await this.loadShared();
        return 'fresh';
      }
      lease = await share.lease();
      if (!lease) {
        // Tried again once the holder's lease would have run out: by then it has committed, or died and left it.
        this.retryIn(this.options.leaseMs ?? refreshMs);
        return 'busy';
      }
      const build = await buildInventory(this.options.csss, {
        concurrency: this.options.concurrency,
        language: this.options.language,
        now: this.now,
      });
      if (this.closed) return 'failed';
      const next = new Inventory(build.sims);
      // SIMs seen live while the build ran are newer than what it read.
      for (const sim of this.inventory.all()) if (sim.seenAt > build.startedAt) next.put(sim);
      if (!(await lease.commit({ sims: [...next.all()], indexedAt: build.startedAt }))) {
        this.options.logger.warn({}, 'fleet: refresh lost its lease to another instance; its inventory was discarded');
        this.retryIn(this.options.leaseMs ?? refreshMs);
        return 'fenced';
      }
      this.install(next, build.startedAt);
      this.options.logger.info(
        { sims: next.size, calls: build.calls, ms: this.now() - build.startedAt },
        'fleet: inventory refreshed',
      );
      return 'refreshed';
    } catch (error) {
      this.warn(error, 'fleet: refresh failed; serving the last complete inventory');
      // Tried again soon rather than a whole period later.
      this.retryIn(Math.min(RETRY_MS, refreshMs));
      return 'failed';
    } finally {
      await lease?.release().catch((error) => this.warn(error, 'fleet: cannot release the refresh lease'));
    }
  }

  private retryIn(ms: number): void {
    if (!this.closed) setTimeout(() => void (this.closed || this.refresh()), ms).unref();
  }

  /** Installs the shared snapshot when it is newer than the one served; false when there is none. */
  private async loadShared(): Promise<boolean> {
    try {
      const snapshot = await this.options.share.load();
      if (!snapshot) return false;
      if (this.indexedAt !== null && this.indexedAt.getTime() >= snapshot.indexedAt) return true;
      const next = new Inventory(snapshot.sims);
      for (const sim of this.inventory.all()) if (sim.seenAt > snapshot.indexedAt) next.put(sim);
      this.install(next, snapshot.indexedAt);
      return true;
    } catch (error) {
      this.warn(error, 'fleet: cannot load the shared inventory');
      return false;
    }
  }

  private install(inventory: Inventory, indexedAt: number): void {
    this.inventory = inventory;
    this.indexedAt = new Date(indexedAt);
  }

  private async flush(): Promise<void> {
    const iccids = [...this.pending];
    this.pending.clear();
    const { csss, concurrency, language } = this.options;
    try {
      const at = this.now();
      const pages = await mapConcurrently(chunk(iccids, csss.endpoints.listSims.batch.limit), concurrency, (part) =>
        csss.call('listSims', { iccids: part }, { language }),
      );
      const records = pages.flatMap((page) => page.items).flatMap((item) => ('value' in item ? [item.value] : []));
      const usage = await usageOf(
        csss,
        records.filter((record) => record.activeOrderId !== null),
        { concurrency, language },
      );
      this.record(records.map((record) => fleetSim(record, usage.get(record.iccid) ?? null, at)));
    } catch (error) {
      this.warn(error, 'fleet: cannot re-read changed SIMs; the next refresh will');
    }
  }

  /** Puts what changed in place here and tells the other instances. */
  private record(sims: readonly FleetSim[]): void {
    this.observe(sims, (sim, current) => (sameFacts(current, sim) ? null : sim));
  }

  /**
   * Puts in place what fresh readings say anew (a loader's records, a re-read's entries; `reading`: the SIM's next
   * entry, or null when nothing changed) and tells the other instances. Each SIM is looked up once: the look-up is
   * most of the cost here.
   */
  private observe<R extends { iccid: string }>(
    records: readonly R[],
    reading: (record: R, current: FleetSim | undefined) => FleetSim | null,
  ): void {
    const { inventory } = this;
    const changed: FleetSim[] = [];
    for (const record of records) {
      const slot = inventory.slotOfIccid(record.iccid);
      const next = reading(record, slot < 0 ? undefined : inventory.sims[slot]);
      if (next && inventory.put(next, slot < 0 ? undefined : slot)) changed.push(next);
    }
    this.share(changed);
  }

  private share(changed: FleetSim[]): void {
    if (changed.length === 0) return;
    this.options.share
      .changed(changed)
      .catch((error) => this.warn(error, 'fleet: cannot share a change with other instances'));
  }

  private apply(sims: readonly FleetSim[]): void {
    for (const sim of sims) this.inventory.put(sim);
  }

  private warn(error: unknown, message: string): void {
    this.options.logger.warn(
      { err: error instanceof Error ? { message: error.message, code: (error as { code?: string }).code } : error },
      message,
    );
  }
}
