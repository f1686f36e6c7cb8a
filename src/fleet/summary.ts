import { SimLifecycle } from '../upstream/csss/enums.js';
import type { Inventory } from './inventory.js';
import { usedShare, type FleetSim } from './sim.js';

const DAY_MS = 24 * 3600 * 1000;

interface PlanCount {
  planCode: string;
  planName: string | null;
  simCount: number;
}

export interface FleetSummary {
  simCount: number;
  byLifecycle: { lifecycle: SimLifecycle; simCount: number }[];
  /** SIMs per plan of their order in use, most used plans first. */
  byPlan: PlanCount[];
  withoutPlan: number;
  usedBytes: number;
  remainingBytes: number;
  /** SIMs whose usage could not be read; left out of the byte totals. */
  usageUnknown: number;
  above80Percent: number;
  above100Percent: number;
  endingWithin7Days: number;
}

/** Fleet totals over the SIMs passing the test, in one pass. */
export function summarize(inventory: Inventory, test: (sim: FleetSim) => boolean, now: number): FleetSummary {
  const lifecycles: Record<string, number> = Object.fromEntries(
    Object.values(SimLifecycle).map((lifecycle) => [lifecycle, 0]),
  );
  const plans = new Map<string, PlanCount>();
  const summary: FleetSummary = {
    simCount: 0,
    byLifecycle: [],
    byPlan: [],
    withoutPlan: 0,
    usedBytes: 0,
    remainingBytes: 0,
    usageUnknown: 0,
    above80Percent: 0,
    above100Percent: 0,
    endingWithin7Days: 0,
  };
  const weekAhead = now + 7 * DAY_MS;
  for (const sim of inventory.all()) {
    if (!test(sim)) continue;
    summary.simCount++;
    lifecycles[sim.lifecycle]++;
    if (sim.planCode === null) summary.withoutPlan++;
    else {
      const plan = plans.get(sim.planCode);
      if (plan) plan.simCount++;
      else plans.set(sim.planCode, { planCode: sim.planCode, planName: sim.planName, simCount: 1 });
    }
    if (sim.usedBytes === null || sim.remainingBytes === null) summary.usageUnknown++;
    else {
      summary.usedBytes += sim.usedBytes;
      summary.remainingBytes += sim.remainingBytes;
    }
    const share = usedShare(sim);
    if (share !== null && share >= 0.8) summary.above80Percent++;
    if (share !== null && share >= 1) summary.above100Percent++;
    if (sim.expiresAt !== null && sim.expiresAt >= now && sim.expiresAt <= weekAhead) summary.endingWithin7Days++;
  }
  summary.byLifecycle = Object.values(SimLifecycle).map((lifecycle) => ({
    lifecycle,
    simCount: lifecycles[lifecycle],
  }));
  summary.byPlan = [...plans.values()].sort((a, b) => b.simCount - a.simCount || (a.planCode < b.planCode ? -1 : 1));
  return summary;
}
