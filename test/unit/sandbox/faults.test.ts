import { describe, expect, it } from 'vitest';
import { FaultInjectionError, FaultPlan, LatencyPlan } from '../../../src/sandbox/faults.js';

const known = (pattern: string) => ['*', 'csss.*', 'csss.getUsage', 'csss.sendSms'].includes(pattern);

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
      { endpoint: 'csss.getUsage', kind: 'timeout', code: '9999' },
      { endpoint: 'csss.getUsage', kind: 'timeout', times: 0 },
      { endpoint: 'csss.getUsage', kind: 'timeout', times: 1.5 },
    ];
    for (const spec of bad) expect(() => plan.add(spec, known)).toThrow(FaultInjectionError);
    plan.clear();
    expect(plan.pending()).toEqual([]);
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
