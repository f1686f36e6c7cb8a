import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getOperationAST,
  getVariableValues,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { dayCount, monthCount } from '../graph/fleet/ranges.js';
import type { CsssEndpointName } from '../upstream/csss/endpoints.js';

/**
 * How many upstream calls one field costs, given how many parent objects it is asked on (the spirit of the
 * GraphQL cost specification's `@cost` and `@listSize`, with Linksfield's batch limits as the unit):
 * - `each`: one call per parent (a fan-out: balances, daily usage, an order by id);
 * - `once`: one call for the whole operation (a list read once and shared, like the plan catalogue);
 * - `batched`: parents split into batches of the endpoint's limit (100 SIMs per `listSims`);
 * - `free`: no call (the data came with the parent).
 */
type CallsRule =
  { kind: 'each' } | { kind: 'once' } | { kind: 'free' } | { kind: 'batched'; endpoint: CsssEndpointName };

export interface FieldDemand {
  calls: CallsRule;
  /** The argument that says how many items the field returns: a list's length (`iccids`), or a page size (`first`). */
  size?: 'iccids' | 'first';
  /** The calls are made again for every day or month of this range argument (`{ from, to }`). */
  perRange?: 'days' | 'months';
  /** The keys are the caller's whole fleet (every SIM it may see), not the parents. */
  keys?: 'fleet';
  /** Fields of this input argument that name one item: with one of them given, the list holds at most one. */
  oneBy?: { argument: string; fields: readonly string[] };
}

/** How many days or months a range argument spans (at least one: a reversed range is refused without calls). */
const rangeLength = {
  days: (range: { from: string; to: string }) => dayCount(range.from, range.to),
  months: (range: { from: string; to: string }) => monthCount(range.from, range.to),
};

const EACH: CallsRule = { kind: 'each' };
const ONCE: CallsRule = { kind: 'once' };
const FREE: CallsRule = { kind: 'free' };
const batched = (endpoint: CsssEndpointName): CallsRule => ({ kind: 'batched', endpoint });

/**
 * Fields whose cost differs from the defaults. Defaults: a root field, and a field with its own resolver (a
 * type-graphql `@FieldResolver`), cost one call per parent; any other field costs nothing; a `first` or a list's
 * `iccids` argument sizes what the field returns.
 */
export const FIELD_DEMAND: Readonly<Record<string, FieldDemand>> = {
  'Query.sims': { calls: batched('listSims'), size: 'iccids' },
  'Query.simsInUse': { calls: ONCE, size: 'first' },
  'Query.plans': { calls: ONCE },
  'Query.orders': { calls: EACH, size: 'first' },
  'Query.monthlyUsage': { calls: EACH, size: 'first' },
  'Query.auditLog': { calls: FREE, size: 'first' },
  'Sim.usage': { calls: batched('getUsageBatch') },
  'Sim.monthlyUsage': { calls: batched('listMonthlyUsage') },
  'Sim.orderablePlans': { calls: batched('listOrderablePlans') },
  'Sim.activePlan': { calls: ONCE },
  'Sim.orders': { calls: EACH, size: 'first' },
  'Order.sim': { calls: batched('listSims') },
  'Order.plan': { calls: ONCE },
  'MonthlyUsage.sim': { calls: batched('listSims') },
  // Money fields built from the parent's own data; an order's currency comes from the plan catalogue, read once.
  'Plan.price': { calls: FREE },
  'Order.amount': { calls: ONCE },
  'EsimPrice.price': { calls: FREE },
  'MallPlan.price': { calls: FREE },
  'MallOrder.amount': { calls: FREE },
  'MallAutoRenewal.amount': { calls: FREE },
  // QR codes are drawn here from the order's own activation code.
  'Esim.qrCodeImage': { calls: FREE },
  'EsimOrder.qrCodeImage': { calls: FREE },
  'QrCodeImage.svg': { calls: FREE },
  'QrCodeImage.pngDataUrl': { calls: FREE },
  // The fleet views are served from the gateway's inventory, in memory; only their usage history and `sim` read upstream.
  'Query.fleet': { calls: FREE },
  'Fleet.sims': { calls: FREE, size: 'first', oneBy: { argument: 'filter', fields: ['iccid', 'imsi', 'msisdn'] } },
  'Fleet.summary': { calls: FREE },
  'Fleet.indexedAt': { calls: FREE },
  'Fleet.complete': { calls: FREE },
  'FleetSim.activatedAt': { calls: FREE },
  'FleetSim.planExpiresAt': { calls: FREE },
  'FleetSim.usedShare': { calls: FREE },
  'FleetSim.seenAt': { calls: FREE },
  'FleetSim.sim': { calls: batched('listSims') },
  // Usage history: a batch of SIMs per month, or one call per SIM and day.
  'Fleet.monthlyUsage': { calls: batched('listMonthlyUsage'), keys: 'fleet', perRange: 'months' },
  'FleetSim.monthlyUsage': { calls: batched('listMonthlyUsage'), perRange: 'months' },
  'FleetSim.dailyUsage': { calls: EACH, perRange: 'days' },
};

export interface DemandOptions {
  /** How many items one call of a batch endpoint may carry (the effective table, overrides applied). */
  batchLimit(endpoint: CsssEndpointName): number;
  /** Items of a list whose size no argument says (and `first` when omitted): the page size cap, an upper bound. */
  defaultListSize: number;
  /** The SIMs of the caller's fleet: the keys of a field over the whole fleet (asked only when one is selected). */
  fleetSims(): number;
}

