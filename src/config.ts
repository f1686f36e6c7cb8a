/**
 * Every setting of the gateway, read from the environment once and validated together, so a bad deployment
 * learns about all its mistakes in one start-up message. Nothing else reads `process.env`.
 */

/** Credentials the built-in sandbox accepts when none are configured. Public by design: they guard nothing. */
export const SANDBOX_CREDENTIALS = {
  accessCode: 'P000270',
  secret: 'sandbox-secret',
  notifySecret: 'sandbox-notify-secret',
  fmsPartnerCode: 'P001101',
  mallPartnerCode: 'P000270',
  mallSecret: 'sandbox-mall-secret',
} as const;

export type MallSignMode = 'append' | 'prefix' | 'hmac';

export interface GatewayConfig {
  port: number;
  host: string;
  logLevel: string;
  /** `NODE_ENV=production`: nothing implicit (no sandbox, no explorer, no introspection for non-admins). */
  production: boolean;
  /** `LINKSFIELD_LANGUAGE`: the `Accept-Language` sent upstream when the caller sends none. */
  language: string;
  /** null: start the built-in sandbox in-process and talk to it over HTTP. */
  linksfieldBaseUrl: string | null;
  accessCode: string;
  secret: string;
  notifySecret: string;
  endpointsFile: string | null;
  upstreamTimeoutMs: number;
  upstreamRetries: number;
  /** null: in-memory cache, pubsub, dedupe and event log. */
  redisUrl: string | null;
  /** Prefix of every Redis key and stream this deployment writes, so deployments (and test runs) never share data. */
  redisKeyPrefix: string;
  access: {
    /** The clients file (keys, scopes, SIMs, issuers); null: callers are not identified. */
    clientsFile: string | null;
    /** `none`: a gateway on real Linksfield may run with no clients file, every caller anonymous with every scope. */
    auth: 'none' | null;
    /** How often open WebSocket connections are re-checked: a revoked key or expired token is closed (4403 / 4401). */
    recheckMs: number;
  };
  sandbox: {
    sims: number;
    /** null: `npm run sandbox` listens on 4010, the in-process sandbox of `npm start` on a free port. */
    port: number | null;
    /** Where `npm run sandbox` pushes notifications (`<url>/<kind>`); `npm start` wires its own routes. */
    notifyUrl: string | null;
  };
  webhooks: {
    /** Order-status pushes are documented as possibly unsigned (§7.7); requiring the signature is the safe default. */
    requireOrderStatusSignature: boolean;
    maxBodyBytes: number;
    /** How long delivery ids are remembered (Linksfield retries every 6 h until it gets a 200). */
    dedupeTtlSeconds: number;
  };
  events: {
    /** Bound of the event log (ring or Redis stream). */
    maxEvents: number;
    /** Queue limit for one subscriber before it is closed. */
    subscriberQueueLimit: number;
  };
  fleet: {
    /** `FLEET_REFRESH_SECONDS`: how often the fleet inventory is rebuilt from Linksfield (by one instance at a time). */
    refreshMs: number;
  };
  graphql: {
    /** Cap on `first` for every connection. */
    maxPageSize: number;
    /** How many upstream calls one unbatchable loader makes at once. */
    fanOutConcurrency: number;
  };
  fms: {
    baseUrl: string | null;
    partnerCode: string;
    /** The docs say 10 minutes on one page and 60 on another (§8.1). */
    preOrderTimeoutMinutes: number;
    /** How often one upstream poller asks for an order's status. */
    orderPollMs: number;
  };
  mall: {
    vshopUrl: string | null;
    paymentUrl: string | null;
    topupUrl: string | null;
    partnerCode: string;
    secret: string;
    /** How the secret enters the MD5 sign: the docs are cut off there (§9.1). */
    signMode: MallSignMode;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

export function loadConfig(env: Env = process.env): GatewayConfig {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);
  const linksfieldBaseUrl = read.url('LINKSFIELD_BASE_URL');
  const usingSandbox = linksfieldBaseUrl === null;
  const credential = (name: string, sandboxValue: string): string => {
    const value = read.string(name, '');
    if (value !== '') return value;
    if (!usingSandbox) problems.push(`${name} is required when LINKSFIELD_BASE_URL is set`);
    return sandboxValue;
  };
  const config: GatewayConfig = {
    port: read.integer('PORT', 4000, 0, 65_535),
    host: read.string('HOST', '0.0.0.0'),
    logLevel: read.oneOf('LOG_LEVEL', 'info', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    production: env.NODE_ENV?.trim() === 'production',
    language: read.string('LINKSFIELD_LANGUAGE', 'en-US') || 'en-US',
    linksfieldBaseUrl,
    accessCode: credential('LINKSFIELD_ACCESS_CODE', SANDBOX_CREDENTIALS.accessCode),
    secret: credential('LINKSFIELD_SECRET', SANDBOX_CREDENTIALS.secret),
    notifySecret: credential('LINKSFIELD_NOTIFY_SECRET', SANDBOX_CREDENTIALS.notifySecret),
    endpointsFile: read.string('LINKSFIELD_ENDPOINTS_FILE', '') || null,
    upstreamTimeoutMs: read.integer('UPSTREAM_TIMEOUT_MS', 5_000, 100, 120_000),
    upstreamRetries: read.integer('UPSTREAM_RETRIES', 2, 0, 5),
    redisUrl: read.url('REDIS_URL', ['redis:', 'rediss:']),
    redisKeyPrefix: read.string('REDIS_KEY_PREFIX', 'lf:') || 'lf:',
    access: {
      clientsFile: read.string('GATEWAY_CLIENTS_FILE', '') || null,
      auth: read.oneOf('GATEWAY_AUTH', '', ['', 'none']) === 'none' ? 'none' : null,
      recheckMs: read.integer('GATEWAY_AUTH_RECHECK_SECONDS', 30, 1, 60) * 1_000,
    },
    sandbox: {
      sims: read.integer('SANDBOX_SIMS', 1_000, 1, 1_000_000),
      port: read.optionalInteger('SANDBOX_PORT', 0, 65_535),
      notifyUrl: read.url('SANDBOX_NOTIFY_URL'),
    },
    webhooks: {
      requireOrderStatusSignature: read.boolean('WEBHOOK_REQUIRE_ORDER_STATUS_SIGNATURE', true),
      maxBodyBytes: read.integer('WEBHOOK_MAX_BODY_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
      dedupeTtlSeconds: read.integer('WEBHOOK_DEDUPE_TTL_SECONDS', 8 * 24 * 3600, 7 * 24 * 3600, 90 * 24 * 3600),
    },
    events: {
      maxEvents: read.integer('EVENT_LOG_MAX_EVENTS', 100_000, 100, 10_000_000),
      subscriberQueueLimit: read.integer('SUBSCRIBER_QUEUE_LIMIT', 1_000, 1, 1_000_000),
    },
    fleet: {
      refreshMs: read.integer('FLEET_REFRESH_SECONDS', 300, 1, 7 * 24 * 3600) * 1_000,
    },
    graphql: {
      maxPageSize: read.integer('GRAPHQL_MAX_PAGE_SIZE', 100, 1, 1_000),
      fanOutConcurrency: read.integer('UPSTREAM_FAN_OUT_CONCURRENCY', 8, 1, 256),
    },
    fms: {
      baseUrl: read.url('FMS_BASE_URL'),
      partnerCode: read.string('FMS_PARTNER_CODE', SANDBOX_CREDENTIALS.fmsPartnerCode),
      preOrderTimeoutMinutes: read.integer('FMS_PREORDER_TIMEOUT_MINUTES', 10, 1, 24 * 60),
      orderPollMs: read.integer('FMS_ORDER_POLL_MS', 2_000, 50, 60_000),
    },
    mall: {
      vshopUrl: read.url('MALL_VSHOP_URL'),
      paymentUrl: read.url('MALL_PAYMENT_URL'),
      topupUrl: read.url('MALL_TOPUP_URL'),
      partnerCode: read.string('MALL_PARTNER_CODE', SANDBOX_CREDENTIALS.mallPartnerCode),
      secret: read.string('MALL_SECRET', SANDBOX_CREDENTIALS.mallSecret),
      signMode: read.oneOf('MALL_SIGN_MODE', 'append', ['append', 'prefix', 'hmac']),
    },
  };
  const mallUrls = [config.mall.vshopUrl, config.mall.paymentUrl, config.mall.topupUrl];
  if (mallUrls.some((url) => url !== null) && mallUrls.some((url) => url === null)) {
    problems.push('MALL_VSHOP_URL, MALL_PAYMENT_URL and MALL_TOPUP_URL are set together or not at all');
  }
  // Secure by default: in front of real Linksfield, anonymous callers must be an explicit choice.
  if (!usingSandbox && config.access.clientsFile === null && config.access.auth !== 'none') {
    problems.push('GATEWAY_CLIENTS_FILE is required when LINKSFIELD_BASE_URL is set (or set GATEWAY_AUTH=none to let anyone who reaches the port call it)');
  }
  if (config.access.clientsFile !== null && config.access.auth === 'none') problems.push('GATEWAY_AUTH=none and GATEWAY_CLIENTS_FILE contradict each other: set one');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  string(name: string, fallback: string): string {
    return this.env[name]?.trim() ?? fallback;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
      return fallback;
    }
    return value;
  }

  optionalInteger(name: string, min: number, max: number): number | null {
    const raw = this.env[name]?.trim();
    return raw === undefined || raw === '' ? null : this.integer(name, min, min, max);
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    this.problems.push(`${name} must be true or false (got "${raw}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, fallback: T, allowed: readonly T[]): T {
    const raw = this.env[name]?.trim();
    if (raw === undefined || raw === '') return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${raw}")`);
    return fallback;
  }

  /** A URL, or null when unset. Credentials inside a URL are never echoed back in the message. */
  url(name: string, protocols: readonly string[] = ['http:', 'https:']): string | null {
    const raw = this.env[name]?.trim();
    if (raw === undefined || raw === '') return null;
    try {
      const url = new URL(raw);
      if (protocols.includes(url.protocol)) return raw;
      this.problems.push(`${name} must use ${protocols.join(' or ')} (got ${url.protocol})`);
    } catch {
      this.problems.push(`${name} is not a valid URL`);
    }
    return null;
  }
}
