import { GraphQLError, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { Caller } from './caller.js';
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
    for (const definition of definitions)
      if (type && definition.roles?.length)
        found.push({ type, field: definition.schemaName, scopes: definition.roles as Scope[] });
  }
  for (const objectType of storage.objectTypes) {
    for (const field of objectType.fields ?? [])
      if (field.roles?.length)
        found.push({ type: objectType.name, field: field.schemaName, scopes: field.roles as Scope[] });
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
    if (!target.description?.includes(note))
      target.description = target.description ? `${target.description} ${note}` : note;
  }
}

/**
 * type-graphql checks `@Authorized` when a field resolves, which for a subscription is each event: too late, the
 * feed (or poller) would already be open. This checks a subscription's scopes before its source is created.
 */
export function guardSubscriptions(schema: GraphQLSchema): void {
  const subscription = schema.getSubscriptionType();
  if (!subscription) return;
  for (const { type, field, scopes } of fieldScopes(schema)) {
    if (type !== subscription.name) continue;
    const target = subscription.getFields()[field];
    const subscribe = target.subscribe;
    if (!subscribe) continue;
    target.subscribe = (source, args, context: { caller: Caller }, info) => {
      const missing = scopes.filter((scope) => !context.caller.scopes.has(scope));
      if (missing.length > 0) {
        throw new GraphQLError(`${type}.${field} needs the scope ${missing.join(', ')}`, {
          extensions: { code: 'FORBIDDEN', scopes: missing },
        });
      }
      return subscribe(source, args, context, info);
    };
  }
}
