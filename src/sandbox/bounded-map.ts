/** A Map that forgets its oldest entries beyond `limit`, so a long-running sandbox stays within its memory. */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(
    readonly limit: number,
    /** Told of each entry forgotten, for state that must be let go with it. */
    private readonly onEvict?: (value: V, key: K) => void,
  ) {
    super();
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.limit) {
      const [oldestKey, oldest] = this.entries().next().value!;
      this.delete(oldestKey);
      this.onEvict?.(oldest, oldestKey);
    }
    return this;
  }
}
