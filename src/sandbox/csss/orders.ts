import {
  OrderKind,
  OrderStatus,
  type PaymentMethod,
  type PaymentState,
  type PlanType,
  SimLifecycle,
} from '../../upstream/csss/enums.js';
import { FLOW_UNIT_BYTES } from '../../upstream/csss/units.js';
import { hashString } from '../prng.js';
import { dayIndex, endOfDay } from './calendar.js';
import { CsssFailure } from './failure.js';
import type { SimState } from './fleet.js';
import type { PlanState } from './plans.js';

/**
 * Plan orders and their state machine, driven by the order-status event codes of §7.7:
 *
 * | event | code | from                  | to          |
 * |-------|------|-----------------------|-------------|
 * | created          | 1000 | —                     | NOT_ENABLED |
 * | enabled          | 1005 (1007 for OTA) | NOT_ENABLED | IN_USE |
 * | cancelled        | 1002 | NOT_ENABLED           | CANCELLED   |
 * | ended early      | 1001 | IN_USE, PAUSED        | ENDED       |
 * | paused           | 1003 | IN_USE                | PAUSED      |
 * | restarted        | 1004 | PAUSED                | IN_USE      |
 * | renewed          | 1009 | IN_USE (NOT_ENABLED and PAUSED are extended silently) | same |
 * | ended at expiry  | 1008 | IN_USE, PAUSED        | ENDED       |
 *
 * Anything else is refused with 3001. A SIM has at most one order IN_USE or PAUSED; an order placed with
 * `is_open = 1` while another is in use waits (`queued`) and is enabled the moment that one ends. Enabling an
 * order makes a PRE_ACTIVATION or PRE_DEACTIVATION SIM ACTIVE; a DEACTIVATED SIM's orders cannot be enabled.
 * A paused order still ends at its expiry.
 */
export type OrderEventCode = '1000' | '1001' | '1002' | '1003' | '1004' | '1005' | '1007' | '1008' | '1009';

export interface OrderState {
  id: string;
  iccid: string;
  planCode: string;
  planName: string;
  planType: PlanType;
  kind: OrderKind;
  status: OrderStatus;
  periods: number;
  /** Days one period lasts (the plan's, or the OTA order's `days`). */
  periodDays: number;
  /** High-speed data of the whole order, MB. */
  flowMb: number;
  orderedAt: number;
  startsAt: number | null;
  expiresAt: number | null;
  endedAt: number | null;
  /** The windows the order was in use, [from, to); `to` null while it still is. Usage accrues only inside them. */
  intervals: [number, number | null][];
  paymentState: PaymentState;
  paymentMethod: PaymentMethod | null;
  amount: string;
  hostNumber: boolean;
  testFlowMb: number;
  /** Ordered with `is_open = 1` while another order was in use: enabled when that one ends. */
  queued: boolean;
  /** Mixes into the usage hash so two orders never use data in lockstep. */
  seed: number;
}

export interface NewOrder {
  sim: SimState;
  plan: PlanState;
  kind: OrderKind;
  periods: number;
  periodDays: number;
  enableNow: boolean;
  paymentState: PaymentState;
  paymentMethod: PaymentMethod | null;
  amount: string;
  hostNumber: boolean;
  testFlowMb: number;
}

export type OrderListener = (order: OrderState, event: OrderEventCode, at: number) => void;

/** Orders one SIM keeps; past it the oldest ended or cancelled one is forgotten, so a long run stays bounded. */
export const MAX_ORDERS_PER_SIM = 100;

/** Data one day of the order may use at most: the plan's data of one period spread over its days. */
export function dailyAllowanceBytes(order: OrderState): number {
  return ((order.flowMb - order.testFlowMb) / order.periods / order.periodDays) * FLOW_UNIT_BYTES;
}

export class OrderBook {
  private readonly byId = new Map<string, OrderState>();
  private readonly bySim = new Map<string, OrderState[]>();
  /** Orders IN_USE or PAUSED, the only ones that can expire. */
  private readonly live = new Set<OrderState>();
  private sequence = 0;

