import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Float,
  InputType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { FleetFilterError, type FleetFilter } from '../../fleet/filters.js';
import { CursorError, EVERY_SIM, queryFleet } from '../../fleet/query.js';
import { usedShare } from '../../fleet/sim.js';
import { summarize, type FleetSummary as Summary } from '../../fleet/summary.js';
import { readOutsideCache } from '../../upstream/read-trace.js';
import { PageArgs, pageSize, type Connection } from '../connection.js';
import type { GraphContext } from '../context.js';
import { badInput } from '../errors.js';
import { DateScalar, DateTimeScalar, MonthScalar } from '../scalars.js';
import { Sim } from '../sim/sim.type.js';
import { DailyUsage, MonthlyUsage } from '../usage/usage.type.js';
import {
  Fleet,
  FleetMonthUsage,
  FleetSimConnection,
  FleetSimFilter,
  FleetSimNode,
  FleetSimOrder,
  FleetSimSortField,
  FleetSortDirection,
  FleetSummary,
} from './fleet.type.js';
import { daysBetween, monthsBetween } from './ranges.js';

const FLEET = new Fleet();
const DEFAULT_ORDER: FleetSimOrder = { field: FleetSimSortField.ICCID, direction: FleetSortDirection.ASC };

@InputType({ description: 'A range of months, both ends included.' })
class MonthRange {
  @Field(() => MonthScalar, { description: 'The first month, `yyyy-MM`.' })
  from!: string;

  @Field(() => MonthScalar, {
    description: 'The last month, `yyyy-MM` (at most 12 months after `from`, counting both).',
  })
  to!: string;
}

@InputType({ description: 'A range of days, both ends included.' })
class DayRange {
  @Field(() => DateScalar, { description: 'The first day, `yyyy-MM-dd`.' })
  from!: string;

  @Field(() => DateScalar, { description: 'The last day, `yyyy-MM-dd` (at most 31 days, counting both).' })
  to!: string;
}

@Resolver(() => Fleet)
class FleetResolver {
  @Authorized('sims:read')
  @Query(() => Fleet, {
    description:
      'The fleet views: every SIM of the account (a restricted caller: its SIMs), searchable and sortable, with totals. Served from an inventory the gateway keeps; see `indexedAt`.',
  })
  fleet(): Fleet {
    // The inventory changes between refreshes with no read-cache tag to follow it: such an answer is never response-cached.
    readOutsideCache();
    return FLEET;
  }

  @FieldResolver(() => FleetSimConnection, {
    description:
      'The SIMs passing the filter, sorted, a page at a time. Cursors name the last SIM seen, so a page never repeats or skips a SIM because others changed.',
  })
  sims(
    @Arg('filter', () => FleetSimFilter, { nullable: true, description: 'Which SIMs; all when omitted.' })
    filter: FleetFilter | undefined,
    @Arg('orderBy', () => FleetSimOrder, { nullable: true, description: 'The order; by ICCID when omitted.' })
    orderBy: FleetSimOrder | undefined,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { services, caller }: GraphContext,
  ): Connection<FleetSimNode> {
    const order = orderBy ?? DEFAULT_ORDER;
    if (filter?.usedShareAbove !== undefined && filter.usedShareAbove !== null && !(filter.usedShareAbove >= 0))
      throw badInput('usedShareAbove must be at least 0', 'filter.usedShareAbove');
    try {
      const page = queryFleet(services.fleet.inventory, {
        filter,
        ordering: order.field,
        direction: order.direction,
        first: pageSize(first, services.config.graphql.maxPageSize),
        after,
        sims: caller.sims,
      });
      return {
        edges: page.edges,
        totalCount: page.totalCount,
        pageInfo: {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: page.hasPreviousPage,
          startCursor: page.edges[0]?.cursor ?? null,
          endCursor: page.edges.at(-1)?.cursor ?? null,
        },
      };
    } catch (error) {
      if (error instanceof CursorError || error instanceof FleetFilterError) throw badInput(error.message, 'after');
      throw error;
    }
  }

