import type { Keyv } from 'keyv';
import { createHash } from 'node:crypto';
import { chunk, mapConcurrently } from './batches.js';
import { currentReadTrace, fillingCache } from './read-trace.js';

/**
 * The keyv read cache in front of upstream reads.
 * - Keys carry a hash of the account, so two credentials never share entries.
 * - Entries carry the versions of their tags (`sim:<iccid>`, `order:<id>`, `orders`); a write bumps the
 *   versions of what it changed, which makes every entry stamped with an older version stale at once.
 * - Concurrent misses for one key make one upstream call.
 * - The store is best effort: when it fails or is slow (Redis down), reads go to the upstream instead.
 */
export type CacheKind = keyof typeof cacheTtlSeconds;

/** Time to live per kind of data: the catalogue changes rarely, usage and balances quickly. */
const cacheTtlSeconds = {
  plans: 600,
  esimCatalogue: 600,
  sim: 60,
  simsInUse: 30,
  usage: 30,
  balance: 30,
  dailyUsage: 60,
  monthlyUsage: 300,
  order: 30,
  orders: 15,
  orderablePlans: 300,
} as const;

/** A tag version lives longer than any entry, so an expired tag can never make a stale entry look fresh. */
const TAG_TTL_MS = 24 * 3600 * 1000;
const STORE_DEADLINE_MS = 250;
/** How often the in-memory entries are swept of expired ones. */
const SWEEP_EVERY_MS = 60_000;

export interface CacheObserver {
  /** `count` look-ups of one read found a fresh entry. */
  hit(kind: CacheKind, count: number): void;
  miss(kind: CacheKind, count: number): void;
  storeError(): void;
}

/** A tag and its version when an entry was built (null: never invalidated). */
export type TagVersion = readonly [tag: string, version: string | null];

interface Entry<T> {
  value: T;
  /** Pairs rather than an object keyed by tag: an object per ICCID-named key makes V8 build a hidden class per SIM. */
  tags: readonly TagVersion[];
  /** Epoch ms: a response built from this entry must not outlive it. */
  expiresAt: number;
}

export class ReadCache {
  /** Key prefix of this account's entries; the response cache keys under it too, so accounts never share. */
  readonly prefix: string;
  private readonly inFlight = new Map<string, Promise<Entry<unknown>>>();
  /** Where entries and tag versions live: this process's maps with the in-memory store, else the keyv store. */
  private readonly space: CacheSpace;

  constructor(
    /** The keyv store, shared with the response cache and persisted queries. */
    readonly store: Keyv,
    account: string,
    private readonly observer?: CacheObserver,
    /**
     * The store lives in this process (the in-memory one): it answers at once and cannot be away, so no deadline is
     * raced, and entries and tag versions skip it for plain maps of this cache (no other instance could read them).
     */
    private readonly local = false,
  ) {
    this.prefix = `lf:${createHash('sha256').update(account).digest('hex').slice(0, 16)}:`;
    this.space = local ? new LocalSpace() : new StoreSpace(this);
  }

  /** The cached value of `kind:key`, or the loaded one (then stored). Errors are never cached. */
  async get<T>(kind: CacheKind, key: string, tags: readonly string[], load: () => Promise<T>): Promise<T> {
    const [cached] = await this.read<T>(kind, [key]);
    if (cached !== undefined) return cached;
    const entry = await this.coalesce(`${kind}:${key}`, async () => {
      const versions = await this.versionsOf(tags);
      const fresh = { value: await fillingCache(load), tags: [...versions], expiresAt: this.expiryOf(kind) };
      await this.write(kind, [[key, fresh]]);
      return fresh;
    });
    // Every request that waited for this fill read it, not only the one that made it.
    currentReadTrace()?.saw(entry.tags, entry.expiresAt);
    return entry.value as T;
  }

  /**
   * Many keys of one kind, answered in the order asked: cached ones from the cache, the missing ones loaded in
   * batches of at most `batches.limit` keys (`batches.concurrency` at a time), each answering its keys in the order
   * given. Each batch's entries are written as soon as it arrives, so the last one to arrive leaves little to do.
   * A key's Error is returned, not cached.
   */
  async getMany<T>(
    kind: CacheKind,
    keys: readonly string[],
    tagsOf: (key: string) => readonly string[],
    batches: { limit: number; concurrency: number; load: (keys: string[]) => Promise<(T | Error)[]> },
  ): Promise<(T | Error)[]> {
    // Awaited only when it is a promise: an in-memory read goes on at once, so the first batch's upstream call
    // leaves before the next batch is prepared (an `await` of a plain value would queue every batch first).
    const read = this.read<T>(kind, keys);
    const values: (T | Error | undefined)[] = read instanceof Promise ? await read : read;
    const missing: number[] = [];
    values.forEach((value, index) => value === undefined && missing.push(index));
    await mapConcurrently(chunk(missing, batches.limit), batches.concurrency, async (positions) => {
      const loaded = await this.fill(
        kind,
        positions.map((position) => keys[position]),
        tagsOf,
        batches.load,
      );
      positions.forEach((position, index) => (values[position] = loaded[index]));
    });
    return values as (T | Error)[];
  }

