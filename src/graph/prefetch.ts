import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Starting the reads of nested fields together with their parent's: `sim { usage }` asks for the SIM and its usage
 * at once instead of one round trip after the other. The nested field's resolver then answers from the value that
 * arrived (`Prefetched`), at once and without a promise per SIM, or else loads the same key from the same
 * per-request loader and gets the read already under way (a failure is reported there, as before). The loaders
 * still enforce the SIM scope, so a foreign SIM costs no upstream read, and an unknown one answers NOT_FOUND as
 * before (its early read is wasted).
 */
export type Prefetches<L> = Record<string, (loaders: L, key: string) => Promise<unknown>>;

/** The values of one request's early reads that have arrived, by field and key. */
export class Prefetched {
  private readonly fields = new Map<string, Map<string, unknown>>();

  /** The value read early for `field` of `key`; undefined when none was started, it failed, or it is still on its way. */
  get<T>(field: string, key: string): T | undefined {
    return this.fields.get(field)?.get(key) as T | undefined;
  }

  /** Drops every value read early for `key` (a write changed it), as its loaders drop theirs. */
  forget(key: string): void {
    for (const values of this.fields.values()) values.delete(key);
  }

  set(field: string, key: string, value: unknown): void {
    let values = this.fields.get(field);
    if (!values) this.fields.set(field, (values = new Map()));
    values.set(key, value);
  }
}

/**
 * Starts the reads of the fields in `table` that the current field selects, for each key. Resolves once all have
 * settled (never rejects), their values kept in `loaders.prefetched`.
 */
export function prefetchSelected<L extends { prefetched: Prefetched }>(
  info: GraphQLResolveInfo,
  table: Prefetches<L>,
  loaders: L,
  keys: readonly string[],
): Promise<unknown> {
  const wanted = new Set<string>();
  for (const node of info.fieldNodes) if (node.selectionSet) collect(node.selectionSet, info, table, wanted, new Set());
  const reads: Promise<unknown>[] = [];
  for (const field of wanted) {
    for (const key of keys)
      reads.push(
        table[field](loaders, key).then(
          (value) => loaders.prefetched.set(field, key, value),
          // The field's own resolver reports a failure; here it is only started.
          () => undefined,
        ),
      );
  }
  return Promise.all(reads);
}

function collect(
  selections: SelectionSetNode,
  info: GraphQLResolveInfo,
  table: object,
  wanted: Set<string>,
  seen: Set<string>,
): void {
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FIELD) {
      if (Object.hasOwn(table, selection.name.value)) wanted.add(selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(selection.selectionSet, info, table, wanted, seen);
    } else if (!seen.has(selection.name.value) && info.fragments[selection.name.value]) {
      seen.add(selection.name.value);
      collect(info.fragments[selection.name.value].selectionSet, info, table, wanted, seen);
    }
  }
}
