import { randomBytes } from 'node:crypto';
import {
  EsimOrderStatus,
  esimOrderStatusCodes,
  PaymentOutcome,
  paymentOutcomeCodes,
} from '../../upstream/fms/enums.js';
import { formatFmsTime } from '../../upstream/fms/units.js';
import { BoundedMap } from '../bounded-map.js';
import type { Account } from './accounts.js';
import { packages, priceOf, type CataloguePackage } from './catalogue.js';
import { FmsFailure } from './failure.js';
import { lpaString, type Profile, type ProfilePool } from './profiles.js';

/**
 * Pre-orders and their payments. A pre-order reserves a profile and must be paid within the timeout, or it is
 * cancelled and the profile goes back to the pool (§8.1); a paid order's QR code is ready a moment later.
 * A top-up is an order on an eSIM already paid for: it reserves nothing and adds its data once paid.
 */

type OrderState = 'pending' | 'paid' | 'failed' | 'expired';

interface Order {
  id: number;
  orderNo: string;
  owner: Account;
  pkg: CataloguePackage;
  periods: number;
  quantity: number;
  currency: string;
  amount: number;
  orderedAt: number;
  state: OrderState;
  /** The reserved or sold profile; null for top-ups and once released. */
  profile: Profile | null;
  paidAt: number | null;
  /** For a top-up: the eSIM order it adds data to. */
  base: Order | null;
  /** For an eSIM order: data added by paid top-ups. */
  topUpMb: number;
  clientId: string;
}

export interface Purchase {
  pkg: CataloguePackage;
  currency: string;
  currencyId: number;
  periods: number;
  quantity: number;
  money: number;
}

export interface PaymentResult {
  orderId: string;
  type: string;
  payAmount: string;
  payCurrency: string;
  dateTime: string;
}

export interface OrderOptions {
  now: () => number;
  timeoutMs: number;
  /** How long after a successful payment the QR code appears. */
  qrReadyAfterMs: number;
  maxOrders: number;
}

const DAY_MS = 24 * 3600 * 1000;
const PERIOD_UNIT_MS: Readonly<Record<CataloguePackage['periodUnit'], number>> = { '1': DAY_MS, '2': 30 * DAY_MS };
/** Simulated use of a paid eSIM, so used and remaining data move with the clock. */
const USAGE_MB_PER_HOUR = 10;
const HOUR_MS = 3600 * 1000;

export class Orders {
  private readonly orders: BoundedMap<number, Order>;
  private readonly pending = new Set<Order>();
  private nextId = 1_055_200_001;

  constructor(
    private readonly pool: ProfilePool,
    private readonly options: OrderOptions,
  ) {
    // A forgotten pending order can never be paid: expire it so its profile goes back to the pool.
    this.orders = new BoundedMap(options.maxOrders, (order) => {
      if (order.state === 'pending') this.settle(order, 'expired');
    });
  }

  preOrder(owner: Account, purchase: Purchase): Record<string, unknown> {
    if (purchase.pkg.topUp) throw new FmsFailure('4001', `package ${purchase.pkg.id} is a top-up`);
    const amount = checkedAmount(purchase);
    const profile = this.pool.reserve();
    if (!profile) throw new FmsFailure('4002');
    return this.create(owner, purchase, amount, profile, null);
  }

  topUp(owner: Account, esimOrderId: number, purchase: Purchase): Record<string, unknown> {
    const base = this.paidEsim(owner, esimOrderId);
    if (!topUpFits(base, purchase.pkg))
      throw new FmsFailure('4001', `package ${purchase.pkg.id} is not a top-up for order ${esimOrderId}`);
    return this.create(owner, purchase, checkedAmount(purchase), null, base);
  }

  /** The payment webhook (§8.4): reported once, in time, for the amount pre-ordered. */
  reportPayment(owner: Account, report: PaymentResult): void {
    if (!/^\d{1,13}$/.test(report.dateTime)) throw new FmsFailure('1102', 'dateTime must be epoch seconds');
    if (!Object.hasOwn(paymentOutcomeCodes.byCode, report.type)) {
      throw new FmsFailure('2', `type must be one of ${Object.keys(paymentOutcomeCodes.byCode).join(', ')}`);
    }
    const order = this.owned(owner, Number(report.orderId));
    if (order.state === 'expired') throw new FmsFailure('6006');
    if (order.state !== 'pending') throw new FmsFailure('6007', `order ${order.id}`);
    if (paymentOutcomeCodes.decode(report.type) === PaymentOutcome.FAILED) return this.settle(order, 'failed');
    if (report.payCurrency !== order.currency || !sameAmount(Number(report.payAmount), order.amount)) {
      throw new FmsFailure('10009', `order ${order.id} is ${order.amount} ${order.currency}`);
    }
    this.settle(order, 'paid');
  }

