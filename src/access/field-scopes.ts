import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Scope } from './scopes.js';

/** One field's `@Authorized(scope)`, as the schema names it. */
export interface FieldScope {
  type: string;
  field: string;
  scopes: Scope[];
}

/**
 * Every `@Authorized` of the built graph, read from type-graphql's metadata (so it must run after `buildSchema`):
 * root fields by their root type, field resolvers by the object type they extend.
 */
export function fieldScopes(schema: GraphQLSchema): FieldScope[] {
  const storage = getMetadataStorage();
  const roots = [
    [schema.getQueryType()?.name, storage.queries],
    [schema.getMutationType()?.name, storage.mutations],
    [schema.getSubscriptionType()?.name, storage.subscriptions],
  ] as const;
  const found: FieldScope[] = [];
  for (const [type, definitions] of roots) {
    for (const definition of definitions) if (type && definition.roles?.length) found.push({ type, field: definition.schemaName, scopes: definition.roles as Scope[] });
  }
  for (const objectType of storage.objectTypes) {
    for (const field of objectType.fields ?? []) if (field.roles?.length) found.push({ type: objectType.name, field: field.schemaName, scopes: field.roles as Scope[] });
  }
  // Only fields of this schema: the metadata storage is process-wide.
  return found.filter(({ type, field }) => {
    const named = schema.getType(type);
    return named !== undefined && 'getFields' in named && Object.hasOwn(named.getFields(), field);
  });
}

/** Appends "Requires scope `x`." to each scoped field's description, so a client developer reads it in the schema. */
export function describeFieldScopes(schema: GraphQLSchema): void {
  for (const { type, field, scopes } of fieldScopes(schema)) {
    const named = schema.getType(type) as { getFields(): Record<string, { description?: string | null }> };
    const target = named.getFields()[field];
    const note = `Requires scope ${scopes.map((scope) => `\`${scope}\``).join(' and ')}.`;
    if (!target.description?.includes(note)) target.description = target.description ? `${target.description} ${note}` : note;
  }
}
