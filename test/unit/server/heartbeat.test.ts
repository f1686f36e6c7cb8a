import { describe, expect, it } from 'vitest';
import { Heartbeat, HEARTBEAT_TICKS, type PingedSocket } from '../../../src/server/heartbeat.js';

class FakeSocket implements PingedSocket {
  readonly OPEN = 1;
  readyState = 1;
  pings = 0;
  terminated = false;
  ping(): void {
    this.pings += 1;
  }
  terminate(): void {
    this.terminated = true;
  }
}

const KEEPALIVE_MS = 12_000;

function sockets(count: number): Set<FakeSocket> {
  return new Set(Array.from({ length: count }, () => new FakeSocket()));
}

/** Runs `ticks` ticks from `from` and returns the pings of each tick. */
function run(heartbeat: Heartbeat<FakeSocket>, all: Set<FakeSocket>, from: number, ticks: number): number[] {
  const pingsOf = () => [...all].reduce((sum, socket) => sum + socket.pings, 0);
  const perTick: number[] = [];
  for (let tick = 0; tick < ticks; tick += 1) {
    const before = pingsOf();
    heartbeat.tick(from + tick * heartbeat.tickMs);
    perTick.push(pingsOf() - before);
  }
  return perTick;
}

describe('Heartbeat', () => {
  it('pings every socket once per interval, a share of them per tick rather than all at once', () => {
    const all = sockets(1_000);
    const heartbeat = new Heartbeat(all, KEEPALIVE_MS);
    const perTick = run(heartbeat, all, 0, HEARTBEAT_TICKS);
    expect(Math.max(...perTick)).toBe(Math.ceil(1_000 / HEARTBEAT_TICKS));
    expect([...all].every((socket) => socket.pings === 1)).toBe(true);
  });

  it('pings a few sockets no more often than once per interval', () => {
    const all = sockets(3);
    const heartbeat = new Heartbeat(all, KEEPALIVE_MS);
    for (const socket of all) heartbeat.forget(socket);
    // Each answers at once: the next ping is due a whole interval after the first.
    const answering = (from: number, ticks: number) => {
      for (let tick = 0; tick < ticks; tick += 1) {
        heartbeat.tick(from + tick * heartbeat.tickMs);
        for (const socket of all) heartbeat.forget(socket);
      }
    };
    answering(0, HEARTBEAT_TICKS);
    expect([...all].map((socket) => socket.pings)).toEqual([1, 1, 1]);
    answering(KEEPALIVE_MS, HEARTBEAT_TICKS);
    expect([...all].map((socket) => socket.pings)).toEqual([2, 2, 2]);
  });

  it('terminates a socket that has not answered within an interval, and keeps one that answered', () => {
    const all = sockets(2);
    const [silent, answering] = all;
    const heartbeat = new Heartbeat(all, KEEPALIVE_MS);
    run(heartbeat, all, 0, HEARTBEAT_TICKS);
    heartbeat.forget(answering);
    run(heartbeat, all, KEEPALIVE_MS, HEARTBEAT_TICKS);
    expect(silent.terminated).toBe(true);
    expect(answering.terminated).toBe(false);
    expect(answering.pings).toBe(2);
  });

  it('visits sockets that join during a round, and skips those that left', () => {
    const all = sockets(200);
    const heartbeat = new Heartbeat(all, KEEPALIVE_MS);
    run(heartbeat, all, 0, HEARTBEAT_TICKS / 2);
    const [gone] = all;
    all.delete(gone);
    const late = new FakeSocket();
    all.add(late);
    run(heartbeat, all, (HEARTBEAT_TICKS / 2) * heartbeat.tickMs, HEARTBEAT_TICKS / 2 + 2);
    expect(late.pings).toBe(1);
    expect([...all].every((socket) => socket.pings === 1)).toBe(true);
  });
});
