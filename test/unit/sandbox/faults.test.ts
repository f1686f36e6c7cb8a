import { describe, expect, it } from 'vitest';
import { FaultInjectionError, FaultPlan, LatencyPlan, type FaultTargets } from '../../../src/sandbox/faults.js';

/** A CSSS-only sandbox: four-digit failure codes. */
const known: FaultTargets = {
  knownKey: (pattern) => ['*', 'csss.*', 'csss.getUsage', 'csss.sendSms'].includes(pattern),
  isBusinessCode: (_pattern, code) => /^\d{4}$/.test(code) && code !== '0000',
};

describe('fault plan', () => {
  it('fires a fault on the next `times` matching calls, then forgets it', () => {
    const plan = new FaultPlan();
    plan.add({ endpoint: 'csss.getUsage', kind: 'http-503', times: 2 }, known);
    expect(plan.take('csss.sendSms')).toBeUndefined();
    expect(plan.take('csss.getUsage')?.kind).toBe('http-503');
    expect(plan.pending()).toEqual([{ endpoint: 'csss.getUsage', kind: 'http-503', times: 1 }]);
    expect(plan.take('csss.getUsage')?.kind).toBe('http-503');
    expect(plan.take('csss.getUsage')).toBeUndefined();
    expect(plan.pending()).toEqual([]);
  });

  it('matches family wildcards and *, first added first', () => {
    const plan = new FaultPlan();
    plan.add({ endpoint: 'csss.*', kind: 'business', code: '9999' }, known);
    plan.add({ endpoint: '*', kind: 'timeout' }, known);
    expect(plan.take('csss.sendSms')).toMatchObject({ kind: 'business', code: '9999' });
    expect(plan.take('fms.preOrder')?.kind).toBe('timeout');
    expect(plan.take('csss.getUsage')).toBeUndefined();
  });

  it('refuses malformed faults with a message', () => {
    const plan = new FaultPlan();
    const bad: unknown[] = [
      null,
      { endpoint: 'csss.nope', kind: 'timeout' },
      { endpoint: 'csss.getUsage', kind: 'explode' },
      { endpoint: 'csss.getUsage', kind: 'business' },
      { endpoint: 'csss.getUsage', kind: 'business', code: '99' },
      { endpoint: 'csss.getUsage', kind: 'business', code: 9999 },
      { endpoint: 'csss.getUsage', kind: 'business', code: '0000' },
      { endpoint: 'csss.getUsage', kind: 'timeout', code: '9999' },
      { endpoint: 'csss.getUsage', kind: 'timeout', times: 0 },
      { endpoint: 'csss.getUsage', kind: 'timeout', times: 1.5 },
    ];
    for (const spec of bad) expect(() => plan.add(spec, known)).toThrow(FaultInjectionError);
    plan.clear();
    expect(plan.pending()).toEqual([]);
  });

  it("asks the targets whether the endpoint's family can answer with a business code", () => {
    const asked: [string, string][] = [];
    const targets: FaultTargets = {
      knownKey: () => true,
      isBusinessCode: (pattern, code) => {
        asked.push([pattern, code]);
        return code === 'E9999';
      },
    };
    const plan = new FaultPlan();
    expect(plan.add({ endpoint: 'mall.*', kind: 'business', code: 'E9999' }, targets)).toEqual({
      endpoint: 'mall.*',
      kind: 'business',
      code: 'E9999',
      times: 1,
    });
    expect(() => plan.add({ endpoint: 'mall.*', kind: 'business', code: '9999' }, targets)).toThrow(
      /failure code mall\.\* can answer with/,
    );
    expect(asked).toEqual([
      ['mall.*', 'E9999'],
      ['mall.*', '9999'],
    ]);
  });
});

describe('latency plan', () => {
  it('uses the per-endpoint value over the global one, and 0 removes it', () => {
    const latency = new LatencyPlan();
    latency.set(20);
    latency.set(100, 'csss.getUsage');
    expect(latency.for('csss.getUsage')).toBe(100);
    expect(latency.for('csss.sendSms')).toBe(20);
    latency.set(0, 'csss.getUsage');
    expect(latency.for('csss.getUsage')).toBe(20);
    expect(() => latency.set(-1)).toThrow(FaultInjectionError);
    latency.clear();
    expect(latency.for('csss.sendSms')).toBe(0);
  });
});
