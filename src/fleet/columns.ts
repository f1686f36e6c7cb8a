import { SimLifecycle } from '../upstream/csss/enums.js';
import { usedShare, type FleetSim } from './sim.js';

const LIFECYCLES = Object.values(SimLifecycle);
/** Up to 15 digits are an exact integer in a double (below 2^53): IMSIs, and MSISDNs (E.164). */
const DIGITS = /^\d{1,15}$/;

/** A number as text of digits: its value and how many digits it has (leading zeros count). */
export interface DigitText {
  value: number;
  digits: number;
}

/** The value and length of a digit string; null for anything else (a letter, a `+`, more than 15 digits). */
export function digitText(text: string): DigitText | null {
  return DIGITS.test(text) ? { value: Number(text), digits: text.length } : null;
}

/**
 * The values filters compare, one typed array per field, indexed by inventory slot: a filter over 100,000 SIMs
 * reads a few contiguous arrays instead of 100,000 scattered objects (about 20× faster). Unknown numbers are NaN,
 * so every comparison with them is false, as with null in the SIM.
 */
export class FleetColumns {
  lifecycle = new Uint8Array(0);
  /** 1 when the SIM has an order in use. */
  withOrder = new Uint8Array(0);
  /** The plan of the order in use as a number (`planNumber`); 0 without a plan. */
  plan = new Int32Array(0);
  usedBytes = new Float64Array(0);
  usedShare = new Float64Array(0);
  expiresAt = new Float64Array(0);
  /** IMSI and MSISDN as numbers and digit counts (`digitText`); NaN when absent or not plain digits. */
  imsi = new Float64Array(0);
  imsiDigits = new Uint8Array(0);
  msisdn = new Float64Array(0);
  msisdnDigits = new Uint8Array(0);
  private readonly plans = new Map<string, number>();

  /**
   * Writes the SIM's values at its slot, growing the arrays (by doubling) when the slot is past their end. With the
   * `previous` reading of that slot, numbers it shares with it are not parsed again (a usage reading changes none).
   */
  set(slot: number, sim: FleetSim, previous?: FleetSim): void {
    if (slot >= this.lifecycle.length) this.grow(Math.max(16, slot + 1, this.lifecycle.length * 2));
    this.lifecycle[slot] = LIFECYCLES.indexOf(sim.lifecycle);
    this.withOrder[slot] = sim.orderId === null ? 0 : 1;
    this.plan[slot] = sim.planCode === null ? 0 : this.planNumber(sim.planCode, true);
    this.usedBytes[slot] = sim.usedBytes ?? Number.NaN;
    this.usedShare[slot] = usedShare(sim) ?? Number.NaN;
    this.expiresAt[slot] = sim.expiresAt ?? Number.NaN;
    if (previous === undefined || previous.imsi !== sim.imsi) {
      const imsi = sim.imsi === null ? null : digitText(sim.imsi);
      this.imsi[slot] = imsi?.value ?? Number.NaN;
      this.imsiDigits[slot] = imsi?.digits ?? 0;
    }
    if (previous === undefined || previous.msisdn !== sim.msisdn) {
      const msisdn = sim.msisdn === null ? null : digitText(sim.msisdn);
      this.msisdn[slot] = msisdn?.value ?? Number.NaN;
      this.msisdnDigits[slot] = msisdn?.digits ?? 0;
    }
  }

  /** The number of a lifecycle in `lifecycle`. */
  lifecycleNumber(lifecycle: SimLifecycle): number {
    return LIFECYCLES.indexOf(lifecycle);
  }

  /** The number of a plan code in `plan`; -1 for a code no SIM has (unless `add`). */
  planNumber(planCode: string, add = false): number {
    let number = this.plans.get(planCode);
    if (number === undefined && add) this.plans.set(planCode, (number = this.plans.size + 1));
    return number ?? -1;
  }

  /** How many plan numbers there are (a mask over them has this many entries plus one). */
  get planCount(): number {
    return this.plans.size;
  }

  private grow(length: number): void {
    this.lifecycle = grown(this.lifecycle, new Uint8Array(length));
    this.withOrder = grown(this.withOrder, new Uint8Array(length));
    this.plan = grown(this.plan, new Int32Array(length));
    this.usedBytes = grown(this.usedBytes, new Float64Array(length));
    this.usedShare = grown(this.usedShare, new Float64Array(length));
    this.expiresAt = grown(this.expiresAt, new Float64Array(length));
    this.imsi = grown(this.imsi, new Float64Array(length));
    this.imsiDigits = grown(this.imsiDigits, new Uint8Array(length));
    this.msisdn = grown(this.msisdn, new Float64Array(length));
    this.msisdnDigits = grown(this.msisdnDigits, new Uint8Array(length));
  }
}

/** `next` (longer) holding `array`'s values first. */
function grown<T extends Uint8Array | Int32Array | Float64Array>(array: T, next: T): T {
  next.set(array);
  return next;
}
