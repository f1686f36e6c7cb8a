/**
 * A map whose entries expire after one fixed time to live, bounded in size: with a single TTL, insertion order is
 * expiry order, so expired entries and, past the bound, the oldest ones are dropped from the front.
 */
export class ExpiringMap<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number,
  ) {}

  get(key: K): V | undefined {
    this.forgetExpired();
    return this.entries.get(key)?.value;
  }

  /** Stores `value` with a fresh TTL (a re-set key moves to the back, where its new expiry belongs). */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, expiresAt: this.now() + this.ttlMs });
    this.forgetExpired();
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now && this.entries.size <= this.maxEntries) return;
      this.entries.delete(key);
    }
  }
}
