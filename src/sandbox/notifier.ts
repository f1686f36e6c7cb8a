import { Agent, request } from 'undici';
import {
  NOTIFICATION_DELIVERY_HEADER,
  NOTIFICATION_SIGNATURE_HEADER,
  type NotificationKind,
} from '../upstream/notifications/payloads.js';
import { signNotification } from '../upstream/notifications/sign.js';
import { Snowflake } from './snowflake.js';

/**
 * Pushes notifications to the gateway the way Linksfield does (§7.1): `POST <notifyUrl>/<kind>`, JSON body,
 * `x-lf-md5` signed with the notification secret, a unique snowflake `x-lf-delivery`. A failed delivery (network
 * error, timeout or non-2xx) is retried with the SAME delivery id; Linksfield waits 6 hours between tries, the
 * sandbox waits `initialDelayMs`, doubling. Each target URL has its own queue, sent one delivery at a time in order.
 */
export interface NotificationSink {
  /** Queues a push now, or after `delayMs` (e.g. the SMS delivery report that follows a send). */
  send(kind: NotificationKind, body: Record<string, unknown>, delayMs?: number): void;
}

export interface NotifierOptions {
  secret: string;
  /** Base URL of the webhook routes; the kind is appended as `/<kind>`. null: nothing is sent. */
  url?: string | null;
  /** First wait before a retry, doubled after each failure (capped at `maxDelayMs`). */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** Tries per delivery, the first included; then it is given up and counted as failed. */
  maxAttempts?: number;
  /** Deadline for one POST. */
  timeoutMs?: number;
  /** Bound on deliveries waiting across all queues; past it new ones are dropped and counted. */
  maxQueue?: number;
  /** Kinds sent without `x-lf-md5`, as the order-status page says Linksfield may still do (§7.7, §13.13). */
  unsignedKinds?: readonly NotificationKind[];
  /** A secret the unsigned kinds are posted under (`/<kind>/<token>`): the receiver's second factor for them. */
  unsignedUrlToken?: string | null;
  now?: () => number;
}

export interface DeliveryRecord {
  id: string;
  kind: NotificationKind;
  url: string;
  attempts: number;
  outcome: 'delivered' | 'failed';
  /** HTTP status of the last try, or the network error's name. */
  last: string;
}

export interface NotifierStats {
  /** Deliveries acknowledged with a 2xx. */
  delivered: number;
  /** Deliveries given up after `maxAttempts`. */
  failed: number;
  /** Tries that were repeats of an earlier failed try. */
  retries: number;
  /** Pushes not queued: no notify URL set, or the queue was full. */
  dropped: number;
  /** Waiting, in flight or scheduled for later. */
  pending: number;
}

interface Delivery {
  id: string;
  kind: NotificationKind;
  url: string;
  body: string;
  headers: Record<string, string>;
  attempts: number;
}

/** How many finished deliveries `history()` keeps. */
const HISTORY_LIMIT = 200;

export class Notifier implements NotificationSink {
  private baseUrl: string | null;
  private readonly ids: Snowflake;
  private readonly agent = new Agent({ keepAliveTimeout: 1_000, connections: 4 });
  private readonly queues = new Map<string, Delivery[]>();
  private readonly active = new Set<string>();
  private readonly scheduled = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private readonly retryWaits = new Map<NodeJS.Timeout, () => void>();
  private readonly finished: DeliveryRecord[] = [];
  private readonly counts = { delivered: 0, failed: 0, retries: 0, dropped: 0 };
  private waiters: (() => void)[] = [];
  private queued = 0;
  private closed = false;

  constructor(private readonly options: NotifierOptions) {
    this.baseUrl = normaliseBase(options.url ?? null);
    this.ids = new Snowflake(7, options.now);
  }

  get url(): string | null {
    return this.baseUrl;
  }

  setUrl(url: string | null): void {
    this.baseUrl = normaliseBase(url);
  }

  send(kind: NotificationKind, body: Record<string, unknown>, delayMs = 0): void {
    if (this.closed) return;
    if (delayMs <= 0) {
      this.enqueue(kind, body);
      return;
    }
    const timer = setTimeout(() => {
      this.scheduled.delete(timer);
      this.enqueue(kind, body);
      this.settle();
    }, delayMs);
    this.scheduled.add(timer);
  }

  stats(): NotifierStats {
    return { ...this.counts, pending: this.queued + this.scheduled.size };
  }

  /** The last finished deliveries, oldest first. */
  history(): readonly DeliveryRecord[] {
    return this.finished;
  }

