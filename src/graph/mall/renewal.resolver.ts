import { Authorized, Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { AutoRenewal } from '../../upstream/mall/model.js';
import type { GraphContext } from '../context.js';
import { checkIccid } from '../errors.js';
import { idempotencyKeyArg } from '../write.js';
import { checkMallId } from './ids.js';
import { mallWrite } from './mall-write.js';
import { MallAutoRenewal } from './renewal.type.js';

const iccidArg = { description: 'The card (ICCID).' } as const;

/** Starting and stopping auto-renewals; reading them is on `MallCard`. */
@Resolver()
export class MallRenewalResolver {
  @Authorized('mall:write')
  @Mutation(() => MallAutoRenewal, {
    nullable: true,
    description: "Starts a card's auto-renewal from a paid subscription authorization (Stripe, §9.15, assumed); its first order is placed at once. A card has one active auto-renewal: an earlier one is cancelled.",
  })
  createMallSubscription(
    @Arg('iccid', () => ID, iccidArg) iccid: string,
    @Arg('paymentId', () => String, { description: 'The payment id from `authorizeMallSubscription`.' }) paymentId: string,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<AutoRenewal> {
    const input = { iccid: checkIccid(iccid), paymentId: checkMallId(paymentId, 'paymentId') };
    return mallWrite(context, 'createMallSubscription', idempotencyKey, input, 'createSubscription', input);
  }

  @Authorized('mall:write')
  @Mutation(() => MallAutoRenewal, { nullable: true, description: "Stops a card's auto-renewal (§9.9, assumed); the order running now is not affected." })
  cancelMallAutoRenewal(
    @Arg('iccid', () => ID, iccidArg) iccid: string,
    @Arg('renewalId', () => ID, { description: 'The auto-renewal id.' }) renewalId: string,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<AutoRenewal> {
    const input = { iccid: checkIccid(iccid), renewalId: checkMallId(renewalId, 'renewalId') };
    return mallWrite(context, 'cancelMallAutoRenewal', idempotencyKey, input, 'cancelAutoRenewal', input);
  }
}
