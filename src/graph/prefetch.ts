import { Kind, type GraphQLResolveInfo, type GraphQLSchema, type SelectionSetNode } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { GraphContext } from './context.js';
import type { Loaders } from './loaders.js';

/**
 * Starting the reads of nested fields together with their parent's: `sim { usage }` asks for the SIM and its usage
 * at once instead of one round trip after the other. The nested field's resolver then answers from the value that
 * arrived (`Prefetched`), at once and without a promise per SIM, or else loads the same key from the same
 * per-request loader and gets the read already under way (a failure is reported there, as before). The loaders
 * still enforce the SIM scope, so a foreign SIM costs no upstream read, and an unknown one answers NOT_FOUND as
 * before (its early read is wasted).
 */
export type Prefetches<L> = Record<string, (loaders: L) => KeyLoader>;

/** What an early read needs of a loader (a DataLoader or a BatchLoader). */
interface KeyLoader {
  load(key: string): Promise<unknown>;
  loadMany(keys: readonly string[]): Promise<unknown[]>;
}

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
  for (const field of wanted)
    reads.push(
      table[field](loaders)
        .loadMany(keys)
        .then((values) =>
          values.forEach((value, index) => {
            // The field's own resolver reports a failure; here it is only started.
            if (!(value instanceof Error)) loaders.prefetched.set(field, keys[index], value);
          }),
        ),
    );
  return Promise.all(reads);
}

/** The value of `field` for `key`: the early read's once it has arrived, else the loader's (the read under way). */
export function earlyOrLoaded<L extends { prefetched: Prefetched }>(
  table: Prefetches<L>,
  field: string,
  loaders: L,
  key: string,
): unknown {
  return loaders.prefetched.get(field, key) ?? table[field](loaders).load(key);
}

/**
 * Resolves the fields of `typeName` that `table` reads early by `earlyOrLoaded` alone. type-graphql's resolver per
 * value (an instance look-up, its parameter list sorted and built, a closure) costs more than the answer itself across
 * 1,000 SIMs; its decorators still declare the fields. They must carry no scope nor middleware, which this would skip.
 */
export function resolveEarlyReads(
  schema: GraphQLSchema,
  typeName: string,
  table: Prefetches<Loaders>,
  keyOf: (parent: never) => string,
): void {
  const type = schema.getType(typeName) as { getFields(): Record<string, { resolve?: unknown }> };
  for (const field of Object.keys(table)) {
    const declared = getMetadataStorage().fieldResolvers.find(
      (resolver) => resolver.schemaName === field && resolver.getObjectType?.().name === typeName,
    );
    if (declared?.roles?.length || declared?.middlewares?.length)
      throw new Error(
        `${typeName}.${field} has a scope or middleware: it cannot be resolved from its early read alone`,
      );
    type.getFields()[field].resolve = (parent: never, _args: unknown, { loaders }: GraphContext) =>
      earlyOrLoaded(table, field, loaders, keyOf(parent));
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
