import { Authorized, Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { PlanType } from '../../upstream/csss/enums.js';
import type { GraphContext } from '../context.js';
import { Money, moneyOf } from '../money.js';
import { checkIccid } from '../errors.js';
import { Sim } from '../sim/sim.type.js';
import { Plan, PlanTypeInput } from './plan.type.js';

@Resolver(() => Plan)
export class PlanResolver {
  @FieldResolver(() => Money, {
    nullable: true,
    description: 'What one period costs; null when the catalogue lists no price.',
  })
  price(@Root() plan: Plan): Money | null {
    return moneyOf(plan.price, plan.currency);
  }

  @Authorized('sims:read')
  @Query(() => [Plan], { nullable: true, description: 'The plan catalogue, optionally only plans of one type.' })
  async plans(
    @Arg('type', () => PlanTypeInput, { nullable: true, description: 'Only plans of this type.' })
    type: PlanType | undefined,
    @Ctx() { loaders }: GraphContext,
  ): Promise<Plan[]> {
    const all = await loaders.plans();
    return type ? all.filter((plan) => plan.type === type) : all;
  }
}

@Resolver(() => Sim)
export class SimPlansResolver {
  @FieldResolver(() => [Plan], {
    nullable: true,
    description: 'The plans this SIM may be ordered onto.',
    deprecationReason: 'Linksfield marks the underlying endpoint as deprecated; use `plans`.',
  })
  async orderablePlans(@Root() sim: Sim, @Ctx() { loaders }: GraphContext): Promise<Plan[]> {
    const [{ planCodes }, catalogue] = await Promise.all([
      loaders.orderablePlans.load(checkIccid(sim.iccid)),
      loaders.plans(),
    ]);
    return catalogue.filter((plan) => planCodes.includes(plan.code));
  }
}