  constructor(
    private readonly sims: ReadonlyMap<string, SimState>,
    private readonly idPrefix: string,
    private readonly listener: OrderListener,
  ) {}

  get(id: string): OrderState | undefined {
    return this.byId.get(id);
  }

  require(id: string): OrderState {
    const order = this.byId.get(id);
    if (!order) throw new CsssFailure('2002', id);
    return order;
  }

  /** Every order of the SIM, oldest first. */
  forSim(iccid: string): readonly OrderState[] {
    return this.bySim.get(iccid) ?? [];
  }

  all(): IterableIterator<OrderState> {
    return this.byId.values();
  }

  get size(): number {
    return this.byId.size;
  }

  inUse(iccid: string): OrderState | undefined {
    return this.forSim(iccid).find((order) => order.status === OrderStatus.IN_USE);
  }

  /** The order holding the SIM's one slot (in use or paused). */
  current(iccid: string): OrderState | undefined {
    return this.forSim(iccid).find(
      (order) => order.status === OrderStatus.IN_USE || order.status === OrderStatus.PAUSED,
    );
  }

  nextId(): string {
    this.sequence += 1;
    // ORDER_ + 17 digits, the shape of the §4.2 example; spread so neighbouring ids do not look like a counter.
    return `ORDER_${this.idPrefix}${String((this.sequence * 7_919) % 1_000_000_000_000).padStart(12, '0')}`;
  }

  /** Adds an order as it stands (the generated history): no events. */
  restore(order: OrderState): void {
    this.byId.set(order.id, order);
    const list = this.bySim.get(order.iccid) ?? [];
    list.push(order);
    this.bySim.set(order.iccid, list);
    if (list.length > MAX_ORDERS_PER_SIM) {
      const oldest = list.findIndex(
        (each) => each.status === OrderStatus.ENDED || each.status === OrderStatus.CANCELLED,
      );
      if (oldest >= 0) this.byId.delete(list.splice(oldest, 1)[0].id);
    }
    if (order.status === OrderStatus.IN_USE || order.status === OrderStatus.PAUSED) this.live.add(order);
  }

  create(request: NewOrder, at: number): OrderState {
    const { sim, plan } = request;
    const id = this.nextId();
    const order: OrderState = {
      id,
      iccid: sim.iccid,
      planCode: plan.code,
      planName: plan.name,
      planType: plan.type,
      kind: request.kind,
      status: OrderStatus.NOT_ENABLED,
      periods: request.periods,
      periodDays: request.periodDays,
      flowMb: plan.flowMb * request.periods + request.testFlowMb,
      orderedAt: at,
      startsAt: null,
      expiresAt: null,
      endedAt: null,
      intervals: [],
      paymentState: request.paymentState,
      paymentMethod: request.paymentMethod,
      amount: request.amount,
      hostNumber: request.hostNumber,
      testFlowMb: request.testFlowMb,
      queued: false,
      seed: hashString(id),
    };
    this.restore(order);
    this.listener(order, '1000', at);
    if (request.enableNow) {
      if (this.current(sim.iccid)) order.queued = true;
      else this.start(order, at);
    }
    return order;
  }

  enable(id: string, at: number): OrderState {
    const order = this.require(id);
    if (order.status !== OrderStatus.NOT_ENABLED)
      throw new CsssFailure('3001', `order ${id} is ${order.status}, only a NOT_ENABLED order can be enabled`);
    const sim = this.sims.get(order.iccid)!;
    if (sim.lifecycle === SimLifecycle.DEACTIVATED)
      throw new CsssFailure('3001', `SIM ${sim.iccid} is DEACTIVATED; its orders cannot be enabled`);
    const holder = this.current(order.iccid);
    if (holder)
      throw new CsssFailure(
        '3001',
        `the SIM already has order ${holder.id} ${holder.status}; end it first or let it expire`,
      );
    this.start(order, at);
    return order;
  }

