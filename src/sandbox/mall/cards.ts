import { formatMallDate } from '../../upstream/mall/dates.js';
import { MallOrderStatus, mallOrderStatusCodes, PaymentStatus, paymentStatusCodes } from '../../upstream/mall/enums.js';
import { MallFailure } from './failure.js';
import { findPlan, planDays, planMs, type PlanProduct } from './plans.js';

/**
 * The partner's cards (ICCIDs) and their plan orders. A card uses one order at a time: a new order starts at once
 * when the card has none in use, otherwise it waits and starts when the one before it ends.
 */

export interface CardOrder {
  /** The Mall's own transaction id (`order_id`). */
  orderId: string;
  /** The partner's order number (`orderNo`, `purchase_order_id`). */
  purchaseOrderId: string;
  iccid: string;
  plan: PlanProduct;
  periods: number;
  amount: number;
  currency: string;
  payId: string;
  createdAt: number;
  startedAt: number | null;
}

export type NewOrder = Pick<
  CardOrder,
  'purchaseOrderId' | 'iccid' | 'plan' | 'periods' | 'amount' | 'currency' | 'payId'
>;

export type OrderLookup = { purchaseOrderId: string } | { orderId: string } | { iccid: string };

const SEED_CARDS = [
  '89852420180910340793',
  '89860220190905123941',
  '89852121501108205774',
  '89430101521032420180',
  '89860012018111220455',
  ...Array.from({ length: 6 }, (_, index) => `8985202400000000010${index + 1}`),
];

const DAY_MS = 24 * 3600 * 1000;

export class Cards {
  private readonly orders = new Map<string, CardOrder[]>(SEED_CARDS.map((iccid) => [iccid, []]));
  private nextOrder = 1;

  constructor(
    private readonly now: () => number,
    /** Orders kept per card; the oldest finished ones go first. */
    private readonly maxOrdersPerCard: number,
  ) {
    const start = now();
    const sg = findPlan('PACKAGE20180428000010');
    this.seed(
      {
        purchaseOrderId: 'SEED-0001',
        iccid: '89860220190905123941',
        plan: findPlan('PACKAGE20180428000007'),
        periods: 1,
        amount: 4.99,
        currency: 'USD',
        payId: 'SEED-PAY-0001',
      },
      start - 10 * DAY_MS,
    );
    this.seed(
      {
        purchaseOrderId: 'SEED-0002',
        iccid: '89860220190905123941',
        plan: findPlan('PACKAGE20180428000011'),
        periods: 1,
        amount: 5.5,
        currency: 'USD',
        payId: 'SEED-PAY-0002',
      },
      start - DAY_MS,
    );
    for (const [index, periods] of [1, 1, 2].entries()) {
      const purchaseOrderId = `SEED-00${index + 3}`;
      this.seed(
        {
          purchaseOrderId,
          iccid: '89852121501108205774',
          plan: sg,
          periods,
          amount: sg.price * periods,
          currency: sg.currency,
          payId: `SEED-PAY-00${index + 3}`,
        },
        start - (3 - index) * DAY_MS,
      );
    }
  }

  /** The card's orders; a card the partner does not have is E1001. */
  card(iccid: string): CardOrder[] {
    const orders = this.orders.get(iccid);
    if (!orders) throw new MallFailure('E1001', iccid);
    this.advance(orders);
    return orders;
  }

  isCard(iccid: string): boolean {
    return this.orders.has(iccid);
  }

  place(order: NewOrder): CardOrder {
    const orders = this.card(order.iccid);
    if (orders.length >= this.maxOrdersPerCard) {
      const finished = orders.findIndex((entry) => this.status(entry) === MallOrderStatus.EXPIRED);
      if (finished < 0)
        throw new MallFailure('E9999', `card ${order.iccid} holds ${orders.length} orders, none finished`);
      orders.splice(finished, 1);
    }
    const placed: CardOrder = {
      ...order,
      orderId: `MO${String(this.nextOrder++).padStart(10, '0')}`,
      createdAt: this.now(),
      startedAt: null,
    };
    orders.push(placed);
    this.advance(orders);
    return placed;
  }

  /** Orders in use and not yet enabled, as `/singleQueryOrder` lists them (§9.10). */
  orderListWire(iccid: string): Record<string, unknown>[] {
    return this.card(iccid)
      .filter((order) => this.status(order) !== MallOrderStatus.EXPIRED)
      .map((order) => {
        const status = this.status(order);
        const inUse = status === MallOrderStatus.IN_USE;
        return {
          orderStatus: mallOrderStatusCodes.encode(status),
          servicePlanShowName: order.plan.name,
          time: String(order.plan.time * order.periods),
          unit: order.plan.unit,
          ...(inUse ? { expireDate: expiryDay(order) } : {}),
          remainingDays: String(
            inUse ? Math.ceil((endOf(order) - this.now()) / DAY_MS) : planDays(order.plan, order.periods),
          ),
        };
      });
  }

  /** `/mall/order`: purchase_order_id, then order_id, then sim_id (§9.24); the most recent match wins. */
  find(lookup: OrderLookup): CardOrder {
    const all = [...this.orders.keys()].flatMap((iccid) => this.card(iccid));
    const matches =
      'purchaseOrderId' in lookup
        ? all.filter((order) => order.purchaseOrderId === lookup.purchaseOrderId)
        : 'orderId' in lookup
          ? all.filter((order) => order.orderId === lookup.orderId)
          : this.card(lookup.iccid);
    const found = matches.at(-1);
    if (!found) throw new MallFailure('E1003', Object.values(lookup)[0]);
    return found;
  }

  detailWire(order: CardOrder): Record<string, unknown> {
    return {
      order_id: order.orderId,
      purchase_order_id: order.purchaseOrderId,
      sim_id: order.iccid,
      package_code: order.plan.packageCode,
      package_name: order.plan.name,
      order_status: mallOrderStatusCodes.encode(this.status(order)),
      pay_status: paymentStatusCodes.encode(PaymentStatus.SUCCEEDED),
      pay_amount: order.amount.toFixed(2),
      pay_currency: order.currency,
      create_time: formatMallDate(new Date(order.createdAt)),
      expire_date: order.startedAt === null ? null : expiryDay(order),
    };
  }

  private seed(order: NewOrder, createdAt: number): void {
    const orders = this.orders.get(order.iccid)!;
    orders.push({ ...order, orderId: `MO${String(this.nextOrder++).padStart(10, '0')}`, createdAt, startedAt: null });
    this.advance(orders, createdAt);
  }

  private status(order: CardOrder): MallOrderStatus {
    if (order.startedAt === null) return MallOrderStatus.NOT_ENABLED;
    return endOf(order) > this.now() ? MallOrderStatus.IN_USE : MallOrderStatus.EXPIRED;
  }

  /** Starts waiting orders, each when the card became free, until one is in use or none waits. */
  private advance(orders: CardOrder[], at = this.now()): void {
    let freeFrom = Math.max(0, ...orders.filter((order) => order.startedAt !== null).map(endOf));
    for (const order of orders) {
      if (order.startedAt !== null) continue;
      if (freeFrom > at) return;
      order.startedAt = Math.max(freeFrom, order.createdAt);
      freeFrom = endOf(order);
    }
  }
}

function endOf(order: CardOrder): number {
  return order.startedAt! + planMs(order.plan, order.periods);
}

function expiryDay(order: CardOrder): string {
  return formatMallDate(new Date(endOf(order))).slice(0, 10);
}
