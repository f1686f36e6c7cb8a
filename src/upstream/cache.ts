import type { Keyv } from 'keyv';
import { createHash } from 'node:crypto';

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
export const cacheTtlSeconds = {
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

export interface CacheObserver {
  hit(kind: CacheKind): void;
  miss(kind: CacheKind): void;
  storeError(): void;
}

interface Entry<T> {
  value: T;
  tags: Record<string, string | null>;
}

export class ReadCache {
  private readonly prefix: string;
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: Keyv,
    account: string,
    private readonly observer?: CacheObserver,
  ) {
    this.prefix = `lf:${createHash('sha256').update(account).digest('hex').slice(0, 16)}:`;
  }

  /** The cached value of `kind:key`, or the loaded one (then stored). Errors are never cached. */
  async get<T>(kind: CacheKind, key: string, tags: readonly string[], load: () => Promise<T>): Promise<T> {
    const [cached] = await this.read<T>(kind, [key]);
    if (cached !== undefined) return cached;
    return this.coalesce(this.entryKey(kind, key), async () => {
      const versions = await this.tagVersions(tags);
      const value = await load();
      await this.write(kind, [[key, { value, tags: versions }]]);
      return value;
    });
  }

  /**
   * Many keys of one kind: cached ones are returned, the missing ones loaded in one `loadMissing` call
   * (which a batch loader chunks into upstream batch calls). A key's Error is returned, not cached.
   */
  async getMany<T>(
    kind: CacheKind,
    keys: readonly string[],
    tagsOf: (key: string) => readonly string[],
    loadMissing: (keys: string[]) => Promise<Map<string, T | Error>>,
  ): Promise<Map<string, T | Error>> {
    const cached = await this.read<T>(kind, keys);
    const result = new Map<string, T | Error>();
    const missing: string[] = [];
    keys.forEach((key, index) => (cached[index] === undefined ? missing.push(key) : result.set(key, cached[index] as T)));
    if (missing.length === 0) return result;
    const versions = await this.tagVersions(missing.flatMap(tagsOf));
    const loaded = await loadMissing(missing);
    const fresh: [string, Entry<T>][] = [];
    for (const key of missing) {
      const value = loaded.get(key) ?? new Error(`no answer for ${key}`);
      result.set(key, value);
      if (!(value instanceof Error)) fresh.push([key, { value, tags: Object.fromEntries(tagsOf(key).map((tag) => [tag, versions[tag] ?? null])) }]);
    }
    await this.write(kind, fresh);
    return result;
  }

  /** Makes every entry tagged with one of `tags` stale. */
  async invalidate(tags: readonly string[]): Promise<void> {
    const version = `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
    await this.guard(() => Promise.all(tags.map((tag) => this.store.set(this.tagKey(tag), version, TAG_TTL_MS))), undefined);
  }

  private async read<T>(kind: CacheKind, keys: readonly string[]): Promise<(T | undefined)[]> {
    const entries = await this.guard(() => this.store.getMany<Entry<T>>(keys.map((key) => this.entryKey(kind, key))), []);
    const tags = [...new Set(entries.flatMap((entry) => (entry ? Object.keys(entry.tags) : [])))];
    const current = await this.tagVersions(tags);
    return keys.map((_, index) => {
      const entry = entries[index];
      const fresh = entry !== undefined && Object.entries(entry.tags).every(([tag, version]) => (current[tag] ?? null) === version);
      if (fresh) this.observer?.hit(kind);
      else this.observer?.miss(kind);
      return fresh ? entry.value : undefined;
    });
  }

  private async write<T>(kind: CacheKind, entries: readonly [string, Entry<T>][]): Promise<void> {
    if (entries.length === 0) return;
    const ttl = cacheTtlSeconds[kind] * 1000;
    await this.guard(() => this.store.setMany(entries.map(([key, value]) => ({ key: this.entryKey(kind, key), value, ttl }))), undefined);
  }

  private async tagVersions(tags: readonly string[]): Promise<Record<string, string | null>> {
    if (tags.length === 0) return {};
    const unique = [...new Set(tags)];
    const versions = await this.guard(() => this.store.getMany<string>(unique.map((tag) => this.tagKey(tag))), undefined);
    // Without the versions an entry's freshness cannot be proven: a unique marker makes it stale.
    if (versions === undefined) return Object.fromEntries(unique.map((tag) => [tag, 'unknown']));
    return Object.fromEntries(unique.map((tag, index) => [tag, versions[index] ?? null]));
  }

  private coalesce<T>(key: string, load: () => Promise<T>): Promise<T> {
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const promise = load().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, promise);
    return promise;
  }

  /** Runs a store operation with a deadline; on failure or timeout the cache steps aside. */
  private async guard<T, F>(operation: () => Promise<T>, fallback: F): Promise<T | F> {
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

  private entryKey(kind: CacheKind, key: string): string {
    return `${this.prefix}${kind}:${key}`;
  }

  private tagKey(tag: string): string {
    return `${this.prefix}tag:${tag}`;
  }
}