  cancel(id: string, at: number): OrderState {
    const order = this.require(id);
    if (order.status !== OrderStatus.NOT_ENABLED)
      throw new CsssFailure('3001', `order ${id} is ${order.status}, only a NOT_ENABLED order can be cancelled`);
    order.status = OrderStatus.CANCELLED;
    order.queued = false;
    order.endedAt = at;
    this.listener(order, '1002', at);
    return order;
  }

  endEarly(id: string, at: number): OrderState {
    const order = this.require(id);
    if (order.status !== OrderStatus.IN_USE && order.status !== OrderStatus.PAUSED) {
      throw new CsssFailure('3001', `order ${id} is ${order.status}, only an order in use or paused can be ended`);
    }
    this.finish(order, at, '1001');
    return order;
  }

  pause(id: string, at: number): OrderState {
    const order = this.require(id);
    if (order.status !== OrderStatus.IN_USE)
      throw new CsssFailure('3001', `order ${id} is ${order.status}, only an order in use can be paused`);
    order.status = OrderStatus.PAUSED;
    closeInterval(order, at);
    this.listener(order, '1003', at);
    return order;
  }

  restart(id: string, at: number): OrderState {
    const order = this.require(id);
    if (order.status !== OrderStatus.PAUSED)
      throw new CsssFailure('3001', `order ${id} is ${order.status}, only a paused order can be restarted`);
    order.status = OrderStatus.IN_USE;
    order.intervals.push([at, null]);
    this.listener(order, '1004', at);
    return order;
  }

  renew(id: string, periods: number, at: number): OrderState {
    const order = this.require(id);
    if (order.status === OrderStatus.ENDED || order.status === OrderStatus.CANCELLED) {
      throw new CsssFailure('3001', `order ${id} is ${order.status} and cannot be renewed`);
    }
    const perPeriodMb = (order.flowMb - order.testFlowMb) / order.periods;
    order.periods += periods;
    order.flowMb += perPeriodMb * periods;
    if (order.expiresAt !== null) order.expiresAt = endOfDay(dayIndex(order.expiresAt) + periods * order.periodDays);
    // §7.7: 1009 is pushed only when an order in use is renewed.
    if (order.status === OrderStatus.IN_USE) this.listener(order, '1009', at);
    return order;
  }

  /** Ends every order whose expiry has passed (1008) and enables what was queued behind it. */
  expire(now: number): void {
    for (let changed = true; changed;) {
      changed = false;
      for (const order of this.live) {
        if (order.expiresAt !== null && order.expiresAt <= now) {
          this.finish(order, order.expiresAt, '1008');
          changed = true;
        }
      }
    }
  }

  private start(order: OrderState, at: number): void {
    const sim = this.sims.get(order.iccid)!;
    // Enabling a plan ends the test period (PRE_ACTIVATION) or the grace period before retirement (PRE_DEACTIVATION).
    sim.lifecycle = SimLifecycle.ACTIVE;
    sim.activatedAt ??= at;
    order.status = OrderStatus.IN_USE;
    order.queued = false;
    order.startsAt = at;
    order.expiresAt = endOfDay(dayIndex(at) + order.periods * order.periodDays - 1);
    order.intervals.push([at, null]);
    sim.smsUsed = 0;
    this.live.add(order);
    this.listener(order, order.kind === OrderKind.OTA ? '1007' : '1005', at);
  }

  private finish(order: OrderState, at: number, event: '1001' | '1008'): void {
    order.status = OrderStatus.ENDED;
    order.endedAt = at;
    closeInterval(order, at);
    this.live.delete(order);
    this.listener(order, event, at);
    const next = this.forSim(order.iccid).find(
      (candidate) => candidate.queued && candidate.status === OrderStatus.NOT_ENABLED,
    );
    if (next && this.sims.get(order.iccid)!.lifecycle !== SimLifecycle.DEACTIVATED) this.start(next, at + 1_000);
  }
}

function closeInterval(order: OrderState, at: number): void {
  const open = order.intervals.at(-1);
  if (open && open[1] === null) open[1] = Math.max(at, open[0]);
}
