import { Authorized, Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { PaymentAuthorization, PaymentResult } from '../../../upstream/mall/model.js';
import type { GraphContext } from '../../context.js';
import { configuredMall } from '../configured.js';
import { idempotencyKeyArg } from '../../write.js';
import { checkoutOf } from './checkout.js';
import { checkMallId } from './ids.js';
import { mallWrite } from './mall-write.js';
import { MallCheckoutInput } from './order.type.js';
import { MallPaymentAuthorization, MallPaymentResult } from './payment.type.js';

const paymentIdArg = { description: 'The payment id from an authorization.' } as const;

/** Paying through the Mall's cashier: authorize, let the buyer pay with the client secret, then confirm. */
@Resolver()
export class MallPaymentResolver {
  @Authorized('mall:read')
  @Query(() => MallPaymentResult, { description: 'Where a Mall payment is (§9.16, assumed).' })
  mallPaymentResult(@Arg('paymentId', () => String, paymentIdArg) paymentId: string, @Ctx() context: GraphContext): Promise<PaymentResult> {
    return configuredMall(context).call('getPaymentResult', { paymentId: checkMallId(paymentId, 'paymentId') });
  }

  @Authorized('mall:write')
  @Mutation(() => MallPaymentAuthorization, { description: 'Opens a single card payment for a plan (Stripe, §9.13, assumed); confirm it with `confirmMallPayment` once the buyer paid.' })
  authorizeMallPayment(
    @Arg('input', () => MallCheckoutInput, { description: 'What the buyer is paying for.' }) input: MallCheckoutInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<PaymentAuthorization> {
    return authorize(context, 'authorizeMallPayment', 'authorizePayment', input, idempotencyKey);
  }

  @Authorized('mall:write')
  @Mutation(() => MallPaymentAuthorization, {
    description: 'Opens a subscription card payment for a plan (Stripe, §9.14, assumed); once the buyer paid, `createMallSubscription` starts the auto-renewal.',
  })
  authorizeMallSubscription(
    @Arg('input', () => MallCheckoutInput, { description: 'What the buyer is subscribing to.' }) input: MallCheckoutInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<PaymentAuthorization> {
    return authorize(context, 'authorizeMallSubscription', 'authorizeSubscription', input, idempotencyKey);
  }

  @Authorized('mall:write')
  @Mutation(() => MallPaymentResult, { description: 'Confirms a single payment the buyer completed, which places its order (§9.17, assumed).' })
  confirmMallPayment(
    @Arg('paymentId', () => String, paymentIdArg) paymentId: string,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<PaymentResult> {
    const input = { paymentId: checkMallId(paymentId, 'paymentId') };
    return mallWrite(context, 'confirmMallPayment', idempotencyKey, input, 'confirmPayment', input);
  }
}

async function authorize(
  context: GraphContext,
  operation: 'authorizeMallPayment' | 'authorizeMallSubscription',
  endpoint: 'authorizePayment' | 'authorizeSubscription',
  input: MallCheckoutInput,
  idempotencyKey: string | undefined,
): Promise<PaymentAuthorization> {
  const { checkout } = await checkoutOf(context, input);
  return mallWrite(context, operation, idempotencyKey, input, endpoint, checkout);
}
