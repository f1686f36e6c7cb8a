import { randomUUID } from 'node:crypto';
import type { RedisClient } from '../../events/log/redis.js';
import type { FleetSim } from '../sim.js';
import { decodeSims, encodeSim, encodeSims } from './codec.js';
import type { FleetShare, Lease, ShareListener, Snapshot } from './share.js';

export interface RedisShareOptions {
  /** Commands, with a timeout: while Redis is away they fail by it rather than wait. */
  redis: RedisClient;
  /** A connection of its own for the subscription (the caller connects and closes both). */
  subscriber: RedisClient;
  keyPrefix: string;
  /** How long a lease lasts unless renewed; renewed every third of it while the refresh runs. */
  leaseMs: number;
  onError(error: unknown): void;
}

/** Commits only for the lease holder, and only a newer fence than the stored snapshot's; prunes changes older than it. */
const COMMIT = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
local stored = tonumber(redis.call('HGET', KEYS[2], 'fence') or '0')
if stored >= tonumber(ARGV[2]) then return 0 end
redis.call('SET', KEYS[3], ARGV[4])
redis.call('HSET', KEYS[2], 'fence', ARGV[2], 'indexedAt', ARGV[3])
local changes = redis.call('HGETALL', KEYS[4])
for i = 1, #changes, 2 do
  local at = tonumber(string.match(changes[i + 1], '^(%d+):'))
  if at == nil or at < tonumber(ARGV[3]) then redis.call('HDEL', KEYS[4], changes[i]) end
end
redis.call('PUBLISH', KEYS[5], 'S' .. ARGV[2])
return 1`;

/** Extends or deletes the lease only while it is still this holder's. */
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0`;

/**
 * The fleet shared through Redis: `<prefix>fleet:snapshot` (the last complete inventory), `fleet:meta` (its fence
 * and indexedAt), `fleet:changes` (SIMs seen changed since, by ICCID), `fleet:lease` (SET NX PX with a random
 * token), `fleet:fence` (INCR per lease) and the channel `fleet:news`.
 */
export function redisShare(options: RedisShareOptions): FleetShare {
  const { redis, subscriber, keyPrefix, leaseMs } = options;
  const key = (name: string) => `${keyPrefix}fleet:${name}`;
  const keys = {
    lease: key('lease'),
    meta: key('meta'),
    snapshot: key('snapshot'),
    changes: key('changes'),
    news: key('news'),
    fence: key('fence'),
  };
  return {
    ready: async () => undefined,

    async load(): Promise<Snapshot | null> {
      const [snapshot, indexedAt, changes] = await Promise.all([
        redis.get(keys.snapshot),
        redis.hGet(keys.meta, 'indexedAt'),
        redis.hGetAll(keys.changes),
      ]);
      if (snapshot === null || indexedAt === null) return null;
      const sims = decodeSims(snapshot);
      const changed = Object.values(changes).map((value) => value.slice(value.indexOf(':') + 1));
      if (changed.length > 0) sims.push(...decodeSims(`[${changed.join(',')}]`));
      return { sims, indexedAt: Number(indexedAt) };
    },

    async indexedAt() {
      const value = await redis.hGet(keys.meta, 'indexedAt');
      return value === null ? null : Number(value);
    },

    async lease(): Promise<Lease | null> {
      const token = randomUUID();
      if ((await redis.set(keys.lease, token, { NX: true, PX: leaseMs })) !== 'OK') return null;
      const fence = await redis.incr(keys.fence);
      const renewal = setInterval(
        () => {
          redis.eval(RENEW, { keys: [keys.lease], arguments: [token, String(leaseMs)] }).catch(options.onError);
        },
        Math.max(50, Math.floor(leaseMs / 3)),
      );
      renewal.unref();
      return {
        fence,
        async commit(snapshot) {
          const done = await redis.eval(COMMIT, {
            keys: [keys.lease, keys.meta, keys.snapshot, keys.changes, keys.news],
            arguments: [token, String(fence), String(snapshot.indexedAt), encodeSims(snapshot.sims)],
          });
          return done === 1;
        },
        async release() {
          clearInterval(renewal);
          await redis.eval(RELEASE, { keys: [keys.lease], arguments: [token] });
        },
      };
    },

    async changed(sims: FleetSim[]) {
      if (sims.length === 0) return;
      const entries = Object.fromEntries(
        sims.map((sim) => [sim.iccid, `${sim.seenAt}:${JSON.stringify(encodeSim(sim))}`]),
      );
      await redis.hSet(keys.changes, entries);
      await redis.publish(keys.news, `C${encodeSims(sims)}`);
    },

    async listen(listener: ShareListener) {
      const onMessage = (message: string) => {
        try {
          if (message.startsWith('S')) listener.snapshot();
          else if (message.startsWith('C')) listener.changed(decodeSims(message.slice(1)));
        } catch (error) {
          options.onError(error);
        }
      };
      const subscribe = () => void subscriber.subscribe(keys.news, onMessage).catch(options.onError);
      // Commands are not queued while Redis is away: the subscription is sent once connected, and node-redis
      // renews it on every reconnect.
      if (subscriber.isReady) subscribe();
      else subscriber.once('ready', subscribe);
    },

    close: async () => undefined,
  };
}
