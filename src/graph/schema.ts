import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { scopeChecker } from '../access/auth-checker.js';
import { describeFieldScopes, guardSubscriptions } from '../access/field-scopes.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { esimResolvers } from './esim/resolvers.js';
import { mallResolvers } from './mall/resolvers.js';
import { markOneOfInputs } from './one-of.js';
import { fleetResolvers } from './fleet/fleet.resolver.js';
import { topiclessPubSub } from './topicless-pubsub.js';
import { notificationResolvers } from './notification/resolvers.js';
import { OrderChangeResolver, OrderMutations } from './order/order.mutations.js';
import { OrderResolver, SimOrdersResolver } from './order/order.resolver.js';
import { PlanResolver, SimPlansResolver } from './plan/plan.resolver.js';
import { resolveEarlyReads } from './prefetch.js';
import { SimResolver, simPrefetches } from './sim/sim.resolver.js';
import type { Sim } from './sim/sim.type.js';
import { SmsResolver } from './sms/sms.resolver.js';
import { SimUsageResolver, UsageResolver } from './usage/usage.resolver.js';

/** Every resolver of the graph, one or two per domain folder. */
const resolvers: NonEmptyArray<Function> = [
  SimResolver,
  SimUsageResolver,
  UsageResolver,
  PlanResolver,
  SimPlansResolver,
  OrderResolver,
  SimOrdersResolver,
  OrderMutations,
  OrderChangeResolver,
  SmsResolver,
  ...fleetResolvers,
  ...notificationResolvers,
  ...esimResolvers,
  ...mallResolvers,
  AuditResolver,
];

export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker: scopeChecker,
    pubSub: topiclessPubSub,
    validate: false,
    emitSchemaFile: false,
  });
  // type-graphql has no decorator for the root types' own descriptions.
  schema.getQueryType()!.description =
    "Reads: SIMs, their usage and balances, plans and orders; the eSIM shop's catalogue, orders and eSIMs; Mall cards, orders, payments and bundle groups.";
  schema.getMutationType()!.description =
    'Writes: plan orders and their changes, SMS, eSIM and Mall orders and payments (never retried by the gateway; each takes an idempotency key), and eSIM sign-in.';
  schema.getSubscriptionType()!.description =
    'Live updates over graphql-ws (protocol `graphql-transport-ws`) at the same URL as queries and mutations.';
  markOneOfInputs(schema);
  describeFieldScopes(schema);
  guardSubscriptions(schema);
  resolveEarlyReads(schema, 'Sim', simPrefetches, (sim: Sim) => sim.iccid);
  return schema;
}
