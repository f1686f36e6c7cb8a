import { setTimeout as sleep } from 'node:timers/promises';
import { percentile } from '../support/stats.js';

/**
 * Matches what subscribers receive to the webhooks that caused it, in one process and on one clock
 * (`performance.now()`), so no clock skew between processes enters the latency.
 * Each subscriber watches its own SIM and the webhooks cycle through the SIMs, so a SIM's events are far apart
 * (subscribers ÷ rate: 1 s at 1,000 subscribers and 1,000/s): its deliveries arrive in the order its webhooks were sent, and the oldest waiting send time is the one
 * a delivery answers. A webhook the server refused (non-200) expects nothing; any other that is still waiting at
 * the end was lost; a delivery with nothing waiting is unexpected (a duplicate, or another SIM's event).
 */
export class Deliveries {
  private readonly waiting = new Map<string, number[]>();
  private outstanding = 0;
  private latencies: number[] = [];
  private unexpected = 0;

  /** A webhook for `iccid` is about to leave, at `at`. */
  sent(iccid: string, at: number): void {
    let queue = this.waiting.get(iccid);
    if (!queue) this.waiting.set(iccid, (queue = []));
    queue.push(at);
    this.outstanding++;
  }

  /** The webhook sent at `at` was refused: nothing will be delivered for it. */
  refused(iccid: string, at: number): void {
    const queue = this.waiting.get(iccid);
    const index = queue?.indexOf(at) ?? -1;
    if (index < 0) return;
    queue!.splice(index, 1);
    this.outstanding--;
  }

  received(iccid: string, at: number): void {
    const sentAt = this.waiting.get(iccid)?.shift();
    if (sentAt === undefined) {
      this.unexpected++;
      return;
    }
    this.outstanding--;
    this.latencies.push(at - sentAt);
  }

  /** Resolves once every sent event was delivered, or after `timeoutMs`. */
  async drained(timeoutMs: number): Promise<void> {
    const deadline = performance.now() + timeoutMs;
    while (this.outstanding > 0 && performance.now() < deadline) await sleep(10);
  }

  /** What this phase saw; the next phase starts from nothing. */
  takePhase(): { delivered: number; lost: number; unexpected: number; p50: number; p99: number; max: number } {
    const { latencies, unexpected, outstanding } = this;
    this.latencies = [];
    this.unexpected = 0;
    this.outstanding = 0;
    this.waiting.clear();
    return {
      delivered: latencies.length,
      lost: outstanding,
      unexpected,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: percentile(latencies, 100),
    };
  }
}
