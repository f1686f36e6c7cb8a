import { Authorized, Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AutoRenewal } from '../../upstream/mall/model.js';
import type { GraphContext } from '../context.js';
import { checkIccid } from '../errors.js';
import { Money, moneyOf } from '../money.js';
import { idempotencyKeyArg } from '../write.js';
import { checkMallId } from './ids.js';
import { mallWrite } from './mall-write.js';
import {
  CancelMallAutoRenewalInput,
  CreateMallSubscriptionInput,
  MallAutoRenewal,
  MallAutoRenewalPayload,
} from './renewal.type.js';

/** Starting and stopping auto-renewals; reading them is on `MallCard`. */
@Resolver(() => MallAutoRenewal)
export class MallRenewalResolver {
  @Authorized('mall:write')
  @Mutation(() => MallAutoRenewalPayload, {
    nullable: true,
    description:
      "Starts a card's auto-renewal from a paid subscription authorization; its first order is placed at once. A card has one active auto-renewal: an earlier one is cancelled.",
  })
  async createMallSubscription(
    @Arg('input', () => CreateMallSubscriptionInput, { description: 'The card, and the paid authorization.' })
    input: CreateMallSubscriptionInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<MallAutoRenewalPayload> {
    const request = {
      iccid: checkIccid(input.iccid, 'input.iccid'),
      paymentId: checkMallId(input.paymentId, 'input.paymentId'),
    };
    return {
      autoRenewal: await mallWrite(
        context,
        'createMallSubscription',
        idempotencyKey,
        request,
        'createSubscription',
        request,
      ),
    };
  }

  @Authorized('mall:write')
  @Mutation(() => MallAutoRenewalPayload, {
    nullable: true,
    description: "Stops a card's auto-renewal; the order running now is not affected.",
  })
  async cancelMallAutoRenewal(
    @Arg('input', () => CancelMallAutoRenewalInput, { description: 'The card, and its auto-renewal.' })
    input: CancelMallAutoRenewalInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<MallAutoRenewalPayload> {
    const request = {
      iccid: checkIccid(input.iccid, 'input.iccid'),
      renewalId: checkMallId(input.renewalId, 'input.renewalId'),
    };
    return {
      autoRenewal: await mallWrite(
        context,
        'cancelMallAutoRenewal',
        idempotencyKey,
        request,
        'cancelAutoRenewal',
        request,
      ),
    };
  }

  @FieldResolver(() => Money, {
    nullable: true,
    description: 'Amount charged per renewal; null when the Mall does not say.',
  })
  amount(@Root() renewal: AutoRenewal): Money | null {
    return moneyOf(renewal.amount, renewal.currency);
  }
}
