import type { createClient } from 'redis';
import { decodeEvent, encodeEvent } from '../codec.js';
import type { NewEvent, StoredEvent } from '../event.js';
import type { EventLog } from './log.js';

/**
 * The event log shared by every instance: one Redis stream, trimmed to about `maxEvents` (`MAXLEN ~` trims
 * whole stream nodes, so slightly more may be kept). The stream entry id is the event id. Each entry also
 * records the id before it, so the oldest retained entry tells how far trimming went (Redis does not).
 */
export type RedisClient = ReturnType<typeof createClient>;

export interface RedisEventLogOptions {
  /** Commands here should carry a timeout (`withCommandOptions`): the webhook path waits on them. */
  redis: RedisClient;
  key: string;
  maxEvents: number;
}

export interface StreamEntry {
  id: string;
  message: Record<string, string>;
}

/**
 * KEYS[1] the stream; KEYS[2], when given, a guard: the append happens only while it does not exist, and then
 * sets it (to the new id, for ARGV[3] seconds) in the same atomic step. XADD comes before SET, so if SET ever
 * failed the delivery would be stored but not remembered: a later retry would be a duplicate, never a loss.
 */
const APPEND = `
if KEYS[2] and redis.call('EXISTS', KEYS[2]) == 1 then return false end
local newest = redis.call('XREVRANGE', KEYS[1], '+', '-', 'COUNT', 1)[1]
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'event', ARGV[2], 'previous', newest and newest[1] or '')
if KEYS[2] then redis.call('SET', KEYS[2], id, 'EX', ARGV[3]) end
return id`;

export class RedisEventLog implements EventLog {
  readonly key: string;
  private readonly redis: RedisClient;
  private readonly maxEvents: number;

  constructor(options: RedisEventLogOptions) {
    this.redis = options.redis;
    this.key = options.key;
    this.maxEvents = options.maxEvents;
  }

  async append(event: NewEvent): Promise<StoredEvent> {
    const id = await this.redis.eval(APPEND, { keys: [this.key], arguments: [String(this.maxEvents), encodeEvent(event)] });
    return { id: String(id), ...event };
  }

  /** Appends unless `guardKey` exists, and sets `guardKey` for `ttlSeconds` in the same atomic step; null when it existed. */
  async appendUnlessKeyExists(guardKey: string, ttlSeconds: number, event: NewEvent): Promise<StoredEvent | null> {
    const id = await this.redis.eval(APPEND, {
      keys: [this.key, guardKey],
      arguments: [String(this.maxEvents), encodeEvent(event), String(ttlSeconds)],
    });
    return typeof id === 'string' ? { id, ...event } : null;
  }

  async readAfter(afterId: string | null, limit: number): Promise<StoredEvent[]> {
    const entries = await this.redis.xRange(this.key, afterId === null ? '-' : `(${afterId}`, '+', { COUNT: Math.max(1, limit) });
    return entries.map(storedEventOf);
  }

  async latestId(): Promise<string | null> {
    const [newest] = await this.redis.xRevRange(this.key, '+', '-', { COUNT: 1 });
    return newest?.id ?? null;
  }

  async evictedThrough(): Promise<string | null> {
    const [oldest] = await this.redis.xRange(this.key, '-', '+', { COUNT: 1 });
    return oldest?.message.previous || null;
  }

  /** The Redis client belongs to the pipeline, which closes it. */
  async close(): Promise<void> {}
}

export function storedEventOf(entry: StreamEntry): StoredEvent {
  return decodeEvent(entry.id, entry.message.event);
}
