import { GraphQLError } from 'graphql';

/**
 * Shared pollers for subscriptions that follow an upstream value with no push of its own. One poller per key,
 * however many subscribers watch it; it reads once at once (so a bad key fails the subscribe itself), then every
 * `intervalMs`, strictly one read at a time. Subscribers get each reading that differs from the one before,
 * and the latest at once when they join. A poller stops when its last subscriber leaves, when a reading is
 * final (pushed, then every subscription completes) or when a read fails (every subscription gets the error).
 */
export interface PollerRegistryOptions<T> {
  intervalMs: number;
  /** Pollers alive at once; one more subscribe on a new key is refused with LIMIT_EXCEEDED. */
  maxPollers: number;
  subscribersPerPoller: number;
  same(previous: T, next: T): boolean;
  final(value: T): boolean;
}

/** Readings one slow subscriber may have waiting; past it the oldest go (a later reading supersedes them). */
const MAX_PENDING = 16;

function limitExceeded(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'LIMIT_EXCEEDED' } });
}

export class PollerRegistry<T> {
  private readonly pollers = new Map<string, Poller<T>>();

  constructor(private readonly options: PollerRegistryOptions<T>) {}

  /** Pollers running now. */
  get size(): number {
    return this.pollers.size;
  }

  /** Stops every poller and completes its subscriptions (the gateway is closing). */
  close(): void {
    for (const poller of this.pollers.values()) poller.close();
    this.pollers.clear();
  }

  /**
   * Joins (or starts) the key's poller; resolves after its first reading, or rejects with that read's error.
   * Pollers are per `owner` (the caller's namespace): two clients watching the same key never share one.
   */
  async watch(owner: string, watched: string, read: () => Promise<T>): Promise<AsyncIterableIterator<T>> {
    const key = `${owner}\u0000${watched}`;
    let poller = this.pollers.get(key);
    if (!poller) {
      if (this.pollers.size >= this.options.maxPollers)
        throw limitExceeded(`this gateway already follows ${this.options.maxPollers} upstream values; try again later`);
      const started: Poller<T> = new Poller(read, this.options, () => {
        if (this.pollers.get(key) === started) this.pollers.delete(key);
      });
      this.pollers.set(key, started);
      poller = started;
    }
    const stream = poller.join();
    await poller.first;
    return stream;
  }
}

class Poller<T> {
  readonly first: Promise<void>;
  private readonly streams = new Set<Stream<T>>();
  private last: { value: T } | null = null;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly options: PollerRegistryOptions<T>,
    private readonly onStop: () => void,
  ) {
    this.first = this.poll();
  }

  join(): Stream<T> {
    if (this.streams.size >= this.options.subscribersPerPoller)
      throw limitExceeded(`at most ${this.options.subscribersPerPoller} subscriptions may follow one value`);
    const stream: Stream<T> = new Stream(() => this.leave(stream));
    this.streams.add(stream);
    if (this.last) stream.push(this.last.value);
    return stream;
  }

  private leave(stream: Stream<T>): void {
    this.streams.delete(stream);
    if (this.streams.size === 0) this.stop();
  }

  private async poll(): Promise<void> {
    let value: T;
    try {
      value = await this.read();
    } catch (error) {
      if (!this.stopped) this.streams.forEach((stream) => stream.fail(error));
      this.stop();
      throw error;
    }
    if (this.stopped) return;
    if (!this.last || !this.options.same(this.last.value, value)) {
      this.last = { value };
      this.streams.forEach((stream) => stream.push(value));
    }
    if (this.options.final(value)) {
      this.streams.forEach((stream) => stream.end());
      this.stop();
      return;
    }
    // Later failures reach the subscribers through their streams; nobody awaits this promise.
    this.timer = setTimeout(() => this.poll().catch(() => undefined), this.options.intervalMs);
    this.timer.unref();
  }

  close(): void {
    this.streams.forEach((stream) => stream.end());
    this.stop();
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    this.onStop();
  }
}

/** One subscriber's readings. `return()` (the client unsubscribed or disconnected) ends a pending `next()` at once. */
class Stream<T> implements AsyncIterableIterator<T> {
  private readonly pending: T[] = [];
  private ended = false;
  private closed = false;
  private failure: { error: unknown } | null = null;
  private wake: (() => void) | null = null;

  constructor(private readonly leave: () => void) {}

  push(value: T): void {
    if (this.ended || this.closed) return;
    if (this.pending.length >= MAX_PENDING) this.pending.shift();
    this.pending.push(value);
    this.signal();
  }

  end(): void {
    this.ended = true;
    this.signal();
  }

  fail(error: unknown): void {
    this.failure ??= { error };
    this.end();
  }

  async next(): Promise<IteratorResult<T>> {
    for (;;) {
      if (this.closed) return { value: undefined, done: true };
      if (this.pending.length > 0) return { value: this.pending.shift()!, done: false };
      if (this.failure) {
        this.closed = true;
        throw this.failure.error;
      }
      if (this.ended) return this.return();
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  async return(): Promise<IteratorResult<T>> {
    this.closed = true;
    this.pending.length = 0;
    this.signal();
    this.leave();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<T>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}
