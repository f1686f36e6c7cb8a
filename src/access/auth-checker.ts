import { GraphQLError } from 'graphql';
import type { AuthCheckerFn } from 'type-graphql';
import type { GraphContext } from '../graph/context.js';
import type { Scope } from './scopes.js';

/**
 * type-graphql's check behind every `@Authorized(scope)`: the caller needs every scope named there. It runs
 * before the resolver, so a refused field makes no upstream call and costs only itself (null plus FORBIDDEN).
 */
export const scopeChecker: AuthCheckerFn<GraphContext, Scope> = ({ context, info }, required) => {
  const missing = required.filter((scope) => !context.caller.scopes.has(scope));
  if (missing.length === 0) return true;
  throw new GraphQLError(`${info.parentType.name}.${info.fieldName} needs the scope ${missing.join(', ')}`, {
    extensions: { code: 'FORBIDDEN', scopes: missing },
  });
};
