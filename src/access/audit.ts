import type { RedisClientType } from 'redis';
import { UpstreamError } from '../upstream/errors.js';

/**
 * How a write ended: `ok`; `failed` (Linksfield refused it, with its code); `unknown` (sent, but no answer came:
 * it may have happened); `refused` (the gateway stopped it before sending: foreign SIM, bad input, idempotency).
 */
type AuditOutcome = 'ok' | 'failed' | 'unknown' | 'refused';

/** One write, as the audit keeps it: never a secret, a token or an SMS text, only who, what, which ids, how it ended. */
export interface AuditRecord {
  /** Position in the audit stream (the cursor). */
  id: string;
  at: string;
  /** The client of the clients file; null for anonymous callers and tokens naming no client. */
  clientId: string | null;
  callerKind: 'anonymous' | 'apiKey' | 'jwt';
  /** The mutation (e.g. `orderPlan`, `sendSms`, `confirmMallPayment`). */
  operation: string;
  iccids: string[];
  orderIds: string[];
  paymentIds: string[];
  groupIds: string[];
  /** The eSIM end-user account a sign-in or account change was about: the SHA-256 of its lowercased email, never the address. */
  esimAccount: string | null;
  idempotencyKey: string | null;
  outcome: AuditOutcome;
  /** The gateway's `extensions.code` when not ok. */
  errorCode: string | null;
  /** What Linksfield answered, when it refused. */
  upstreamCode: string | null;
}

export type NewAuditRecord = Omit<AuditRecord, 'id'>;

interface AuditQuery {
  first: number;
  /** Records older than this cursor. */
  after?: string | null;
  iccid?: string | null;
  clientId?: string | null;
}

interface AuditPage {
  records: AuditRecord[];
  /** Cursor to continue from (the last record looked at, which may be past the last one returned when filtering). */
  endCursor: string | null;
  hasNextPage: boolean;
}

/** The audit stream: appended by every write, read newest first by `auditLog`. Bounded in both forms. */
export interface AuditLog {
  append(record: NewAuditRecord): Promise<void>;
  read(query: AuditQuery): Promise<AuditPage>;
}

/** How many records one read looks at, at most, while filtering: a rare ICCID costs a bounded scan, then a cursor. */
const MAX_SCAN = 5_000;
const SCAN_CHUNK = 500;

const matches = (record: AuditRecord, query: AuditQuery) =>
  (!query.iccid || record.iccids.includes(query.iccid)) && (!query.clientId || record.clientId === query.clientId);

/** In memory: a ring of the newest `max` records of this instance. */
export function memoryAuditLog(max: number): AuditLog {
  const ring: AuditRecord[] = [];
  let sequence = 0;
  return {
    async append(record) {
      ring.push({ id: String(++sequence), ...record });
      if (ring.length > max) ring.splice(0, ring.length - max);
    },
    async read(query) {
      const before = query.after ? Number(query.after) : Number.POSITIVE_INFINITY;
      const records: AuditRecord[] = [];
      let scanned = 0;
      let last: string | null = null;
      let index = ring.length - 1;
      for (; index >= 0 && scanned < MAX_SCAN; index -= 1) {
        const record = ring[index];
        if (Number(record.id) >= before) continue;
        if (records.length === query.first) return { records, endCursor: last, hasNextPage: true };
        scanned += 1;
        last = record.id;
        if (matches(record, query)) records.push(record);
      }
      return { records, endCursor: last, hasNextPage: index >= 0 };
    },
  };
}

/** In Redis: one stream under the key prefix, shared by every instance, trimmed to about `max` entries. */
export function redisAuditLog(redis: RedisClientType, key: string, max: number): AuditLog {
  return {
    async append(record) {
      await redis.xAdd(
        key,
        '*',
        { record: JSON.stringify(record) },
        { TRIM: { strategy: 'MAXLEN', strategyModifier: '~', threshold: max } },
      );
    },
    async read(query) {
      const records: AuditRecord[] = [];
      let end = query.after ? `(${query.after}` : '+';
      let last: string | null = null;
      let scanned = 0;
      while (scanned < MAX_SCAN) {
        const entries = await redis.xRevRange(key, end, '-', { COUNT: SCAN_CHUNK });
        for (const entry of entries) {
          if (records.length === query.first) return { records, endCursor: last, hasNextPage: true };
          scanned += 1;
          last = entry.id;
          const stored = JSON.parse(entry.message.record) as NewAuditRecord;
          // Records written before `esimAccount` existed have none.
          const record: AuditRecord = { id: entry.id, ...stored, esimAccount: stored.esimAccount ?? null };
          if (matches(record, query)) records.push(record);
        }
        if (entries.length < SCAN_CHUNK) return { records, endCursor: last, hasNextPage: false };
        end = `(${last}`;
      }
      return { records, endCursor: last, hasNextPage: true };
    },
  };
}

/** Names under which writes' inputs and results carry the ids an audit record keeps. */
const ID_FIELDS = {
  orderIds: ['orderId', 'orderIds', 'purchaseOrderId', 'orderNumber'],
  paymentIds: ['paymentId', 'paymentIds'],
  groupIds: ['groupId'],
} as const;
const MAX_IDS = 1_000;

/** The order, payment and bundle-group ids named in a write's input and result (a bounded walk; values only of those names). */
export function idsOf(...values: unknown[]): Pick<AuditRecord, 'orderIds' | 'paymentIds' | 'groupIds'> {
  const found = { orderIds: new Set<string>(), paymentIds: new Set<string>(), groupIds: new Set<string>() };
  const take = (into: Set<string>, value: unknown) => {
    for (const item of Array.isArray(value) ? value : [value])
      if ((typeof item === 'string' || typeof item === 'number') && into.size < MAX_IDS) into.add(String(item));
  };
  const walk = (value: unknown, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, MAX_IDS)) walk(item, depth + 1);
      return;
    }
    for (const [name, field] of Object.entries(value)) {
      const kind = (Object.keys(ID_FIELDS) as (keyof typeof ID_FIELDS)[]).find((candidate) =>
        (ID_FIELDS[candidate] as readonly string[]).includes(name),
      );
      if (kind) take(found[kind], field);
      else walk(field, depth + 1);
    }
  };
  for (const value of values) walk(value, 0);
  return { orderIds: [...found.orderIds], paymentIds: [...found.paymentIds], groupIds: [...found.groupIds] };
}

/** The outcome and codes of a write that threw; `sent`: whether the upstream call had started. */
export function outcomeOf(error: unknown, sent: boolean): Pick<AuditRecord, 'outcome' | 'errorCode' | 'upstreamCode'> {
  const code =
    (error as { code?: unknown; extensions?: { code?: unknown } }).extensions?.code ??
    (error as { code?: unknown }).code;
  const errorCode = typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
  if (!sent) return { outcome: 'refused', errorCode, upstreamCode: null };
  if (error instanceof UpstreamError && error.upstreamCode)
    return { outcome: 'failed', errorCode, upstreamCode: error.upstreamCode };
  return { outcome: 'unknown', errorCode, upstreamCode: null };
}
