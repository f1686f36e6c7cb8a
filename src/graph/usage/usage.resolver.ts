import { Authorized, Arg, Args, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { connectionOf, PageArgs, pageSize, type Connection } from '../connection.js';
import type { GraphContext } from '../context.js';
import { earlyOrLoaded } from '../prefetch.js';
import { DateScalar, MonthScalar } from '../scalars.js';
import { simPrefetches } from '../sim/sim.resolver.js';
import { Sim } from '../sim/sim.type.js';
import { DailyUsage, MnoBalance, MonthlyUsage, Usage } from './usage.type.js';

@ObjectType({ description: 'A page of monthly usage records.' })
class MonthlyUsageConnection extends connectionOf(MonthlyUsage, 'MonthlyUsage', 'monthly usage record') {}

@Resolver(() => MonthlyUsage)
export class UsageResolver {
  @Authorized('sims:read')
  @Query(() => MonthlyUsageConnection, {
    nullable: true,
    description: 'Data used by every SIM of the account in one month, a page at a time.',
  })
  async monthlyUsage(
    @Arg('month', () => MonthScalar, { description: 'The month, `yyyy-MM`.' }) month: string,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { services, loaders }: GraphContext,
  ): Promise<Connection<MonthlyUsage>> {
    return loaders.monthlyUsagePage(month, pageSize(first, services.config.graphql.maxPageSize), after);
  }

  @FieldResolver(() => Sim, {
    nullable: true,
    description: 'The SIM this record is about. Null when Linksfield could not answer it in time; the error says why.',
  })
  async sim(@Root() usage: MonthlyUsage, @Ctx() { loaders }: GraphContext): Promise<Sim> {
    return loaders.sim.load(usage.iccid);
  }
}

/**
 * The SIM's fields read by ICCID alone: each takes just the ICCID, so type-graphql copies no `Sim` per call. `usage`
 * and `balance` are declared here but resolved without type-graphql (`resolveEarlyReads` in the schema).
 */
@Resolver(() => Sim)
export class SimUsageResolver {
  @FieldResolver(() => Usage, {
    nullable: true,
    description:
      'Data used and left in the cycle of the order in use. Batched across SIMs. Null when Linksfield could not answer it in time; the error says why.',
  })
  usage(@Root('iccid') iccid: string, @Ctx() { loaders }: GraphContext): Usage | Promise<Usage> {
    return earlyOrLoaded(simPrefetches, 'usage', loaders, iccid) as Usage | Promise<Usage>;
  }

  @FieldResolver(() => MnoBalance, {
    nullable: true,
    description:
      'What is left of the order in use, as the mobile operator reports it. Null when Linksfield could not answer it in time; the error says why.',
  })
  balance(@Root('iccid') iccid: string, @Ctx() { loaders }: GraphContext): MnoBalance | Promise<MnoBalance> {
    return earlyOrLoaded(simPrefetches, 'balance', loaders, iccid) as MnoBalance | Promise<MnoBalance>;
  }

  @FieldResolver(() => DailyUsage, {
    nullable: true,
    description: 'Data used on one day. Null when Linksfield could not answer it in time; the error says why.',
  })
  async dailyUsage(
    @Root() sim: Sim,
    @Arg('date', () => DateScalar, { description: 'The day, `yyyy-MM-dd`.' }) date: string,
    @Ctx() { loaders }: GraphContext,
  ): Promise<DailyUsage> {
    return loaders.dailyUsage.load({ iccid: sim.iccid, date });
  }

  @FieldResolver(() => MonthlyUsage, {
    nullable: true,
    description:
      'Data used in one month. Batched across SIMs, one upstream call per month. Null when Linksfield could not answer it in time; the error says why.',
  })
  async monthlyUsage(
    @Root() sim: Sim,
    @Arg('month', () => MonthScalar, { description: 'The month, `yyyy-MM`.' }) month: string,
    @Ctx() { loaders }: GraphContext,
  ): Promise<MonthlyUsage> {
    return loaders.monthlyUsage(month).load(sim.iccid);
  }
}