  status(owner: Account, orderId: number): Record<string, unknown> {
    const order = this.owned(owner, orderId);
    const ready = this.ready(order);
    // A paid order reads as waiting until its profile is assigned, a moment after the payment.
    const status =
      order.state === 'paid'
        ? ready
          ? EsimOrderStatus.PAID
          : EsimOrderStatus.WAITING_FOR_PAYMENT
        : STATE_STATUS[order.state];
    return {
      orderPayStatus: Number(esimOrderStatusCodes.encode(status)),
      qrCode: ready && order.profile ? lpaString(order.profile) : null,
    };
  }

  esim(owner: Account, orderId: number): Record<string, unknown> {
    const order = this.paidEsim(owner, orderId);
    const profile = order.profile!;
    const paidAt = order.paidAt!;
    const totalMb = order.pkg.flowMb * order.quantity + order.topUpMb;
    const usedMb = Math.min(totalMb, Math.floor((this.options.now() - paidAt) / HOUR_MS) * USAGE_MB_PER_HOUR);
    const expiresAt = paidAt + order.periods * order.pkg.period * PERIOD_UNIT_MS[order.pkg.periodUnit];
    return {
      orderId: order.id,
      iccid: profile.iccid,
      qrCode: lpaString(profile),
      smdpAddress: profile.smdpAddress,
      activationCode: profile.activationCode,
      packageCode: order.pkg.code,
      packageName: order.pkg.name,
      expireTime: formatFmsTime(new Date(expiresAt)),
      packageFlow: totalMb,
      usedFlow: usedMb,
      surplusFlow: totalMb - usedMb,
    };
  }

  topUpPackages(owner: Account, orderId: number): CataloguePackage[] {
    const esim = this.paidEsim(owner, orderId);
    return packages.filter((candidate) => topUpFits(esim, candidate));
  }

  /** Cancels pending orders whose payment came too late, returning their profiles to the pool. */
  sweep(): void {
    const deadline = this.options.now() - this.options.timeoutMs;
    for (const order of this.pending) if (order.orderedAt <= deadline) this.settle(order, 'expired');
  }

  private create(
    owner: Account,
    purchase: Purchase,
    amount: number,
    profile: Profile | null,
    base: Order | null,
  ): Record<string, unknown> {
    const now = this.options.now();
    const id = this.nextId++;
    const orderNo = `ESIM_L${new Date(now).toISOString().slice(0, 10).replaceAll('-', '')}${String(id % 10_000_000).padStart(7, '0')}`;
    const order: Order = {
      id,
      orderNo,
      owner,
      pkg: purchase.pkg,
      periods: purchase.periods,
      quantity: purchase.quantity,
      currency: purchase.currency,
      amount,
      orderedAt: now,
      state: 'pending',
      profile,
      paidAt: null,
      base,
      topUpMb: 0,
      clientId: randomBytes(32).toString('base64url'),
    };
    this.orders.set(id, order);
    this.pending.add(order);
    return {
      amount: order.quantity,
      id,
      orderNo,
      packageName: order.pkg.name,
      orderTime: formatFmsTime(new Date(now)),
      periodNum: order.periods,
      currency: order.currency,
      clientId: order.clientId,
    };
  }

  private settle(order: Order, state: Exclude<OrderState, 'pending'>): void {
    this.pending.delete(order);
    order.state = state;
    if (state === 'paid') {
      order.paidAt = this.options.now();
      if (order.base) order.base.topUpMb += order.pkg.flowMb * order.quantity;
    } else if (order.profile) {
      this.pool.release(order.profile);
      order.profile = null;
    }
  }

  /** The paid eSIM order behind an order id (a top-up's id leads to its eSIM). */
  private paidEsim(owner: Account, orderId: number): Order {
    const found = this.owned(owner, orderId);
    const order = found.base ?? found;
    if (!this.ready(order) || !order.profile) throw new FmsFailure('3005', `order ${orderId} has no eSIM profile yet`);
    return order;
  }

  private owned(owner: Account, orderId: number): Order {
    const order = this.orders.get(orderId);
    // Another user's order is "not found", so order ids cannot be probed.
    if (!order || order.owner !== owner) throw new FmsFailure('10008', `order ${orderId}`);
    return order;
  }

  private ready(order: Order): boolean {
    return order.state === 'paid' && this.options.now() >= order.paidAt! + this.options.qrReadyAfterMs;
  }
}

const STATE_STATUS: Readonly<Record<Exclude<OrderState, 'paid'>, EsimOrderStatus>> = {
  pending: EsimOrderStatus.WAITING_FOR_PAYMENT,
  failed: EsimOrderStatus.PAYMENT_FAILED,
  expired: EsimOrderStatus.CANCELLED,
};

function checkedAmount(purchase: Purchase): number {
  const amount = priceOf(purchase.pkg, purchase.currency, purchase.currencyId, purchase.periods, purchase.quantity);
  if (!sameAmount(purchase.money, amount)) throw new FmsFailure('10009', `the price is ${amount} ${purchase.currency}`);
  return amount;
}

function sameAmount(a: number, b: number): boolean {
  return Number.isFinite(a) && Math.round(a * 100) === Math.round(b * 100);
}

function topUpFits(esim: Order, topUp: CataloguePackage): boolean {
  return topUp.topUp && topUp.countries.some((mcc) => esim.pkg.countries.includes(mcc));
}
