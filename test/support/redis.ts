import { createConnection } from 'node:net';
import { describe } from 'vitest';

/** The Redis the suites use: `REDIS_URL`, or the local default every machine of this project runs. */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

const redisUp = await reachable(TEST_REDIS_URL);
if (!redisUp && process.env.CI) {
  throw new Error(`Redis does not answer at ${TEST_REDIS_URL}; CI must run the Redis suites (.ci/run starts it).`);
}
if (!redisUp) console.warn(`\n  ⚠ Redis does not answer at ${TEST_REDIS_URL}: Redis-backed tests are SKIPPED on this machine.\n`);

/** `describe` for suites that need the real Redis: skipped with a visible warning locally, a failure under CI. */
export const describeWithRedis = redisUp ? describe : describe.skip;

/** A key prefix no other run shares, so parallel suites never see each other's data. */
export function uniquePrefix(name: string): string {
  return `test:${name}:${process.pid}:${Date.now().toString(36)}:`;
}
