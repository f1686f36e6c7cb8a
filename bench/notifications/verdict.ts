import type { MemorySample } from '../support/memory.js';
import type { PhaseResult } from './protocol.js';

/** Issue 11's goals for notifications. */
export const TARGET_P99_MS = 50;
export const TARGET_BYTES_PER_SUBSCRIBER = 8 * 1024;

/**
 * The latency goal holds only when every webhook was acknowledged and delivered: a run that lost events or left
 * webhooks unanswered has no meaningful p99 (none at all when nothing arrived), so it is never "met".
 */
export function latencyVerdict(phase: PhaseResult): 'met' | 'missed' {
  const complete = phase.sent > 0 && phase.acked === phase.sent && phase.unanswered === 0 && phase.lost === 0;
  return complete && phase.latencyP99 < TARGET_P99_MS ? 'met' : 'missed';
}

/** Judged on the larger of the two: RSS keeps pages the collector freed, the heap misses native memory. */
export function memoryVerdict(perSubscriber: MemorySample): 'met' | 'missed' {
  return Math.max(perSubscriber.rss, perSubscriber.heap) <= TARGET_BYTES_PER_SUBSCRIBER ? 'met' : 'missed';
}