  /** Resolves once nothing is queued, in flight or scheduled. */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Drops everything pending and aborts what is in flight; idle() waiters are released. */
  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.scheduled) clearTimeout(timer);
    this.scheduled.clear();
    for (const controller of this.inFlight) controller.abort();
    for (const [timer, resolve] of this.retryWaits) {
      clearTimeout(timer);
      resolve();
    }
    this.retryWaits.clear();
    this.queues.clear();
    this.queued = 0;
    this.settle(true);
    await this.agent.destroy();
  }

  private enqueue(kind: NotificationKind, body: Record<string, unknown>): void {
    const maxQueue = this.options.maxQueue ?? 10_000;
    if (this.baseUrl === null || this.queued >= maxQueue) {
      this.counts.dropped += 1;
      return;
    }
    const id = this.ids.next();
    const headers: Record<string, string> = { 'content-type': 'application/json', [NOTIFICATION_DELIVERY_HEADER]: id };
    const unsigned = this.options.unsignedKinds?.includes(kind) ?? false;
    if (!unsigned) headers[NOTIFICATION_SIGNATURE_HEADER] = signNotification(body, this.options.secret);
    const token = unsigned ? this.options.unsignedUrlToken : null;
    const delivery: Delivery = {
      id,
      kind,
      url: token ? `${this.baseUrl}/${kind}/${token}` : `${this.baseUrl}/${kind}`,
      body: JSON.stringify(body),
      headers,
      attempts: 0,
    };
    const queue = this.queues.get(delivery.url) ?? [];
    queue.push(delivery);
    this.queues.set(delivery.url, queue);
    this.queued += 1;
    if (!this.active.has(delivery.url)) void this.drain(delivery.url);
  }

  /** Sends one URL's queue head first, retrying the head until it succeeds or runs out of tries. */
  private async drain(url: string): Promise<void> {
    this.active.add(url);
    try {
      for (let queue = this.queues.get(url); queue && queue.length > 0 && !this.closed; queue = this.queues.get(url)) {
        const delivery = queue[0];
        const last = await this.attempt(delivery);
        if (this.closed) return;
        if (last === 'ok' || delivery.attempts >= (this.options.maxAttempts ?? 6)) {
          queue.shift();
          this.queued -= 1;
          this.record(delivery, last);
          continue;
        }
        this.counts.retries += 1;
        await this.wait(this.backoff(delivery.attempts));
      }
    } finally {
      this.active.delete(url);
      if (this.queues.get(url)?.length === 0) this.queues.delete(url);
      this.settle();
    }
  }

  private async attempt(delivery: Delivery): Promise<string> {
    delivery.attempts += 1;
    const controller = new AbortController();
    this.inFlight.add(controller);
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs ?? 2_000);
    try {
      const response = await request(delivery.url, {
        method: 'POST',
        headers: delivery.headers,
        body: delivery.body,
        signal: controller.signal,
        dispatcher: this.agent,
      });
      await response.body.dump();
      return response.statusCode >= 200 && response.statusCode < 300 ? 'ok' : `HTTP ${response.statusCode}`;
    } catch (error) {
      return (error as { code?: string }).code ?? (error as Error).name ?? 'network error';
    } finally {
      clearTimeout(timer);
      this.inFlight.delete(controller);
    }
  }

  private record(delivery: Delivery, last: string): void {
    const outcome = last === 'ok' ? 'delivered' : 'failed';
    this.counts[outcome] += 1;
    this.finished.push({
      id: delivery.id,
      kind: delivery.kind,
      url: delivery.url,
      attempts: delivery.attempts,
      outcome,
      last: last === 'ok' ? 'HTTP 2xx' : last,
    });
    if (this.finished.length > HISTORY_LIMIT) this.finished.shift();
  }

  private backoff(attempts: number): number {
    return Math.min((this.options.initialDelayMs ?? 50) * 2 ** (attempts - 1), this.options.maxDelayMs ?? 2_000);
  }

  /** A pause between tries; close() cuts it short. */
  private wait(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.retryWaits.delete(timer);
        resolve();
      }, ms);
      this.retryWaits.set(timer, resolve);
    });
  }

  private isIdle(): boolean {
    return this.queued === 0 && this.scheduled.size === 0 && this.active.size === 0;
  }

  private settle(force = false): void {
    if (!force && !this.isIdle()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

function normaliseBase(url: string | null): string | null {
  if (url === null) return null;
  const parsed = new URL(url);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new RangeError('the notify URL must be http(s)');
  return url.replace(/\/+$/, '');
}
