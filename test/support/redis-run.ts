import { createClient } from 'redis';
import type { TestProject } from 'vitest/node';

/**
 * vitest globalSetup: one Redis key prefix for the whole run (`REDIS_KEY_PREFIX` of every test gateway, parent of
 * every `uniquePrefix`), and, when the run ends, every key under it deleted: a test run leaves nothing behind.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    redisKeyPrefix: string;
  }
}

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export default function setup(project: TestProject): () => Promise<void> {
  const prefix = `test:${process.pid}:${Date.now().toString(36)}:`;
  project.provide('redisKeyPrefix', prefix);
  return () => removeKeys(TEST_REDIS_URL, prefix);
}

/** Deletes every key starting with `prefix`; quietly does nothing when no Redis answers (those suites were skipped). */
export async function removeKeys(url: string, prefix: string): Promise<void> {
  const redis = createClient({ url, socket: { connectTimeout: 1_000, reconnectStrategy: false } });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
  } catch {
    return;
  }
  try {
    for await (const keys of redis.scanIterator({ MATCH: `${escapeGlob(prefix)}*`, COUNT: 1000 }))
      if (keys.length > 0) await redis.unlink(keys);
  } finally {
    redis.destroy();
  }
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}
