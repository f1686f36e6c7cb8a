import { Authorized, Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Esim as EsimRecord, PackageSummary } from '../../upstream/fms/model.js';
import type { GraphContext } from '../context.js';
import { badInput } from '../errors.js';
import { write } from '../write.js';
import { idempotencyKeyArg } from '../write.js';
import { checkMoney } from '../money.js';
import { EsimPackage } from './catalogue.type.js';
import { checkOrderId } from './ids.js';
import {
  Esim,
  EsimOrder,
  EsimPaymentInput,
  EsimPaymentReport,
  EsimPreOrderPayload,
  EsimPurchaseInput,
  EsimTopUpInput,
} from './order.type.js';
import { orderStatus } from './order-status.js';
import { placed, purchaseOf } from './purchase.js';
import { fmsUser } from './user.js';

const MAX_REFERENCE = 128;

const orderIdArg = { description: 'The order id from `esimPreOrder` or `esimTopUp`.' } as const;

function readOrder(context: GraphContext, orderId: string): Promise<EsimOrder> {
  return orderStatus(fmsUser(context), checkOrderId(orderId));
}

/** Orders, payments and eSIMs of the signed-in user: each needs the `x-esim-token`. */
@Resolver()
export class EsimOrderResolver {
  @Authorized('esim')
  @Query(() => EsimOrder, {
    nullable: true,
    description:
      "An eSIM order's status and, once paid, its QR code. Needs the user's token. To follow it live, subscribe to `esimOrder` instead.",
  })
  esimOrder(@Arg('orderId', () => ID, orderIdArg) orderId: string, @Ctx() context: GraphContext): Promise<EsimOrder> {
    return readOrder(context, orderId);
  }

  @Authorized('esim')
  @Query(() => Esim, {
    nullable: true,
    description:
      "The user's eSIM bought with this order. Fails with FAILED_PRECONDITION until the order is paid. Needs the user's token.",
  })
  myEsim(@Arg('orderId', () => ID, orderIdArg) orderId: string, @Ctx() context: GraphContext): Promise<EsimRecord> {
    return fmsUser(context).call('getEsim', { orderId: checkOrderId(orderId) });
  }

  @Authorized('esim')
  @Mutation(() => EsimPreOrderPayload, {
    nullable: true,
    description:
      "Reserves an eSIM profile for a package until the payment result is reported with `reportEsimPayment`, at the latest by `expiresAt`. Needs the user's token. Never retried by the gateway; pass an idempotency key to retry safely.",
  })
  async esimPreOrder(
    @Arg('input', () => EsimPurchaseInput, { description: 'What to buy.' }) input: EsimPurchaseInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<EsimPreOrderPayload> {
    const user = fmsUser(context);
    const purchase = await purchaseOf(context, input);
    return write(context, `esimPreOrder:${user.scope}`, idempotencyKey, input, {}, () =>
      placed(context, purchase, user.call('preOrder', purchase)),
    );
  }

  @Authorized('esim')
  @Mutation(() => EsimPreOrderPayload, {
    nullable: true,
    description:
      "Orders more data for an eSIM already paid for; paid like a pre-order, through `reportEsimPayment` before `expiresAt`. Needs the user's token.",
  })
  async esimTopUp(
    @Arg('input', () => EsimTopUpInput, { description: 'Which eSIM, and what to add.' }) input: EsimTopUpInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<EsimPreOrderPayload> {
    const user = fmsUser(context);
    const orderId = checkOrderId(input.orderId, 'input.orderId');
    const purchase = { ...(await purchaseOf(context, input)), orderId };
    return write(context, `esimTopUp:${user.scope}`, idempotencyKey, input, {}, () =>
      placed(context, purchase, user.call('topUp', purchase)),
    );
  }

  @Authorized('esim')
  @Mutation(() => EsimPaymentReport, {
    nullable: true,
    description:
      "Reports the result of the payment the enterprise took, once per order: a success assigns the eSIM profile. Fails with PREORDER_EXPIRED after the payment window, NOT_FOUND for an unknown order, BAD_USER_INPUT when the amount does not match. Needs the user's token.",
  })
  async reportEsimPayment(
    @Arg('input', () => EsimPaymentInput, { description: 'The payment result.' }) input: EsimPaymentInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string | undefined,
    @Ctx() context: GraphContext,
  ): Promise<EsimPaymentReport> {
    const user = fmsUser(context);
    const report = {
      orderId: checkOrderId(input.orderId, 'input.orderId'),
      outcome: input.outcome,
      amount: checkMoney(input.amount, 'input.amount').amount,
      currency: input.amount.currency,
      paidAt: input.paidAt,
      paymentReference: input.paymentReference,
    };
    if ((report.paymentReference?.length ?? 0) > MAX_REFERENCE)
      throw badInput(`paymentReference must be at most ${MAX_REFERENCE} characters`, 'input.paymentReference');
    return write(context, `reportEsimPayment:${user.scope}`, idempotencyKey, report, {}, async () => {
      await user.call('reportPayment', report);
      return { orderId: report.orderId, outcome: report.outcome };
    });
  }
}

@Resolver(() => EsimPaymentReport)
export class EsimPaymentReportResolver {
  @FieldResolver(() => EsimOrder, { nullable: true, description: "The order's status now." })
  order(@Root() report: EsimPaymentReport, @Ctx() context: GraphContext): Promise<EsimOrder> {
    return readOrder(context, report.orderId);
  }
}

@Resolver(() => Esim)
export class EsimResolver {
  @FieldResolver(() => [EsimPackage], {
    nullable: true,
    description: "The packages that can top this eSIM up; order one with `esimTopUp`. Needs the user's token.",
  })
  topUpPackages(@Root() esim: EsimRecord, @Ctx() context: GraphContext): Promise<PackageSummary[]> {
    return fmsUser(context).call('listTopUpPackages', { orderId: esim.orderId });
  }
}
