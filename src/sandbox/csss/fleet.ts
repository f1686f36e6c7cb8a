import { SimLifecycle } from '../../upstream/csss/enums.js';
import { Random } from '../prng.js';

/**
 * The SIM cards of the sandbox's one enterprise account, generated from a seed: the same seed and size always give
 * the same ICCIDs, IMSIs, MSISDNs, lifecycle states and MNO-side allowances. Dates are set later by the order
 * history (`history.ts`), relative to the day the sandbox starts.
 */
export interface SimState {
  iccid: string;
  imsi: string;
  msisdn: string;
  lifecycle: SimLifecycle;
  /** Supports OTA IMSI download, so OTA plans may be ordered for it. */
  ota: boolean;
  /** First activation (the first order enabled); null while in the pre-activation period. */
  activatedAt: number | null;
  /** MNO-side SMS (MO) allowance of the in-use order, and how much of it is spent. */
  smsQuota: number;
  smsUsed: number;
  /** MNO-side voice allowance, seconds. */
  voiceSeconds: number;
  /** A resource the operator does not report for this IMSI (§6.2: "only certain resources are supported"). */
  unreported: 'sms-out' | 'call-out' | null;
  /** The operator attaches a remark (a `msg`) beside the data figure it does report for this SIM. */
  dataRemark: boolean;
}

/** Luhn check digit, as real ICCIDs carry. */
function luhn(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

function lifecycleFor(index: number, random: Random): SimLifecycle {
  // The first SIM is always active (with an order in use, see history.ts): examples can rely on it.
  if (index === 0) return SimLifecycle.ACTIVE;
  const roll = random.next();
  if (roll < 0.8) return SimLifecycle.ACTIVE;
  if (roll < 0.88) return SimLifecycle.PRE_ACTIVATION;
  if (roll < 0.94) return SimLifecycle.PRE_DEACTIVATION;
  return SimLifecycle.DEACTIVATED;
}

export function generateFleet(count: number, random: Random): SimState[] {
  // ICCID: 8985 (telecom, +852) 20 + issuer + 11-digit serial + Luhn digit = 20 digits.
  const issuer = random.digits(2);
  const serialStart = random.int(0, 9_000_000_000);
  const imsiStart = random.int(0, 8_000_000_000);
  const msisdnStart = random.int(0, 8_000_000);
  const sims: SimState[] = [];
  for (let index = 0; index < count; index++) {
    const body = `898520${issuer}${String(serialStart + index).padStart(11, '0')}`;
    const unreportedRoll = random.next();
    sims.push({
      iccid: body + luhn(body),
      imsi: `45407${String(imsiStart + index).padStart(10, '0')}`,
      msisdn: `8526${String(msisdnStart + index).padStart(7, '0')}`,
      lifecycle: lifecycleFor(index, random),
      ota: random.chance(0.2),
      activatedAt: null,
      smsQuota: random.pick([50, 100, 200]),
      smsUsed: 0,
      voiceSeconds: random.pick([0, 600, 3600]),
      unreported: unreportedRoll < 0.1 ? 'call-out' : unreportedRoll < 0.15 ? 'sms-out' : null,
      // The same roll, so adding remarks did not change any other SIM of a seeded fleet.
      dataRemark: unreportedRoll >= 0.15 && unreportedRoll < 0.2,
    });
  }
  return sims;
}
