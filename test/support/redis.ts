import { createConnection } from 'node:net';
import { describe, inject } from 'vitest';
import { TEST_REDIS_URL } from './redis-run.js';

/** The Redis the suites use: `REDIS_URL`, or the local default every machine of this project runs. */
export { TEST_REDIS_URL };

/** The key prefix of this test run (see redis-run.ts): every key a test writes starts with it. */
const RUN_PREFIX = inject('redisKeyPrefix');

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
if (!redisUp)
  console.warn(`\n  ⚠ Redis does not answer at ${TEST_REDIS_URL}: Redis-backed tests are SKIPPED on this machine.\n`);

/** `describe` for suites that need the real Redis: skipped with a visible warning locally, a failure under CI. */
export const describeWithRedis = redisUp ? describe : describe.skip;

let prefixes = 0;
/** A key prefix under the run's that no other suite shares, so parallel suites never see each other's data. */
export function uniquePrefix(name: string): string {
  return `${RUN_PREFIX}${name}:${process.pid}:${(prefixes += 1)}:`;
}