  /** Loads keys that missed and writes their entries, stamped with the tag versions read before the load began. */
  private async fill<T>(
    kind: CacheKind,
    keys: string[],
    tagsOf: (key: string) => readonly string[],
    load: (keys: string[]) => Promise<(T | Error)[]>,
  ): Promise<(T | Error)[]> {
    // Each key's tags built once, their versions read in the same order: no map of versions to build and search.
    const tagLists = keys.map(tagsOf);
    const allTags: string[] = [];
    for (const tags of tagLists) for (const tag of tags) allTags.push(tag);
    const read = this.versionList(allTags);
    const versions = read instanceof Promise ? await read : read;
    const loaded = await fillingCache(() => load(keys));
    const fresh: [string, Entry<T>][] = [];
    const expiresAt = this.expiryOf(kind);
    const trace = currentReadTrace();
    const values = new Array<T | Error>(keys.length);
    let next = 0;
    for (let index = 0; index < keys.length; index++) {
      const tags = tagLists[index].map((tag): TagVersion => [tag, versions[next++]]);
      const value = loaded[index] ?? new Error(`no answer for ${keys[index]}`);
      values[index] = value;
      if (value instanceof Error) continue;
      fresh.push([keys[index], { value, tags, expiresAt }]);
      trace?.saw(tags, expiresAt);
    }
    await this.write(kind, fresh);
    return values;
  }

  /** Makes every entry tagged with one of `tags` stale. */
  async invalidate(tags: readonly string[]): Promise<void> {
    await this.space.bump(tags, `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`);
  }

  /** Each key's fresh cached value, or undefined; at once when the space answers at once. */
  private read<T>(kind: CacheKind, keys: readonly string[]): Maybe<(T | undefined)[]> {
    return andThen(this.space.entries<T>(kind, keys), (entries) => {
      const tags: string[] = [];
      for (const entry of entries) if (isEntry(entry)) for (const [tag] of entry.tags) tags.push(tag);
      return andThen(this.versionsOf(tags), (current) => {
        const trace = currentReadTrace();
        let hits = 0;
        // By key, not by entry: a store that failed answers no entries at all.
        const values = keys.map((_, index) => {
          const entry = entries[index];
          if (!isEntry(entry) || !isCurrent(entry.tags, current)) return undefined;
          hits++;
          trace?.saw(entry.tags, entry.expiresAt ?? 0);
          return entry.value;
        });
        if (hits > 0) this.observer?.hit(kind, hits);
        if (hits < keys.length) this.observer?.miss(kind, keys.length - hits);
        return values;
      });
    });
  }

  private expiryOf(kind: CacheKind): number {
    return Date.now() + cacheTtlSeconds[kind] * 1000;
  }

  private async write<T>(kind: CacheKind, entries: readonly [string, Entry<T>][]): Promise<void> {
    if (entries.length === 0) return;
    await this.space.put(kind, entries, cacheTtlSeconds[kind] * 1000);
  }

  /** The current version of each tag (null: never invalidated); an entry stamped with other versions is stale. */
  versionsOf(tags: readonly string[]): Maybe<Map<string, string | null>> {
    const unique = [...new Set(tags)];
    return andThen(this.versionList(unique), (versions) => new Map(unique.map((tag, index) => [tag, versions[index]])));
  }

  /**
   * Whether every tag is still at the version given: at once when the versions live in this process, so a kept
   * answer's check makes no promise (the response cache asks this for every hit).
   */
  tagsCurrent(tags: readonly TagVersion[]): boolean | Promise<boolean> {
    return andThen(this.space.versions(tags.map(([tag]) => tag)), (versions) => atVersions(tags, versions));
  }

  /** The current version of each tag, in the order given. */
  private versionList(tags: readonly string[]): Maybe<(string | null)[]> {
    if (tags.length === 0) return [];
    // Without the versions an entry's freshness cannot be proven: a unique marker makes it stale.
    return andThen(this.space.versions(tags), (versions) =>
      tags.map((_, index) => (versions === undefined ? 'unknown' : (versions[index] ?? null))),
    );
  }

