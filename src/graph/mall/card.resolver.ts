import { Authorized, Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type {
  AutoRenewal,
  CardVerification,
  MallOrder,
  MallPlan as MallPlanRecord,
} from '../../upstream/mall/model.js';
import type { GraphContext } from '../context.js';
import { Money } from '../money.js';
import { badInput, checkIccid } from '../errors.js';
import { MallCard, MallCardOrder, MallPlan } from './card.type.js';
import { MallAutoRenewal } from './renewal.type.js';

const MAX_AREA = 32;
const MAX_URL = 512;

@Resolver(() => MallPlan)
export class MallPlanResolver {
  @FieldResolver(() => Money, { description: 'Price of one period.' })
  price(@Root() plan: MallPlanRecord): Money {
    return { amount: plan.price, currency: plan.currency };
  }
}

/** A card and what hangs off it. Card data is the partner's customers': none of it is cached. */
@Resolver(() => MallCard)
export class MallCardResolver {
  @Authorized('mall:read')
  @Query(() => MallCard, {
    nullable: true,
    description:
      'Verifies a card with the Mall and opens its plans, orders and auto-renewals. Null with NOT_FOUND when the partner has no such card.',
  })
  mallCard(
    @Arg('iccid', () => ID, { description: 'The card number (ICCID).' }) iccid: string,
    @Arg('loginUrl', () => String, {
      nullable: true,
      description: 'The shop page the user logs in on, when the Mall should know it.',
    })
    loginUrl: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<CardVerification> {
    if (loginUrl != null && (loginUrl.length > MAX_URL || !URL.canParse(loginUrl)))
      throw badInput('loginUrl must be a URL', 'loginUrl');
    return context.loaders.mallRead('verifyCard', { iccid: checkIccid(iccid), loginUrl: loginUrl ?? undefined });
  }

  @FieldResolver(() => [MallPlan], {
    nullable: true,
    description: 'The plan products this card can buy, optionally of one area.',
  })
  plans(
    @Root() card: CardVerification,
    @Arg('area', () => String, {
      nullable: true,
      description: 'Only plans of this area, e.g. `Europe` (the Mall also takes Chinese names, e.g. `欧洲`).',
    })
    area: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<MallPlanRecord[]> {
    if (area != null && (area.length === 0 || area.length > MAX_AREA))
      throw badInput(`area must be 1 to ${MAX_AREA} characters`, 'area');
    return context.loaders.mallRead('listPlans', { iccid: card.iccid, area: area ?? undefined });
  }

  @FieldResolver(() => [MallCardOrder], {
    nullable: true,
    description: 'The orders running or waiting to run on this card.',
  })
  async orders(@Root() card: CardVerification, @Ctx() context: GraphContext): Promise<MallOrder[]> {
    return (await context.loaders.mallRead('listOrders', { iccid: card.iccid })).orders;
  }

  @FieldResolver(() => [MallAutoRenewal], {
    nullable: true,
    description: "This card's auto-renewals, active and cancelled.",
  })
  autoRenewals(@Root() card: CardVerification, @Ctx() context: GraphContext): Promise<AutoRenewal[]> {
    return context.loaders.mallRead('listAutoRenewals', { iccid: card.iccid });
  }

  @FieldResolver(() => MallAutoRenewal, { nullable: true, description: "The card's auto-renewal in effect, or null." })
  activeAutoRenewal(@Root() card: CardVerification, @Ctx() context: GraphContext): Promise<AutoRenewal | null> {
    return context.loaders.mallRead('getActiveAutoRenewal', { iccid: card.iccid });
  }
}
