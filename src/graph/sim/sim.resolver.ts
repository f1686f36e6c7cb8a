import type { GraphQLResolveInfo } from 'graphql';
import { Authorized, Arg, Args, Ctx, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { connectionOf, PageArgs, pageSize, sliceConnection, type Connection } from '../connection.js';
import type { GraphContext } from '../context.js';
import { badInput, checkIccid } from '../errors.js';
import type { Loaders } from '../loaders.js';
import { Plan } from '../plan/plan.type.js';
import { prefetchSelected, type Prefetches } from '../prefetch.js';
import { Sim } from './sim.type.js';

/** `sims(iccids)` takes up to this many ICCIDs per call. */
const MAX_SIMS_PER_QUERY = 1_000;

/** Fields of a SIM read by ICCID alone, so they are asked together with the SIM itself: the loader of each. */
export const simPrefetches: Prefetches<Loaders> = {
  usage: (loaders) => loaders.usage,
  balance: (loaders) => loaders.balance,
};

@ObjectType({ description: 'A page of SIMs.' })
class SimConnection extends connectionOf(Sim, 'Sim', 'SIM') {}

@Resolver(() => Sim)
export class SimResolver {
  @Authorized('sims:read')
  @Query(() => Sim, {
    nullable: true,
    description: 'One SIM by its ICCID. Fails with NOT_FOUND when the account has no such SIM.',
  })
  async sim(
    @Arg('iccid', () => ID, { description: 'The SIM card number (ICCID).' }) iccid: string,
    @Ctx() { loaders }: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Sim> {
    // The SIM is answered once its nested early reads are in too, so those fields answer from them at once.
    const [sim] = await Promise.all([
      loaders.sim.load(checkIccid(iccid)),
      prefetchSelected(info, simPrefetches, loaders, [iccid]),
    ]);
    return sim;
  }

  @Authorized('sims:read')
  @Query(() => [Sim], {
    nullable: 'itemsAndList',
    description: `Up to ${MAX_SIMS_PER_QUERY} SIMs by ICCID, in the order asked, fetched in as few upstream batch calls as possible. A SIM that cannot be read is null in the list, with an error whose path names its index; the others still arrive.`,
  })
  async sims(
    @Arg('iccids', () => [ID], { description: `The ICCIDs, at most ${MAX_SIMS_PER_QUERY}; repeats are fetched once.` })
    iccids: string[],
    @Ctx() { loaders }: GraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<(Sim | Error)[]> {
    if (iccids.length > MAX_SIMS_PER_QUERY)
      throw badInput(`iccids holds ${iccids.length} ICCIDs; at most ${MAX_SIMS_PER_QUERY} per query`, 'iccids');
    const checked = iccids.map((iccid, index) => {
      try {
        return checkIccid(iccid, `iccids[${index}]`);
      } catch (error) {
        return error as Error;
      }
    });
    const valid = checked.filter((iccid) => typeof iccid === 'string');
    // As in `sim`: with the early reads in, a SIM's `usage` costs no promise of its own; the SIMs cost one in all.
    const [records] = await Promise.all([
      loaders.sim.loadMany(valid),
      prefetchSelected(info, simPrefetches, loaders, valid),
    ]);
    let next = 0;
    return checked.map((iccid) => (typeof iccid === 'string' ? records[next++] : iccid));
  }

  @Authorized('sims:read')
  @Query(() => SimConnection, {
    nullable: true,
    description: 'The SIMs that currently have a plan in use, a page at a time.',
  })
  async simsInUse(
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { services, loaders }: GraphContext,
  ): Promise<Connection<Sim>> {
    const size = pageSize(first, services.config.graphql.maxPageSize);
    return sliceConnection(await loaders.simsInUse(), size, after);
  }

  @FieldResolver(() => Plan, {
    nullable: true,
    description: 'The plan of the order in use, from the catalogue; null when no plan is in use.',
  })
  async activePlan(@Root() sim: Sim, @Ctx() { loaders }: GraphContext): Promise<Plan | null> {
    return sim.activePlanCode ? loaders.plan(sim.activePlanCode) : null;
  }
}
