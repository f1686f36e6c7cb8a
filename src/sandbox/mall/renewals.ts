import { formatMallDate } from '../../upstream/mall/dates.js';
import { RenewalStatus, renewalStatusCodes } from '../../upstream/mall/enums.js';
import { BoundedMap } from '../bounded-map.js';
import { MallFailure } from './failure.js';
import { planMs, type PlanProduct } from './plans.js';

/** Auto-renewals: one card renews a plan each time the current order ends, until the renewal is cancelled. */

interface Renewal {
  id: string;
  iccid: string;
  plan: PlanProduct;
  periods: number;
  amount: number;
  status: RenewalStatus;
  nextAt: number;
}

export class Renewals {
  private readonly renewals: BoundedMap<string, Renewal>;
  private nextId = 1;

  constructor(
    private readonly now: () => number,
    limit: number,
  ) {
    this.renewals = new BoundedMap(limit);
  }

  /** Starts renewing; a card has one active renewal at a time, so an earlier one is cancelled. */
  start(iccid: string, plan: PlanProduct, periods: number, amount: number): Record<string, unknown> {
    const current = this.activeOf(iccid);
    if (current) current.status = RenewalStatus.CANCELLED;
    const renewal: Renewal = {
      id: `AR${String(this.nextId++).padStart(8, '0')}`,
      iccid,
      plan,
      periods,
      amount,
      status: RenewalStatus.ACTIVE,
      nextAt: this.now() + planMs(plan, periods),
    };
    this.renewals.set(renewal.id, renewal);
    return wire(renewal);
  }

  list(iccid: string): Record<string, unknown>[] {
    return [...this.renewals.values()].filter((renewal) => renewal.iccid === iccid).map(wire);
  }

  active(iccid: string): Record<string, unknown> | null {
    const renewal = this.activeOf(iccid);
    return renewal ? wire(renewal) : null;
  }

  cancel(iccid: string, id: string): Record<string, unknown> {
    const renewal = this.renewals.get(id);
    if (!renewal || renewal.iccid !== iccid) throw new MallFailure('E1006', id);
    renewal.status = RenewalStatus.CANCELLED;
    return wire(renewal);
  }

  private activeOf(iccid: string): Renewal | undefined {
    return [...this.renewals.values()].find(
      (renewal) => renewal.iccid === iccid && renewal.status === RenewalStatus.ACTIVE,
    );
  }
}

function wire(renewal: Renewal): Record<string, unknown> {
  return {
    renewalId: renewal.id,
    deviceCode: renewal.iccid,
    packageCode: renewal.plan.packageCode,
    servicePlanShowName: renewal.plan.name,
    status: renewalStatusCodes.encode(renewal.status),
    payAmount: renewal.amount.toFixed(2),
    payCurrency: renewal.plan.currency,
    nextRenewalDate:
      renewal.status === RenewalStatus.ACTIVE ? formatMallDate(new Date(renewal.nextAt)).slice(0, 10) : null,
  };
}
