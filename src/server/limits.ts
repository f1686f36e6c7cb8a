import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Limits on what one operation may ask for, so no query can make the gateway do unbounded work. */
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  maxAliases: { n: 30 },
  maxDirectives: { n: 30 },
  // Tokens are limited by graphql-js's own parser (request-errors.ts): armor's limit answers a syntax error with 500.
  maxTokens: { enabled: false },
  costLimit: { maxCost: 20_000 },
  blockFieldSuggestion: { enabled: false },
});

/** The armor's Apollo plugins and validation rules; WebSocket subscriptions use the same rules. */
export function operationLimits() {
  return armor.protect();
}
