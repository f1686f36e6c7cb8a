import type { Caller } from '../access/caller.js';
import type { ReadCache, TagVersion } from '../upstream/cache.js';
import type { ReadTrace } from '../upstream/read-trace.js';
import { sha256 } from './trusted-documents.js';

/**
 * Whole answers of trusted queries, kept in the read cache's keyv store and made stale by the same tags:
 * an answer remembers the version of every tag its data carried and the earliest expiry of that data, so a write or
 * a notification that invalidates any of it (or plain expiry) makes the answer miss, exactly as the reads it came
 * from would. Keyed by document, operation name, variables, language and the caller's access scope (client,
 * scopes, SIMs): two callers who may see different things never share an entry.
 */
interface Entry {
  body: string;
  /** Pairs rather than an object keyed by tag: an object per ICCID-named key makes V8 build a hidden class per SIM. */
  tags: readonly TagVersion[];
  expiresAt: number;
}

export interface ResponseKeyParts {
  documentHash: string;
  operationName?: unknown;
  variables?: unknown;
  caller: Caller;
  language?: string;
}

/** Variables larger than this are answered normally, never kept. */
const MAX_VARIABLES_CHARS = 4_096;
/** An answer due to expire sooner than this is not worth a store write. */
const MIN_LIFETIME_MS = 1_000;
const MAX_REMEMBERED_KEYS = 10_000;
/** About 16 MiB of text. */
const MAX_NEAR_CHARS = 8 * 1024 * 1024;

export class ResponseCache {
  /** Callers are long-lived objects (one per client or key), so their scope text is worked out once. */
  private readonly scopes = new WeakMap<Caller, string | null>();
  /** Recent keys by their parts: hashing them is most of a cached answer's cost. */
  private readonly keys = new Map<string, string>();
  /**
   * Answers this instance kept or read lately, so a hot answer costs no store read (nor, on Redis, a round trip and a
   * parse of its body). Their tags' versions are still read from the shared store each time, so a write or a
   * notification on any instance makes them miss at once.
   */
  private readonly near = new Map<string, Entry>();
  private nearChars = 0;

  constructor(
    private readonly reads: ReadCache,
    /** Bound of the answers remembered in process, in characters of their bodies. */
    private readonly maxNearChars = MAX_NEAR_CHARS,
  ) {}

  /** The entry's key, or null when this request must not share answers (a SIM scope without patterns, huge variables). */
  keyOf({ documentHash, operationName, variables, caller, language }: ResponseKeyParts): string | null {
    const scope = this.scopeOf(caller);
    if (scope === null) return null;
    const vars = stableJson(variables ?? {});
    if (vars.length > MAX_VARIABLES_CHARS) return null;
    const parts = `${documentHash}\n${typeof operationName === 'string' ? operationName : ''}\n${vars}\n${scope}\n${language ?? ''}`;
    let key = this.keys.get(parts);
    if (key === undefined) {
      // A plain bound rather than an LRU: a hot key is back after one hash.
      if (this.keys.size >= MAX_REMEMBERED_KEYS) this.keys.clear();
      key = `${this.reads.prefix}response:${sha256(parts)}`;
      this.keys.set(parts, key);
    }
    return key;
  }

  /** What of the caller decides what it may see, as text; null when its SIM scope cannot be written as patterns. */
  private scopeOf(caller: Caller): string | null {
    let scope = this.scopes.get(caller);
    if (scope === undefined) {
      const sims = caller.sims === null ? '*' : caller.sims.patterns?.join(',');
      scope =
        sims === undefined
          ? null
          : [caller.kind, caller.clientId ?? '', [...caller.scopes].sort().join(' '), sims].join('\n');
      this.scopes.set(caller, scope);
    }
    return scope;
  }

  /** The kept answer, when every tag it carries is still at the version it was built with. */
  async answer(key: string): Promise<string | undefined> {
    const near = this.near.get(key);
    if (near !== undefined) {
      const fresh = this.isFresh(near);
      if (fresh === true || (fresh !== false && (await fresh))) return near.body;
      this.forget(key);
    }
    // Another instance may have kept a newer answer than the one this one remembered.
    const stored = await this.reads.guard(() => this.reads.store.get<Entry>(key), undefined);
    if (!isResponseEntry(stored) || !(await this.isFresh(stored))) return undefined;
    this.remember(key, stored);
    return stored.body;
  }

  /** Keeps an answer built only from read-cache data, without errors, for as long as that data lives. */
  async keep(key: string, body: string, trace: ReadTrace): Promise<void> {
    if (trace.uncacheable || !trace.errorFree || trace.reads === 0) return;
    const lifetime = trace.expiresAt - Date.now();
    if (lifetime < MIN_LIFETIME_MS) return;
    const entry: Entry = { body, tags: [...trace.tags], expiresAt: trace.expiresAt };
    this.remember(key, entry);
    await this.reads.guard(() => this.reads.store.set(key, entry, lifetime), undefined);
  }

  private isFresh(entry: Entry): boolean | Promise<boolean> {
    return entry.expiresAt > Date.now() && this.reads.tagsCurrent(entry.tags);
  }

  private remember(key: string, entry: Entry): void {
    this.forget(key);
    this.near.set(key, entry);
    this.nearChars += entry.body.length;
    // Oldest first (a Map iterates in insertion order) until the bound holds again.
    for (const [oldest] of this.near) {
      if (this.nearChars <= this.maxNearChars) break;
      this.forget(oldest);
    }
  }

  private forget(key: string): void {
    const entry = this.near.get(key);
    if (entry === undefined) return;
    this.near.delete(key);
    this.nearChars -= entry.body.length;
  }
}

/** An entry of this shape; one written by an older gateway (tags as an object) is a miss, never misread. */
function isResponseEntry(entry: Entry | undefined): entry is Entry {
  return entry !== undefined && typeof entry.body === 'string' && Array.isArray(entry.tags);
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` name the same variables. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
