import DataLoader from 'dataloader';
import type { SimScope } from '../access/caller.js';
import type { CacheKind, ReadCache } from '../upstream/cache.js';
import type { BatchItem } from '../upstream/csss/model.js';
import type { CodeTable } from '../upstream/code-table.js';
import { mapConcurrently } from '../upstream/batches.js';
import { notFound } from './errors.js';

/**
 * The two shapes every per-request loader takes. Both sit behind the read cache, dedupe keys, and match
 * answers to keys by key, never by position. Loaders live for one request, so callers never share data.
 */

/** For endpoints with a batch form: misses are read in batches of the endpoint's limit, `concurrency` at a time. */
export function batchLoader<V>(options: {
  cache: ReadCache;
  kind: CacheKind;
  endpoint: string;
  /** The client's failure codes, for the per-item codes of a batch answer. */
  codes: CodeTable;
  limit: number;
  concurrency: number;
  tagsOf: (key: string) => readonly string[];
  fetchChunk: (keys: string[]) => Promise<BatchItem<V>[]>;
  /** The documented single-item endpoint, used when a batch holds one key. */
  fetchOne?: (key: string) => Promise<V>;
  /** Part of the cache key when one endpoint answers for several scopes (e.g. a month). */
  scope?: string;
  /** The value for a key the answer left out; by default a NOT_FOUND error. */
  absent?: (key: string) => V | Error;
  /** The caller's SIMs (null: all): a foreign ICCID answers as the answer leaving it out, with no cache or upstream read. */
  sims?: SimScope | null;
}): BatchLoader<V> {
  const scoped = (key: string) => (options.scope ? `${options.scope}/${key}` : key);
  const unscoped = (cacheKey: string) => (options.scope ? cacheKey.slice(options.scope.length + 1) : cacheKey);
  const absent = options.absent ?? ((key: string) => notFound(`no SIM with ICCID ${key}`));
  /** One batch of keys that missed the cache: one upstream call, its answers matched by ICCID, never by position. */
  const load = async (cacheKeys: string[]): Promise<(V | Error)[]> => {
    const keys = cacheKeys.map(unscoped);
    try {
      const items =
        keys.length === 1 && options.fetchOne
          ? [{ iccid: keys[0], value: await options.fetchOne(keys[0]) }]
          : await options.fetchChunk(keys);
      // Answers usually come in the order asked: an item's own place is tried first, a map of the keys only then.
      let at: Map<string, number> | undefined;
      const indexOf = (iccid: string, position: number) =>
        keys[position] === iccid ? position : (at ??= new Map(keys.map((key, index) => [key, index]))).get(iccid);
      const result = new Array<V | Error | undefined>(keys.length);
      for (let position = 0; position < items.length; position++) {
        const item = items[position];
        const index = indexOf(item.iccid, position);
        if (index === undefined) continue;
        result[index] =
          'value' in item
            ? item.value
            : options.codes.error(options.endpoint, item.error.upstreamCode, item.error.message);
      }
      return keys.map((key, index) => result[index] ?? absent(key));
    } catch (error) {
      return keys.map(() => error as Error);
    }
  };
  const sims = options.sims ?? null;
  const read = (keys: readonly string[]) =>
    keys.length === 0
      ? Promise.resolve([])
      : options.cache.getMany<V>(
          options.kind,
          options.scope ? keys.map(scoped) : keys,
          (cacheKey) => options.tagsOf(unscoped(cacheKey)),
          { limit: options.limit, concurrency: options.concurrency, load },
        );
  return new BatchLoader<V>(async (keys) => {
    if (sims === null) return read(keys);
    const allowed = keys.map((key) => sims.allows(key));
    const found = await read(keys.filter((_, index) => allowed[index]));
    let next = 0;
    return keys.map((key, index) => (allowed[index] ? found[next++] : absent(key)));
  });
}

/** Keys read together: the ones asked in one tick, and the promise of their values (an Error in place of each failure). */
interface Batch<V> {
  keys: string[];
  values: Promise<(V | Error)[]>;
}

