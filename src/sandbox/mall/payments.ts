import { randomBytes } from 'node:crypto';
import { PaymentStatus, paymentStatusCodes } from '../../upstream/mall/enums.js';
import { BoundedMap } from '../bounded-map.js';
import { MallFailure } from './failure.js';
import type { PlanProduct } from './plans.js';

/**
 * Card payments through the Mall's cashier (Stripe in the docs, §9.13–9.17). An authorization opens a pending
 * payment and hands the buyer's app its client secret; confirming it (or creating the subscription it was for)
 * marks it paid, once.
 */

export interface Checkout {
  iccid: string;
  plan: PlanProduct;
  periods: number;
  amount: number;
  orderNo: string;
}

export interface Payment extends Checkout {
  payId: string;
  subscription: boolean;
  status: PaymentStatus;
}

export class Payments {
  private readonly payments: BoundedMap<string, Payment>;

  constructor(limit: number) {
    this.payments = new BoundedMap(limit);
  }

  authorize(checkout: Checkout, subscription: boolean): Record<string, unknown> {
    const payId = `pi_${randomBytes(12).toString('hex')}`;
    this.payments.set(payId, { ...checkout, payId, subscription, status: PaymentStatus.PENDING });
    return { payId, clientSecret: `${payId}_secret_${randomBytes(16).toString('hex')}` };
  }

  get(payId: string): Payment {
    const payment = this.payments.get(payId);
    if (!payment) throw new MallFailure('E1007', payId);
    return payment;
  }

  /** Marks a pending payment of the expected kind as paid; anything else is E2003. */
  settle(payId: string, subscription: boolean): Payment {
    const payment = this.get(payId);
    if (payment.subscription !== subscription)
      throw new MallFailure('E2003', `${payId} is ${payment.subscription ? 'a subscription' : 'a single payment'}`);
    if (payment.status !== PaymentStatus.PENDING)
      throw new MallFailure('E2003', `${payId} is already ${payment.status.toLowerCase()}`);
    payment.status = PaymentStatus.SUCCEEDED;
    return payment;
  }

  resultWire(payment: Payment): Record<string, unknown> {
    return {
      payId: payment.payId,
      payStatus: paymentStatusCodes.encode(payment.status),
      orderNo: payment.status === PaymentStatus.SUCCEEDED ? payment.orderNo : null,
    };
  }
}
