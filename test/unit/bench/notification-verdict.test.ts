import { describe, expect, it } from 'vitest';
import { latencyVerdict, memoryVerdict } from '../../../bench/notifications/verdict.js';
import type { PhaseResult } from '../../../bench/notifications/protocol.js';

const healthy: PhaseResult = {
  sent: 10_000,
  acked: 10_000,
  unanswered: 0,
  ingestRate: 1_000,
  ackP50: 1,
  ackP99: 5,
  delivered: 10_000,
  lost: 0,
  unexpected: 0,
  latencyP50: 1,
  latencyP99: 12,
  latencyMax: 30,
};

describe('the notifications bench verdict', () => {
  it('meets the latency goal only when every webhook was acknowledged and delivered under 50 ms at p99', () => {
    expect(latencyVerdict(healthy)).toBe('met');
    expect(latencyVerdict({ ...healthy, latencyP99: 50 })).toBe('missed');
  });

  it('never says "met" for a run whose webhooks were unanswered or lost, even with no latency at all', () => {
    // The run that printed "met": nothing acknowledged, nothing delivered, so no p99 (NaN).
    const starved = { ...healthy, acked: 0, unanswered: 10_000, delivered: 0, lost: 10_000, latencyP99: NaN };
    expect(latencyVerdict(starved)).toBe('missed');
    expect(latencyVerdict({ ...healthy, lost: 1 })).toBe('missed');
    expect(latencyVerdict({ ...healthy, unanswered: 1, acked: 9_999 })).toBe('missed');
    expect(latencyVerdict({ ...healthy, sent: 0, acked: 0, delivered: 0 })).toBe('missed');
  });

  it('judges idle memory against 8 KiB on the larger of RSS and heap', () => {
    expect(memoryVerdict({ rss: 8 * 1024, heap: 6 * 1024 })).toBe('met');
    expect(memoryVerdict({ rss: 7 * 1024, heap: 8 * 1024 + 1 })).toBe('missed');
  });
});