/**
 * Estimates the upstream calls an operation can cause, before it runs: every field's calls times the objects it
 * is asked on, where lists multiply by their size argument and every alias counts on its own (the loaders may
 * share calls between aliases; the estimate does not count on it). Returns null when the variables do not fit
 * the operation: execution refuses it anyway, without calls.
 */
export function estimateUpstreamCalls(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | null | undefined,
  options: DemandOptions,
): number | null {
  const operation = getOperationAST(document, operationName);
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const variables = coerced.coerced;
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const resolved = fieldsWithResolvers(schema);
  let onceCalls = 0;
  const seenOnce = new Set<string>();

  const walk = (
    selectionSet: SelectionSetNode,
    type: GraphQLNamedType,
    parents: number,
    pageSize: number,
    visiting: Set<string>,
  ): number => {
    if (!isObjectType(type) || parents === 0) return 0;
    let calls = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visiting.has(fragment.name.value)) continue;
        const target = schema.getType(fragment.typeCondition.name.value);
        if (target?.name === type.name)
          calls += walk(fragment.selectionSet, type, parents, pageSize, new Set([...visiting, fragment.name.value]));
        continue;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition?.name.value;
        if (condition === undefined || condition === type.name)
          calls += walk(selection.selectionSet, type, parents, pageSize, visiting);
        continue;
      }
      const field = type.getFields()[selection.name.value] as GraphQLField<unknown, unknown> | undefined;
      if (!field) continue;
      const key = `${type.name}.${field.name}`;
      const demand = FIELD_DEMAND[key] ?? {
        calls: type === rootType || resolved.has(key) ? EACH : FREE,
        size: sizeArgumentOf(field),
      };
      let args: Record<string, unknown> = {};
      try {
        args = getArgumentValues(field, selection, variables);
      } catch {
        return Number.POSITIVE_INFINITY;
      }
      const size = sizeOf(demand, args, options.defaultListSize);
      // The keys a call carries: the parents (a nested field), the list the arguments name (`sims(iccids)`), or
      // the caller's fleet.
      const keys =
        demand.keys === 'fleet' ? parents * options.fleetSims() : demand.size === 'iccids' ? parents * size : parents;
      const range = demand.perRange ? args[demand.perRange] : undefined;
      const times = demand.perRange && range ? Math.max(1, rangeLength[demand.perRange](range as never)) : 1;
      const rule = demand.calls;
      if (rule.kind === 'each') calls += keys * times;
      else if (rule.kind === 'batched') calls += Math.ceil(keys / options.batchLimit(rule.endpoint)) * times;
      else if (rule.kind === 'once' && !seenOnce.has(key)) {
        // A shared list is read once per operation, however many parents or aliases ask for it.
        seenOnce.add(key);
        onceCalls += 1;
      }
      if (!selection.selectionSet) continue;
      const childPageSize = demand.size === 'first' ? size : pageSize;
      const returnsList = isListType(getNullableType(field.type));
      const items = returnsList ? parents * (demand.size === 'iccids' ? size : childPageSize) : parents;
      calls += walk(selection.selectionSet, getNamedType(field.type), items, childPageSize, visiting);
    }
    return calls;
  };
  return walk(operation.selectionSet, rootType, 1, options.defaultListSize, new Set()) + onceCalls;
}

/** A field not in the table is sized by the arguments that size lists everywhere here: `first`, or a list's `iccids`. */
function sizeArgumentOf(field: GraphQLField<unknown, unknown>): FieldDemand['size'] {
  if (field.args.some((arg) => arg.name === 'first')) return 'first';
  if (field.args.some((arg) => arg.name === 'iccids') && isListType(getNullableType(field.type))) return 'iccids';
  return undefined;
}

function sizeOf(demand: FieldDemand, args: Record<string, unknown>, fallback: number): number {
  const naming = demand.oneBy && (args[demand.oneBy.argument] as Record<string, unknown> | null | undefined);
  if (naming && demand.oneBy!.fields.some((field) => naming[field] !== undefined && naming[field] !== null)) return 1;
  if (demand.size === 'iccids') return Array.isArray(args.iccids) ? args.iccids.length : fallback;
  if (demand.size === 'first')
    return typeof args.first === 'number' && args.first > 0 ? Math.min(args.first, fallback) : fallback;
  return fallback;
}

/** `Type.field` of every field with its own resolver in this schema (type-graphql `@FieldResolver`s). */
function fieldsWithResolvers(schema: GraphQLSchema): Set<string> {
  const cached = resolverFields.get(schema);
  if (cached) return cached;
  const storage = getMetadataStorage();
  const found = new Set<string>();
  for (const resolver of storage.fieldResolvers) {
    const target = resolver.getObjectType?.() ?? resolver.resolverClassMetadata?.getObjectType();
    const typeName = storage.objectTypes.find((objectType) => objectType.target === target)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    if (type && isObjectType(type) && Object.hasOwn(type.getFields(), resolver.schemaName))
      found.add(`${type.name}.${resolver.schemaName}`);
  }
  resolverFields.set(schema, found);
  return found;
}

const resolverFields = new WeakMap<GraphQLSchema, Set<string>>();
