import type { SimLifecycle } from '../upstream/csss/enums.js';
import type { SimRecord, UsageRecord } from '../upstream/csss/model.js';

/**
 * One SIM of the fleet inventory: what a fleet table shows, flat and small (dates as epoch milliseconds), so
 * 100,000 of them fit in well under 100 MiB and can be copied into Redis as one snapshot.
 */
export interface FleetSim {
  iccid: string;
  imsi: string | null;
  msisdn: string | null;
  lifecycle: SimLifecycle;
  activatedAt: number | null;
  /** The order in use and its plan; null when the SIM has none. */
  orderId: string | null;
  planCode: string | null;
  planName: string | null;
  /** When the order in use ends. */
  expiresAt: number | null;
  /** Current-cycle usage and what is left of it; null when the usage could not be read. */
  usedBytes: number | null;
  remainingBytes: number | null;
  /** When these facts were read from Linksfield: the newer of two readings of a SIM wins. */
  seenAt: number;
}

/** The SIM's share of its plan used in this cycle (used ÷ (used + left)); null without a plan or usage. */
export function usedShare(sim: FleetSim): number | null {
  if (sim.usedBytes === null || sim.remainingBytes === null || sim.orderId === null) return null;
  const allowance = sim.usedBytes + sim.remainingBytes;
  return allowance === 0 ? (sim.usedBytes > 0 ? 1 : 0) : sim.usedBytes / allowance;
}

/** A SIM record and its usage (null: none in use, or not read), as an inventory entry. */
export function fleetSim(
  record: SimRecord,
  usage: UsageRecord | null,
  seenAt: number,
  interned: (text: string | null) => string | null = (text) => text,
): FleetSim {
  const withOrder = record.activeOrderId !== null;
  return {
    iccid: record.iccid,
    imsi: record.imsi,
    msisdn: record.msisdn,
    lifecycle: record.lifecycle,
    activatedAt: record.activatedAt?.getTime() ?? null,
    orderId: record.activeOrderId,
    planCode: interned(record.activePlanCode),
    planName: interned(record.activePlanName),
    expiresAt: record.activeOrderExpiresAt?.getTime() ?? null,
    // A SIM with no order in use uses nothing this cycle.
    usedBytes: withOrder ? (usage?.usedBytes ?? null) : 0,
    remainingBytes: withOrder ? (usage?.remainingHighSpeedBytes ?? null) : 0,
    seenAt,
  };
}

/** A SIM record read on its own (through a loader): its usage stays as the inventory knows it, unless the order changed. */
export function withRecord(current: FleetSim | undefined, record: SimRecord, seenAt: number): FleetSim {
  const next = fleetSim(record, null, seenAt);
  if (current !== undefined && next.orderId !== null && current.orderId === next.orderId) {
    next.usedBytes = current.usedBytes;
    next.remainingBytes = current.remainingBytes;
  }
  return next;
}

/** Same SIM facts (the reading time aside): nothing to change or share. Field by field, as V8 reads them fastest. */
export function sameFacts(current: FleetSim | undefined, next: FleetSim): boolean {
  return (
    current !== undefined &&
    current.iccid === next.iccid &&
    current.imsi === next.imsi &&
    current.msisdn === next.msisdn &&
    current.lifecycle === next.lifecycle &&
    current.activatedAt === next.activatedAt &&
    current.orderId === next.orderId &&
    current.planCode === next.planCode &&
    current.planName === next.planName &&
    current.expiresAt === next.expiresAt &&
    current.usedBytes === next.usedBytes &&
    current.remainingBytes === next.remainingBytes
  );
}

/** A usage reading of a SIM the inventory knows, for the order it names; `current` itself when nothing moved. */
export function withUsage(current: FleetSim, usage: UsageRecord, seenAt: number): FleetSim | null {
  if (usage.orderId !== current.orderId) return null;
  if (usage.usedBytes === current.usedBytes && usage.remainingHighSpeedBytes === current.remainingBytes) return current;
  return { ...current, usedBytes: usage.usedBytes, remainingBytes: usage.remainingHighSpeedBytes, seenAt };
}