  @FieldResolver(() => FleetSummary, {
    description:
      'Totals over the whole fleet of the caller: counts by lifecycle and plan, data used and left, SIMs near or over their plan, plans ending soon.',
  })
  summary(@Ctx() { services, caller }: GraphContext): Summary {
    const { sims } = caller;
    const { inventory } = services.fleet;
    const now = Date.now();
    // "Ending within 7 days" moves with the clock: a summary is kept for a minute at most.
    return inventory.memo(sims ?? EVERY_SIM, `summary:${Math.floor(now / 60_000)}`, () =>
      summarize(inventory, sims ? (sim) => sims.allows(sim.iccid) : () => true, now),
    );
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the inventory served was built from Linksfield ("as of"); changes the gateway saw since are already in it. Null until the first build completes.',
  })
  indexedAt(@Ctx() { services }: GraphContext): Date | null {
    return services.fleet.indexedAt;
  }

  @FieldResolver(() => Boolean, {
    description:
      'True once the first full build of the inventory is complete; before that the fleet holds only the SIMs seen so far.',
  })
  complete(@Ctx() { services }: GraphContext): boolean {
    return services.fleet.complete;
  }

  @FieldResolver(() => [FleetMonthUsage], {
    nullable: true,
    description:
      'Data the fleet used per month, for a range of up to 12 months. Read from Linksfield in batches of SIMs, one call per batch and month.',
  })
  async monthlyUsage(
    @Arg('months', () => MonthRange, { description: 'The months.' }) months: MonthRange,
    @Ctx() { services, caller, loaders }: GraphContext,
  ): Promise<FleetMonthUsage[]> {
    const list = monthsBetween(months.from, months.to);
    const { sims } = caller;
    const iccids = services.fleet.inventory
      .all()
      .flatMap((sim) => (sims === null || sims.allows(sim.iccid) ? [sim.iccid] : []));
    return Promise.all(
      list.map(async (month) => {
        const records = await loaders.monthlyUsage(month).loadMany(iccids);
        const failed = records.find((record): record is Error => record instanceof Error);
        if (failed) throw failed;
        const used = (records as MonthlyUsage[]).filter((record) => record.usedBytes > 0);
        return {
          month,
          usedBytes: used.reduce((sum, record) => sum + record.usedBytes, 0),
          activeSimCount: used.length,
        };
      }),
    );
  }
}

@Resolver(() => FleetSimNode)
class FleetSimResolver {
  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'When the SIM was activated, when known.' })
  activatedAt(@Root() sim: FleetSimNode): Date | null {
    return sim.activatedAt === null ? null : new Date(sim.activatedAt);
  }

  @FieldResolver(() => DateTimeScalar, { nullable: true, description: 'When the order in use ends; null without one.' })
  planExpiresAt(@Root() sim: FleetSimNode): Date | null {
    return sim.expiresAt === null ? null : new Date(sim.expiresAt);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Share of the plan used in this cycle: used ÷ (used + left), 0.8 is 80%. Null without a plan or known usage.',
  })
  usedShare(@Root() sim: FleetSimNode): number | null {
    return usedShare(sim);
  }

  @FieldResolver(() => DateTimeScalar, { description: 'When these facts were read from Linksfield.' })
  seenAt(@Root() sim: FleetSimNode): Date {
    return new Date(sim.seenAt);
  }

  @FieldResolver(() => Sim, {
    nullable: true,
    description:
      'The SIM read live from Linksfield, with every field of `Sim` (each costs its upstream calls, batched across the page).',
  })
  sim(@Root() sim: FleetSimNode, @Ctx() { loaders }: GraphContext): Promise<Sim> {
    return loaders.sim.load(sim.iccid);
  }

  @FieldResolver(() => [MonthlyUsage], {
    nullable: true,
    description:
      'Data used per month, for a range of up to 12 months; batched across the SIMs of the page, one call per batch and month.',
  })
  monthlyUsage(
    @Root() sim: FleetSimNode,
    @Arg('months', () => MonthRange, { description: 'The months.' }) months: MonthRange,
    @Ctx() { loaders }: GraphContext,
  ): Promise<MonthlyUsage[]> {
    return Promise.all(
      monthsBetween(months.from, months.to).map((month) => loaders.monthlyUsage(month).load(sim.iccid)),
    );
  }

  @FieldResolver(() => [DailyUsage], {
    nullable: true,
    description: 'Data used per day, for a range of up to 31 days; one upstream call per day.',
  })
  dailyUsage(
    @Root() sim: FleetSimNode,
    @Arg('days', () => DayRange, { description: 'The days.' }) days: DayRange,
    @Ctx() { loaders }: GraphContext,
  ): Promise<DailyUsage[]> {
    return Promise.all(
      daysBetween(days.from, days.to).map((date) => loaders.dailyUsage.load({ iccid: sim.iccid, date })),
    );
  }
}

export const fleetResolvers = [FleetResolver, FleetSimResolver] as const;
