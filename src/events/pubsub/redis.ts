import type { Logger } from 'pino';
import { setTimeout as sleep } from 'node:timers/promises';
import { storedEventOf, type RedisClient, type RedisEventLog, type StreamEntry } from '../log/redis.js';
import { createMemoryPubSub } from './memory.js';
import type { EventPubSub } from './pubsub.js';

/**
 * Live events across instances: each instance tails the shared stream with `XREAD BLOCK` from the last id it
 * saw, so an event stored by any instance reaches the subscribers of all of them, in id order, and a dropped
 * connection resumes where it stopped instead of losing what was published meanwhile (plain Redis pub/sub would).
 */
export interface RedisPubSubOptions {
  log: RedisEventLog;
  /** A connection for this tail alone (XREAD BLOCK holds it); its command timeout must exceed `blockMs`. Closed here. */
  reader: RedisClient;
  logger: Pick<Logger, 'warn'>;
  blockMs?: number;
  /** Wait after a failed read before the next one. */
  retryMs?: number;
}

const ENTRIES_PER_READ = 100;

/** XREAD's answer in RESP2, the client's default protocol: null when the block timed out. */
type XReadReply = { name: string; messages: StreamEntry[] }[] | null;

export function createRedisPubSub(options: RedisPubSubOptions): EventPubSub {
  const { log, reader, logger, blockMs = 5_000, retryMs = 1_000 } = options;
  const local = createMemoryPubSub();
  const stopping = new AbortController();
  let started!: () => void;
  const ready = new Promise<void>((resolve) => (started = resolve));

  const tail = async () => {
    let lastId: string | null = null;
    while (!stopping.signal.aborted) {
      try {
        if (lastId === null) {
          lastId = (await log.latestId()) ?? '0-0';
          started();
        }
        const streams = (await reader.xRead(
          { key: log.key, id: lastId },
          { BLOCK: blockMs, COUNT: ENTRIES_PER_READ },
        )) as XReadReply;
        for (const entry of streams?.[0]?.messages ?? []) {
          lastId = entry.id;
          local.publish(storedEventOf(entry));
        }
      } catch (error) {
        if (stopping.signal.aborted) return;
        logger.warn({ err: error }, 'reading the event stream failed; retrying');
        await sleep(retryMs, undefined, { signal: stopping.signal }).catch(() => undefined);
      }
    }
  };
  const tailing = tail();

  return {
    ready,
    subscribe: local.subscribe,
    async close() {
      stopping.abort();
      started();
      reader.destroy();
      await tailing;
      await local.close();
    },
  };
}
