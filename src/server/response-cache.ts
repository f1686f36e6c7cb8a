import type { Caller } from '../access/caller.js';
import { isCurrent, type ReadCache } from '../upstream/cache.js';
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
  tags: Record<string, string | null>;
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

export class ResponseCache {
  constructor(private readonly reads: ReadCache) {}

  /** The entry's key, or null when this request must not share answers (a SIM scope without patterns, huge variables). */
  keyOf({ documentHash, operationName, variables, caller, language }: ResponseKeyParts): string | null {
    const sims = caller.sims === null ? '*' : caller.sims.patterns?.join(',');
    if (sims === undefined) return null;
    const vars = stableJson(variables ?? {});
    if (vars.length > MAX_VARIABLES_CHARS) return null;
    const scope = [caller.kind, caller.clientId ?? '', [...caller.scopes].sort().join(' '), sims, language ?? ''];
    return `${this.reads.prefix}response:${sha256([documentHash, typeof operationName === 'string' ? operationName : '', vars, ...scope].join('\n'))}`;
  }

  /** The kept answer, when every tag it carries is still at the version it was built with. */
  async answer(key: string): Promise<string | undefined> {
    const entry = await this.reads.guard(() => this.reads.store.get<Entry>(key), undefined);
    if (!entry || entry.expiresAt <= Date.now()) return undefined;
    const current = await this.reads.versionsOf(Object.keys(entry.tags));
    return isCurrent(Object.entries(entry.tags), current) ? entry.body : undefined;
  }

  /** Keeps an answer built only from read-cache data, without errors, for as long as that data lives. */
  async keep(key: string, body: string, trace: ReadTrace): Promise<void> {
    if (trace.uncacheable || !trace.errorFree || trace.reads === 0) return;
    const lifetime = trace.expiresAt - Date.now();
    if (lifetime < MIN_LIFETIME_MS) return;
    const entry: Entry = { body, tags: Object.fromEntries(trace.tags), expiresAt: trace.expiresAt };
    await this.reads.guard(() => this.reads.store.set(key, entry, lifetime), undefined);
  }
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
