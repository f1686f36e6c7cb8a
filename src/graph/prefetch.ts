import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Starting the reads of nested fields together with their parent's: `sim { usage }` asks for the SIM and its usage
 * at once instead of one round trip after the other. The nested field's resolver later loads the same key from
 * the same per-request loader and gets the read already under way; the loaders still enforce the SIM scope, so a
 * foreign SIM costs no upstream read, and an unknown one answers NOT_FOUND as before (its early read is wasted).
 */
export type Prefetches<L> = Record<string, (loaders: L, key: string) => Promise<unknown>>;

/** Starts the reads of the fields in `table` that the current field selects, for each key; never waits or throws. */
export function prefetchSelected<L>(
  info: GraphQLResolveInfo,
  table: Prefetches<L>,
  loaders: L,
  keys: readonly string[],
): void {
  const wanted = new Set<string>();
  for (const node of info.fieldNodes) if (node.selectionSet) collect(node.selectionSet, info, table, wanted, new Set());
  for (const field of wanted) {
    // The field's own resolver reports a failure; here it is only started.
    for (const key of keys) table[field](loaders, key).catch(() => undefined);
  }
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
