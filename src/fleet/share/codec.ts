import type { SimLifecycle } from '../../upstream/csss/enums.js';
import type { FleetSim } from '../sim.js';

/** A SIM as a JSON tuple: about half the bytes of the object form, for snapshots of 100,000 SIMs in Redis. */
type Tuple = [
  string,
  string | null,
  string | null,
  SimLifecycle,
  number | null,
  string | null,
  string | null,
  string | null,
  number | null,
  number | null,
  number | null,
  number,
];

export function encodeSim(sim: FleetSim): Tuple {
  return [
    sim.iccid,
    sim.imsi,
    sim.msisdn,
    sim.lifecycle,
    sim.activatedAt,
    sim.orderId,
    sim.planCode,
    sim.planName,
    sim.expiresAt,
    sim.usedBytes,
    sim.remainingBytes,
    sim.seenAt,
  ];
}

function decodeSim(tuple: Tuple, interned: (text: string | null) => string | null = (text) => text): FleetSim {
  const [
    iccid,
    imsi,
    msisdn,
    lifecycle,
    activatedAt,
    orderId,
    planCode,
    planName,
    expiresAt,
    usedBytes,
    remainingBytes,
    seenAt,
  ] = tuple;
  return {
    iccid,
    imsi,
    msisdn,
    lifecycle,
    activatedAt,
    orderId,
    planCode: interned(planCode),
    planName: interned(planName),
    expiresAt,
    usedBytes,
    remainingBytes,
    seenAt,
  };
}

export function encodeSims(sims: readonly FleetSim[]): string {
  return JSON.stringify(sims.map(encodeSim));
}

export function decodeSims(text: string): FleetSim[] {
  const strings = new Map<string, string>();
  const interned = (value: string | null) => {
    if (value === null) return null;
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  return (JSON.parse(text) as Tuple[]).map((tuple) => decodeSim(tuple, interned));
}
