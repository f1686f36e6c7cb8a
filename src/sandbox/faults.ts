/**
 * Injected faults and latency, keyed like the call counts: `family.endpoint` (`csss.getUsage`), `family.*` for every
 * endpoint of a family, or `*` for all. A fault fires on the next `times` matching calls, then is gone.
 */
const FAULT_KINDS = ['business', 'http-500', 'http-503', 'timeout', 'malformed', 'wrong-shape'] as const;
type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  endpoint: string;
  kind: FaultKind;
  /** For `business`: the failure code the family's envelope carries (CSSS `9999`, FMS `7`, Mall `E9999`). */
  code?: string;
  /** How many calls it affects; 1 by default. */
  times?: number;
}

interface ActiveFault {
  endpoint: string;
  kind: FaultKind;
  code: string | undefined;
  remaining: number;
}

export class FaultInjectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FaultInjectionError';
  }
}

/** Largest `times` one fault may have, so a typo cannot wedge an endpoint for ever. */
const MAX_TIMES = 1_000_000;
/** Bound on how many faults may wait at once. */
const MAX_FAULTS = 1_000;

function matches(pattern: string, key: string): boolean {
  if (pattern === '*' || pattern === key) return true;
  return pattern.endsWith('.*') && key.startsWith(pattern.slice(0, -1));
}

/** What the server knows of the families it hosts, to check a fault before it is added. */
export interface FaultTargets {
  /** Whether an endpoint key or pattern names something served. */
  knownKey(pattern: string): boolean;
  /** Whether every family the (known) pattern reaches can carry this failure code in its envelope. */
  isBusinessCode(pattern: string, code: string): boolean;
}

export class FaultPlan {
  private faults: ActiveFault[] = [];

  /** Validates and adds a fault against the families `targets` describes. */
  add(spec: unknown, targets: FaultTargets): FaultSpec {
    if (spec === null || typeof spec !== 'object' || Array.isArray(spec))
      throw new FaultInjectionError('a fault is an object {endpoint, kind, code?, times?}');
    const { endpoint, kind, code, times } = spec as Record<string, unknown>;
    if (typeof endpoint !== 'string' || !targets.knownKey(endpoint)) {
      throw new FaultInjectionError(
        `endpoint must name a served endpoint as family.endpoint, family.* or * (got ${JSON.stringify(endpoint)})`,
      );
    }
    if (typeof kind !== 'string' || !(FAULT_KINDS as readonly string[]).includes(kind)) {
      throw new FaultInjectionError(`kind must be one of ${FAULT_KINDS.join(', ')}`);
    }
    if (kind === 'business' && (typeof code !== 'string' || !targets.isBusinessCode(endpoint, code))) {
      throw new FaultInjectionError(
        `a business fault needs a failure code ${endpoint} can answer with, e.g. CSSS "9999", FMS "7", Mall "E9999" (got ${JSON.stringify(code)})`,
      );
    }
    if (kind !== 'business' && code !== undefined)
      throw new FaultInjectionError('code applies to business faults only');
    const count = times ?? 1;
    if (!Number.isInteger(count) || (count as number) < 1 || (count as number) > MAX_TIMES) {
      throw new FaultInjectionError(`times must be a whole number from 1 to ${MAX_TIMES}`);
    }
    if (this.faults.length >= MAX_FAULTS)
      throw new FaultInjectionError(`at most ${MAX_FAULTS} faults may wait at once`);
    const fault: ActiveFault = {
      endpoint,
      kind: kind as FaultKind,
      code: code as string | undefined,
      remaining: count as number,
    };
    this.faults.push(fault);
    return this.describe(fault);
  }

  /** The fault the call with this key runs into, counted down; undefined when there is none. */
  take(key: string): FaultSpec | undefined {
    const index = this.faults.findIndex((fault) => matches(fault.endpoint, key));
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.remaining -= 1;
    if (fault.remaining === 0) this.faults.splice(index, 1);
    return { endpoint: fault.endpoint, kind: fault.kind, code: fault.code, times: 1 };
  }

  pending(): FaultSpec[] {
    return this.faults.map((fault) => this.describe(fault));
  }

  clear(): void {
    this.faults = [];
  }

  private describe(fault: ActiveFault): FaultSpec {
    return {
      endpoint: fault.endpoint,
      kind: fault.kind,
      ...(fault.code ? { code: fault.code } : {}),
      times: fault.remaining,
    };
  }
}

/** Added delay: one global value, and per-endpoint values that replace it for their endpoint. */
export class LatencyPlan {
  private global = 0;
  private readonly perEndpoint = new Map<string, number>();

  set(ms: number, endpoint?: string): void {
    if (!Number.isFinite(ms) || ms < 0 || ms > 600_000)
      throw new FaultInjectionError('ms must be a number from 0 to 600000');
    if (endpoint === undefined) this.global = ms;
    else if (ms === 0) this.perEndpoint.delete(endpoint);
    else this.perEndpoint.set(endpoint, ms);
  }

  for(key: string): number {
    return this.perEndpoint.get(key) ?? this.global;
  }

  clear(): void {
    this.global = 0;
    this.perEndpoint.clear();
  }
}
