import { Authorized, Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { PaymentResult } from '../../upstream/mall/model.js';
import type { GraphContext } from '../context.js';
import { idempotencyKeyArg } from '../write.js';
import { checkoutOf } from './checkout.js';
import { checkMallId } from './ids.js';
import { mallWrite } from './mall-write.js';
import { MallCheckoutInput } from './order.type.js';
import {
  ConfirmMallPaymentInput,
  ConfirmMallPaymentPayload,
  MallPaymentAuthorizationPayload,
  MallPaymentResult,
} from './payment.type.js';

const paymentIdArg = { description: 'The payment id from an authorization.' } as const;

/** Paying through the Mall's cashier: authorize, let the buyer pay with the client secret, then confirm. */
@Resolver()
export class MallPaymentResolver {
  @Authorized('mall:read')
  @Query(() => MallPaymentResult, {
    nullable: true,
    description: 'Where a Mall payment is. Null with NOT_FOUND for an unknown payment.',
  })
  mallPaymentResult(
    @Arg('paymentId', () => String, paymentIdArg) paymentId: string,
    @Ctx() context: GraphContext,
  ): Promise<PaymentResult> {
    return context.loaders.mallRead('getPaymentResult', { paymentId: checkMallId(paymentId, 'paymentId') });
  }

  @Authorized('mall:write')
  @Mutation(() => MallPaymentAuthorizationPayload, {
    nullable: true,
    description: 'Opens a single card payment for a plan; confirm it with `confirmMallPayment` once the buyer paid.',
  })
  authorizeMallPayment(
    @Arg('input', () => MallCheckoutInput, { description: 'What the buyer is paying for.' }) input: MallCheckoutInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<MallPaymentAuthorizationPayload> {
    return authorize(context, 'authorizeMallPayment', 'authorizePayment', input, idempotencyKey);
  }

  @Authorized('mall:write')
  @Mutation(() => MallPaymentAuthorizationPayload, {
    nullable: true,
    description:
      'Opens a subscription card payment for a plan; once the buyer paid, `createMallSubscription` starts the auto-renewal.',
  })
  authorizeMallSubscription(
    @Arg('input', () => MallCheckoutInput, { description: 'What the buyer is subscribing to.' })
    input: MallCheckoutInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<MallPaymentAuthorizationPayload> {
    return authorize(context, 'authorizeMallSubscription', 'authorizeSubscription', input, idempotencyKey);
  }

  @Authorized('mall:write')
  @Mutation(() => ConfirmMallPaymentPayload, {
    nullable: true,
    description: 'Confirms a single payment the buyer completed, which places its order.',
  })
  async confirmMallPayment(
    @Arg('input', () => ConfirmMallPaymentInput, { description: 'The payment.' }) input: ConfirmMallPaymentInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<ConfirmMallPaymentPayload> {
    const request = { paymentId: checkMallId(input.paymentId, 'input.paymentId') };
    return {
      payment: await mallWrite(context, 'confirmMallPayment', idempotencyKey, request, 'confirmPayment', request),
    };
  }
}

async function authorize(
  context: GraphContext,
  operation: 'authorizeMallPayment' | 'authorizeMallSubscription',
  endpoint: 'authorizePayment' | 'authorizeSubscription',
  input: MallCheckoutInput,
  idempotencyKey: string | undefined,
): Promise<MallPaymentAuthorizationPayload> {
  const { checkout } = await checkoutOf(context, input);
  return { authorization: await mallWrite(context, operation, idempotencyKey, input, endpoint, checkout) };
}