  private coalesce<T>(key: string, load: () => Promise<Entry<T>>): Promise<Entry<T>> {
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<Entry<T>>;
    const promise = load().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  /** Runs a store operation with a deadline; on failure or timeout the cache steps aside. */
  async guard<T, F>(operation: () => Promise<T>, fallback: F): Promise<T | F> {
    if (this.local) {
      try {
        return await operation();
      } catch {
        this.observer?.storeError();
        return fallback;
      }
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        operation(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('cache store too slow')), STORE_DEADLINE_MS);
        }),
      ]);
    } catch {
      this.observer?.storeError();
      return fallback;
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Possibly at once: the in-memory space answers synchronously, and `await` takes either. */
type Maybe<T> = T | Promise<T>;

/** `next` of the value at once when it is there, else once it arrives: no promise job for an in-memory answer. */
function andThen<T, R>(value: Maybe<T>, next: (value: T) => Maybe<R>): Maybe<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/** Where the read cache keeps its entries and tag versions. */
interface CacheSpace {
  /** Each key's entry of that kind; undefined when there is none, it expired, or the store could not say. */
  entries<T>(kind: CacheKind, keys: readonly string[]): Maybe<(Entry<T> | undefined)[]>;
  /** Each tag's version (null or undefined: never invalidated); undefined as a whole when they cannot be read. */
  versions(tags: readonly string[]): Maybe<(string | null | undefined)[] | undefined>;
  put<T>(kind: CacheKind, entries: readonly [string, Entry<T>][], ttlMs: number): Maybe<unknown>;
  bump(tags: readonly string[], version: string): Maybe<unknown>;
}

/** In the keyv store, under the account's prefix, each operation guarded (the store may be slow or away). */
class StoreSpace implements CacheSpace {
  constructor(private readonly cache: ReadCache) {}

  entries<T>(kind: CacheKind, keys: readonly string[]) {
    const { cache } = this;
    return cache.guard(() => cache.store.getMany<Entry<T>>(keys.map((key) => this.entryKey(kind, key))), []);
  }

  versions(tags: readonly string[]) {
    const { cache } = this;
    return cache.guard(() => cache.store.getMany<string>(tags.map((tag) => this.tagKey(tag))), undefined);
  }

  put<T>(kind: CacheKind, entries: readonly [string, Entry<T>][], ttl: number) {
    const { cache } = this;
    return cache.guard(
      () => cache.store.setMany(entries.map(([key, value]) => ({ key: this.entryKey(kind, key), value, ttl }))),
      undefined,
    );
  }

  bump(tags: readonly string[], version: string) {
    const { cache } = this;
    return cache.guard(
      () => Promise.all(tags.map((tag) => cache.store.set(this.tagKey(tag), version, TAG_TTL_MS))),
      undefined,
    );
  }

  private entryKey(kind: CacheKind, key: string): string {
    return `${this.cache.prefix}${kind}:${key}`;
  }

  private tagKey(tag: string): string {
    return `${this.cache.prefix}tag:${tag}`;
  }
}

/**
 * In this process's maps, when the store is the in-memory one (nothing else can see it): no key strings to build,
 * no keyv wrapper per value, no promise per operation. A map per kind, keyed as the caller keys.
 */
export class LocalSpace implements CacheSpace {
  private readonly byKind = new Map<CacheKind, Map<string, Entry<unknown>>>();
  /** Kept for good: a version only ever replaces another, so they are as many as the SIMs and orders ever written. */
  private readonly tagVersions = new Map<string, string>();
  private sweptAt = Date.now();

  entries<T>(kind: CacheKind, keys: readonly string[]): (Entry<T> | undefined)[] {
    const entries = this.byKind.get(kind);
    if (entries === undefined) return keys.map(() => undefined);
    const now = Date.now();
    return keys.map((key) => {
      const entry = entries.get(key) as Entry<T> | undefined;
      if (entry === undefined || entry.expiresAt > now) return entry;
      entries.delete(key);
      return undefined;
    });
  }

  versions(tags: readonly string[]): (string | null)[] {
    return tags.map((tag) => this.tagVersions.get(tag) ?? null);
  }

  put<T>(kind: CacheKind, entries: readonly [string, Entry<T>][]): void {
    this.sweep();
    let kept = this.byKind.get(kind);
    if (kept === undefined) this.byKind.set(kind, (kept = new Map()));
    for (const [key, entry] of entries) kept.set(key, entry);
  }

  /** Entries no read comes back for (a day's usage of a past day) would stay for good: expired ones go once a minute. */
  private sweep(): void {
    const now = Date.now();
    if (now - this.sweptAt < SWEEP_EVERY_MS) return;
    this.sweptAt = now;
    for (const entries of this.byKind.values())
      for (const [key, entry] of entries) if ((entry as Entry<unknown>).expiresAt <= now) entries.delete(key);
  }

  /** How many entries are kept, of every kind (expired ones not yet swept included). */
  get size(): number {
    let size = 0;
    for (const entries of this.byKind.values()) size += entries.size;
    return size;
  }

  bump(tags: readonly string[], version: string): void {
    for (const tag of tags) this.tagVersions.set(tag, version);
  }
}

/** Every tag at its version in `versions` (read in the same order); none when the versions could not be read. */
function atVersions(
  tags: readonly TagVersion[],
  versions: readonly (string | null | undefined)[] | undefined,
): boolean {
  return versions !== undefined && tags.every(([, version], index) => (versions[index] ?? null) === version);
}

/** Every tag still at the version the entry was built with. */
function isCurrent(tags: readonly TagVersion[], current: ReadonlyMap<string, string | null>): boolean {
  return tags.every(([tag, version]) => (current.get(tag) ?? null) === version);
}

/** An entry of this shape; one written by an older gateway (tags as an object) is a miss, never misread. */
function isEntry<T>(entry: Entry<T> | undefined): entry is Entry<T> {
  return entry !== undefined && Array.isArray(entry.tags);
}
