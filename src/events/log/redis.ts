import type { createClient } from 'redis';
import { decodeEvent, encodeEvent } from '../codec.js';
import type { DeliveryOutcome, Receipt } from '../dedupe.js';
import type { NewEvent, StoredEvent } from '../event.js';
import type { EventLog } from './log.js';

/**
 * The event log shared by every instance: one Redis stream, trimmed on every append to at most `maxEvents`
 * entries and `maxBytes` bytes of encoded events (the newest is always kept). The stream entry id is the event id.
 * Each entry also records the id before it, so the oldest retained entry tells how far trimming went (Redis does
 * not), and the running byte total through it, so the bytes retained are known without a counter that could drift.
 */
export type RedisClient = ReturnType<typeof createClient>;

export interface RedisEventLogOptions {
  /** Commands here should carry a timeout (`withCommandOptions`): the webhook path waits on them. */
  redis: RedisClient;
  key: string;
  maxEvents: number;
  maxBytes: number;
}

export interface StreamEntry {
  id: string;
  message: Record<string, string>;
}

/** Where and how long `appendDeduplicated` remembers a delivery; see Dedupe for what the outcomes mean. */
export interface DeliveryKeys {
  /** Set of the digests stored under this delivery id; null when the push has no id. */
  deliveryKey: string | null;
  /** The first delivery id ('' for none) this digest was stored under; null when the push has no digest. */
  bodyKey: string | null;
  digest: string;
  deliveryId: string;
  ttlSeconds: number;
  replayWindowSeconds: number;
}

/**
 * KEYS[1] the stream, then the delivery key when ARGV[4] is 1, then the body key when ARGV[5] is 1.
 * ARGV: maxEvents, maxBytes, event, hasDelivery, hasBody, digest, deliveryId, ttl, replay window.
 * The check, the XADD, the trimming and the remembering are one atomic step: no crash or outage between them
 * can remember a delivery whose event was not stored.
 */
const APPEND = `
local function field(entry, name)
  local fields = entry[2]
  for i = 1, #fields, 2 do if fields[i] == name then return fields[i + 1] end end
end
local stream = KEYS[1]
local next = 2
local deliveryKey, bodyKey
if ARGV[4] == '1' then deliveryKey = KEYS[next]; next = next + 1 end
if ARGV[5] == '1' then bodyKey = KEYS[next] end
local digest, deliveryId = ARGV[6], ARGV[7]
local reused = false
if deliveryKey then
  local kind = redis.call('TYPE', deliveryKey).ok
  -- A delivery remembered before digests were kept (a plain string) is a repeat.
  if kind == 'string' then return {'duplicate'} end
  if kind == 'set' then
    if redis.call('SISMEMBER', deliveryKey, digest) == 1 then return {'duplicate'} end
    reused = true
  end
end
if bodyKey then
  local first = redis.call('GET', bodyKey)
  if first then
    if first == deliveryId then return {'duplicate'} end
    return {'replay'}
  end
end
local event = ARGV[3]
local newest = redis.call('XREVRANGE', stream, '+', '-', 'COUNT', 1)[1]
local total = #event + (newest and tonumber(field(newest, 'total') or '0') or 0)
local id = redis.call('XADD', stream, '*', 'event', event, 'previous', newest and newest[1] or '', 'total', string.format('%.0f', total))
local excess = redis.call('XLEN', stream) - tonumber(ARGV[1])
local floor = total - tonumber(ARGV[2])
local cursor, keep, trimmed = '-', id, false
while true do
  local entry = redis.call('XRANGE', stream, cursor, '+', 'COUNT', 1)[1]
  if not entry or entry[1] == id then break end
  local start = tonumber(field(entry, 'total') or '0') - #(field(entry, 'event') or '')
  if excess <= 0 and start >= floor then keep = entry[1]; break end
  excess = excess - 1
  trimmed = true
  cursor = '(' .. entry[1]
end
if trimmed then redis.call('XTRIM', stream, 'MINID', keep) end
if deliveryKey then
  redis.call('SADD', deliveryKey, digest)
  redis.call('EXPIRE', deliveryKey, ARGV[8])
end
if bodyKey then redis.call('SET', bodyKey, deliveryId, 'EX', ARGV[9]) end
if reused then return {'stored-reused-id', id} end
return {'stored', id}`;

export class RedisEventLog implements EventLog {
  readonly key: string;
  private readonly redis: RedisClient;
  private readonly maxEvents: number;
  private readonly maxBytes: number;

  constructor(options: RedisEventLogOptions) {
    this.redis = options.redis;
    this.key = options.key;
    this.maxEvents = options.maxEvents;
    this.maxBytes = options.maxBytes;
  }

  async append(event: NewEvent): Promise<StoredEvent> {
    const [, id] = await this.run(event, [this.key], ['0', '0']);
    return { id, ...event };
  }

  /** Appends unless the delivery repeats a remembered one, and remembers it in the same atomic step. */
  async appendDeduplicated(event: NewEvent, keys: DeliveryKeys): Promise<Receipt> {
    const scriptKeys = [
      this.key,
      ...(keys.deliveryKey === null ? [] : [keys.deliveryKey]),
      ...(keys.bodyKey === null ? [] : [keys.bodyKey]),
    ];
    const flags = [keys.deliveryKey === null ? '0' : '1', keys.bodyKey === null ? '0' : '1'];
    const [outcome, id] = await this.run(event, scriptKeys, [
      ...flags,
      keys.digest,
      keys.deliveryId,
      String(keys.ttlSeconds),
      String(keys.replayWindowSeconds),
    ]);
    return { outcome, event: id === undefined ? null : { id, ...event } };
  }

  async readAfter(afterId: string | null, limit: number): Promise<StoredEvent[]> {
    const entries = await this.redis.xRange(this.key, afterId === null ? '-' : `(${afterId}`, '+', {
      COUNT: Math.max(1, limit),
    });
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

  private async run(event: NewEvent, keys: string[], rest: string[]): Promise<[DeliveryOutcome, string]> {
    const argv = [String(this.maxEvents), String(this.maxBytes), encodeEvent(event), ...rest];
    return (await this.redis.eval(APPEND, { keys, arguments: argv })) as [DeliveryOutcome, string];
  }
}

export function storedEventOf(entry: StreamEntry): StoredEvent {
  return decodeEvent(entry.id, entry.message.event);
}
