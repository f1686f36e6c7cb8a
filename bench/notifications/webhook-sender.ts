import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';
import { SANDBOX_CREDENTIALS } from '../../src/config.js';
import {
  NOTIFICATION_DELIVERY_HEADER,
  NOTIFICATION_SIGNATURE_HEADER,
  type SmsUplinkBody,
} from '../../src/upstream/notifications/payloads.js';
import { signNotification } from '../../src/upstream/notifications/sign.js';
import { percentile } from '../support/stats.js';
import type { Deliveries } from './deliveries.js';

/**
 * Plays Linksfield: signed SMS-uplink webhooks, each with a unique `x-lf-delivery`, for the subscribers' SIMs
 * in turn. Two ways to send: paced (open loop at a fixed rate, catching up when the timer is late) and a
 * closed-loop burst (a fixed number in flight, as fast as the server acknowledges) for the highest rate.
 */
export interface SendResult {
  sent: number;
  acked: number;
  /** No answer within the request timeout. */
  unanswered: number;
  ingestRate: number;
  ackP50: number;
  ackP99: number;
}

/** Past this many unanswered webhooks the server is not keeping up: stop adding more. */
const MAX_IN_FLIGHT = 256;
export const WEBHOOK_TIMEOUT_MS = 10_000;

export class WebhookSender {
  private readonly pool: Pool;
  private readonly path: string;
  /** Delivery ids must never repeat across senders, or the gateway would rightly drop the event as a retry. */
  private readonly runId = randomUUID();
  private sequence = 0;
  private acks: number[] = [];
  private acked = 0;
  private unanswered = 0;
  private sent = 0;

  constructor(
    webhookUrl: string,
    private readonly notifySecret: string,
    private readonly iccids: readonly string[],
    private readonly deliveries: Deliveries,
  ) {
    const url = new URL(webhookUrl);
    this.path = url.pathname;
    this.pool = new Pool(url.origin, { connections: 64, pipelining: 1 });
  }

  /** `ratePerSecond` for `seconds`: a fixed count, sent on schedule; bounded at three times the planned time. */
  async paced(ratePerSecond: number, seconds: number): Promise<SendResult> {
    const total = Math.round(ratePerSecond * seconds);
    const started = performance.now();
    const deadline = started + seconds * 3_000;
    const inFlight = new Set<Promise<void>>();
    while (this.sent < total && performance.now() < deadline) {
      const due = Math.min(total, Math.ceil(((performance.now() - started) * ratePerSecond) / 1000));
      while (this.sent < due && inFlight.size < MAX_IN_FLIGHT) {
        const request = this.postOne().finally(() => inFlight.delete(request));
        inFlight.add(request);
      }
      await sleep(1);
    }
    await Promise.all(inFlight);
    return this.takeResult(started);
  }

  /** `concurrency` webhooks in flight for `seconds`, each sent as soon as the previous one is answered. */
  async burst(concurrency: number, seconds: number): Promise<SendResult> {
    const started = performance.now();
    const end = started + seconds * 1000;
    const worker = async () => {
      while (performance.now() < end) await this.postOne();
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return this.takeResult(started);
  }

  close(): Promise<void> {
    return this.pool.close();
  }

  private async postOne(): Promise<void> {
    const sequence = this.sequence++;
    const iccid = this.iccids[sequence % this.iccids.length];
    const body: SmsUplinkBody = {
      partner_code: SANDBOX_CREDENTIALS.accessCode,
      sim_id: iccid,
      imsi: '454070000000000',
      text_message: `bench event ${sequence}`,
      received_at: String(Date.now()),
    };
    const headers = {
      'content-type': 'application/json',
      [NOTIFICATION_SIGNATURE_HEADER]: signNotification({ ...body }, this.notifySecret),
      [NOTIFICATION_DELIVERY_HEADER]: `bench-${this.runId}-${sequence}`,
    };
    this.sent++;
    const sentAt = performance.now();
    this.deliveries.sent(iccid, sentAt);
    let status: number;
    try {
      const response = await this.pool.request({
        method: 'POST',
        path: this.path,
        headers,
        body: JSON.stringify(body),
        headersTimeout: WEBHOOK_TIMEOUT_MS,
        bodyTimeout: WEBHOOK_TIMEOUT_MS,
      });
      await response.body.dump();
      status = response.statusCode;
    } catch {
      // No answer in time: the server may still store and deliver it, so its delivery stays expected.
      this.unanswered++;
      return;
    }
    if (status === 200) {
      this.acked++;
      this.acks.push(performance.now() - sentAt);
    } else {
      this.deliveries.refused(iccid, sentAt);
    }
  }

  private takeResult(started: number): SendResult {
    const seconds = (performance.now() - started) / 1000;
    const result = {
      sent: this.sent,
      acked: this.acked,
      unanswered: this.unanswered,
      ingestRate: this.acked / seconds,
      ackP50: percentile(this.acks, 50),
      ackP99: percentile(this.acks, 99),
    };
    this.sent = 0;
    this.acked = 0;
    this.unanswered = 0;
    this.acks = [];
    return result;
  }
}
