import { SimLifecycle } from '../../upstream/csss/enums.js';
import type { OrderStatusBody, UsageAlertBody } from '../../upstream/notifications/payloads.js';
import type { NotificationSink } from '../notifier.js';
import { Random } from '../prng.js';
import { formatInstant } from './calendar.js';
import { CsssFailure } from './failure.js';
import { generateFleet, type SimState } from './fleet.js';
import { seedHistory } from './history.js';
import { OrderBook, type OrderEventCode, type OrderState } from './orders.js';
import { PLAN_CATALOGUE, type PlanState } from './plans.js';
import { SmsCenter, type SmsOptions } from './sms.js';
import { UsageModel } from './usage.js';

/**
 * Everything the CSSS sandbox knows: the fleet, the plan catalogue, the orders, usage and SMS, and the
 * notifications their changes cause. Handlers read and change it; tests may reach in to look or to arrange.
 */
export interface CsssStateOptions {
  /** Fleet size; 1,000 by default. */
  sims?: number;
  /** Same seed, same fleet and history. */
  seed?: number | string;
  now?: () => number;
  /** `partner_code` in the notifications: the account's access code. */
  partnerCode: string;
  notify: NotificationSink;
  sms?: SmsOptions;
}

const DEFAULT_SEED = 20_220_127;

export class CsssState {
  readonly sims: readonly SimState[];
  readonly plans: readonly PlanState[] = PLAN_CATALOGUE;
  readonly orders: OrderBook;
  readonly usage: UsageModel;
  readonly sms: SmsCenter;
  readonly now: () => number;
  private readonly byIccid: Map<string, SimState>;
  private readonly partnerCode: string;
  private readonly notify: NotificationSink;

  constructor(options: CsssStateOptions) {
    this.now = options.now ?? Date.now;
    this.partnerCode = options.partnerCode;
    this.notify = options.notify;
    const random = new Random(options.seed ?? DEFAULT_SEED);
    this.sims = generateFleet(options.sims ?? 1_000, random);
    this.byIccid = new Map(this.sims.map((sim) => [sim.iccid, sim]));
    const idPrefix = `47${random.digits(3)}`;
    this.orders = new OrderBook(this.byIccid, idPrefix, (order, event, at) => this.orderEvent(order, event, at));
    seedHistory(this.sims, this.plans, this.orders, random, this.now());
    this.usage = new UsageModel(this.orders, this.now);
    this.sms = new SmsCenter(this.partnerCode, idPrefix, this.notify, this.now, options.sms);
  }

  sim(iccid: string): SimState | undefined {
    return this.byIccid.get(iccid);
  }

  requireSim(iccid: string): SimState {
    const sim = this.byIccid.get(iccid);
    if (!sim) throw new CsssFailure('2001', iccid);
    return sim;
  }

  /** The first SIM matching the predicate, for tests and examples. */
  findSim(predicate: (sim: SimState) => boolean): SimState | undefined {
    return this.sims.find(predicate);
  }

  plan(code: string): PlanState | undefined {
    return this.plans.find((plan) => plan.code === code);
  }

  requirePlan(code: string): PlanState {
    const plan = this.plan(code);
    if (!plan) throw new CsssFailure('2003', code);
    return plan;
  }

  /** Applies what the passing of time does: orders past their expiry end (1008). Run before every request. */
  tick(): void {
    this.orders.expire(this.now());
  }

  /** §7.3 push, on demand: one body per 100 devices. `expireTime` is the current or last order's expiry. */
  sendUsageAlert(iccids: readonly string[], warningCode: string): number {
    if (!['1', '2', '3', '4'].includes(warningCode)) throw new RangeError('warningCode must be "1", "2", "3" or "4"');
    const sims = iccids.map((iccid) => {
      const sim = this.sim(iccid);
      if (!sim) throw new RangeError(`unknown ICCID ${iccid}`);
      return sim;
    });
    let pushes = 0;
    for (let i = 0; i < sims.length; i += 100) {
      const devices = sims.slice(i, i + 100).map((sim) => ({
        deviceId: sim.iccid,
        warningCode,
        expireTime: warningCode === '2' || warningCode === '3' ? (formatInstant(this.lastExpiry(sim.iccid)) ?? '') : '',
      }));
      const body: UsageAlertBody = { devices };
      this.notify.send('usage-alert', { ...body });
      pushes += 1;
    }
    return pushes;
  }

  /** SIMs that may be ordered for: every one but the deactivated (3002 otherwise). */
  orderable(sim: SimState): boolean {
    return sim.lifecycle !== SimLifecycle.DEACTIVATED;
  }

  private lastExpiry(iccid: string): number | null {
    const expiries = this.orders
      .forSim(iccid)
      .map((order) => order.expiresAt)
      .filter((at): at is number => at !== null);
    return expiries.length === 0 ? null : Math.max(...expiries);
  }

  private orderEvent(order: OrderState, event: OrderEventCode, at: number): void {
    const body: OrderStatusBody = {
      partner_code: this.partnerCode,
      sim_id: order.iccid,
      imsi: this.byIccid.get(order.iccid)!.imsi,
      order_id: order.id,
      event_code: event,
      event_time: String(at),
    };
    this.notify.send('order-status', { ...body });
  }
}
