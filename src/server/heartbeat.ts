/** What the heartbeat needs of a socket (a `ws` WebSocket). */
export interface PingedSocket {
  readonly readyState: number;
  readonly OPEN: number;
  ping(): void;
  terminate(): void;
}

/** Ticks per keep-alive interval: 10,000 sockets are 100 pings a tick, each tick a few milliseconds at most. */
export const HEARTBEAT_TICKS = 100;

/**
 * Pings each socket once per keep-alive interval and terminates one that has not answered the previous ping within
 * an interval. A round over the sockets starts once per interval; each tick takes the next 1/`HEARTBEAT_TICKS` of
 * them where the last tick stopped, so a tick costs its share and never a walk over every socket, and pings never
 * leave in bursts that hold up deliveries.
 */
export class Heartbeat<S extends PingedSocket> {
  /** Sockets pinged and not answered yet, with when they were pinged. */
  private readonly unanswered = new Map<S, number>();
  /** Where the current round is; a Set's iterator sees sockets added since and skips those removed. */
  private round: Iterator<S> | null = null;
  private nextRoundAt = -Infinity;

  constructor(
    private readonly sockets: ReadonlySet<S>,
    private readonly keepAliveMs: number,
  ) {}

  /** How often `tick` should run. */
  get tickMs(): number {
    return this.keepAliveMs / HEARTBEAT_TICKS;
  }

  /** The socket answered its ping, or closed. */
  forget(socket: S): void {
    this.unanswered.delete(socket);
  }

  tick(now: number): void {
    if (this.round === null) {
      if (now < this.nextRoundAt) return;
      this.round = this.sockets.values();
      this.nextRoundAt = now + this.keepAliveMs;
    }
    for (let left = Math.ceil(this.sockets.size / HEARTBEAT_TICKS); left > 0; left -= 1) {
      const next = this.round.next();
      if (next.done) {
        this.round = null;
        return;
      }
      this.visit(next.value, now);
    }
  }

  private visit(socket: S, now: number): void {
    if (socket.readyState !== socket.OPEN) return;
    const pingedAt = this.unanswered.get(socket);
    if (pingedAt === undefined) {
      this.unanswered.set(socket, now);
      socket.ping();
    } else if (now - pingedAt >= this.keepAliveMs) socket.terminate();
  }
}