/**
 * A per-request loader of a batch endpoint, as a DataLoader: the keys asked in one tick are read together, each
 * once per request, and `clear` forgets one. Unlike a DataLoader, `loadMany` answers a whole list with one promise:
 * 1,000 SIMs cost one, not a `load` each and its settling (about four promises per key).
 */
export class BatchLoader<V> {
  /** Where each key asked in this request is read: its batch and its place in it. */
  private readonly asked = new Map<string, { batch: Batch<V>; index: number }>();
  /** The promise of a key asked for alone, made once. */
  private readonly promises = new Map<string, Promise<V>>();
  private pending: Batch<V> | null = null;

  constructor(private readonly read: (keys: readonly string[]) => Promise<(V | Error)[]>) {}

  load(key: string): Promise<V> {
    let promise = this.promises.get(key);
    if (promise === undefined) {
      const { batch, index } = this.place(key);
      promise = batch.values.then((values) => {
        const value = values[index];
        if (value instanceof Error) throw value;
        return value;
      });
      this.promises.set(key, promise);
    }
    return promise;
  }

  /** Each key's value or Error, in the order asked (repeats included), as DataLoader's `loadMany`. */
  async loadMany(keys: readonly string[]): Promise<(V | Error)[]> {
    const places = keys.map((key) => this.place(key));
    const result = new Array<V | Error>(places.length);
    let batch: Batch<V> | null = null;
    let values: (V | Error)[] = [];
    for (let at = 0; at < places.length; at++) {
      if (places[at].batch !== batch) {
        batch = places[at].batch;
        values = await batch.values;
      }
      result[at] = values[places[at].index];
    }
    return result;
  }

  clear(key: string): this {
    this.asked.delete(key);
    this.promises.delete(key);
    return this;
  }

  private place(key: string): { batch: Batch<V>; index: number } {
    let place = this.asked.get(key);
    if (place === undefined) {
      const batch = this.pending ?? this.nextBatch();
      place = { batch, index: batch.keys.push(key) - 1 };
      this.asked.set(key, place);
    }
    return place;
  }

  private nextBatch(): Batch<V> {
    const keys: string[] = [];
    let dispatch!: () => void;
    const batch: Batch<V> = {
      keys,
      values: new Promise<void>((resolve) => (dispatch = resolve))
        .then(() => this.read(keys))
        .catch((error: Error) => keys.map(() => error)),
    };
    this.pending = batch;
    // As DataLoader does: once the promise jobs queued by now have run, so every resolver of this tick adds its keys.
    void Promise.resolve().then(() =>
      process.nextTick(() => {
        this.pending = null;
        dispatch();
      }),
    );
    return batch;
  }
}

/** For endpoints without a batch form: one cached call per key, at most `concurrency` in flight. */
export function fanOutLoader<K, V>(options: {
  cache: ReadCache;
  kind: CacheKind;
  concurrency: number;
  keyOf: (key: K) => string;
  tagsOf: (key: K) => readonly string[];
  fetchOne: (key: K) => Promise<V>;
  /** With `sims`: the SIM a key is about; a foreign one answers NOT_FOUND with no cache or upstream read. */
  iccidOf?: (key: K) => string;
  sims?: SimScope | null;
  /** For values whose SIM is known only once read (an order): the error to answer instead when it is not the caller's. */
  visible?: (value: V, key: K) => true | Error;
}): DataLoader<K, V, string> {
  const { sims, iccidOf, visible } = options;
  return new DataLoader<K, V, string>(
    (keys) =>
      mapConcurrently([...keys], options.concurrency, (key) =>
        sims && iccidOf && !sims.allows(iccidOf(key))
          ? Promise.resolve(notFound(`no SIM with ICCID ${iccidOf(key)}`))
          : options.cache
              .get(options.kind, options.keyOf(key), options.tagsOf(key), () => options.fetchOne(key))
              .then((value) => {
                const shown = visible ? visible(value, key) : true;
                return shown === true ? value : shown;
              })
              .catch((error: Error) => error),
      ),
    { cacheKeyFn: options.keyOf },
  );
}
