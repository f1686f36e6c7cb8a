import { AddressList, addressEntries } from './events/sources.js';

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

/** How the Mall MD5 sign is made; `documented` (no secret) reproduces the reference's own §9.5 and §9.6 signs. */
export type MallSignMode = 'documented' | 'append' | 'prefix' | 'hmac';

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
  /** How the gateway holds up when Linksfield is slow or down (README: "When Linksfield is slow or down"). */
  resilience: {
    /** `UPSTREAM_MAX_IN_FLIGHT`: calls one family runs at once (and sockets per base URL); 32. */
    maxInFlight: number;
    /** `UPSTREAM_MAX_QUEUE`: calls that may wait for a slot; beyond it UPSTREAM_UNAVAILABLE at once; 512. */
    maxQueue: number;
    /** `UPSTREAM_BREAKER_FAILURES`: consecutive failures that open an endpoint's breaker (twice as many, the family's); 5. */
    breakerFailures: number;
    /** `UPSTREAM_BREAKER_PAUSE_MS`: how long an open breaker refuses before a probe; the `retryAfter` hint; 10 s. */
    breakerPauseMs: number;
    /** `UPSTREAM_RETRY_BUDGET_PERCENT`: extra calls retries may add, as a share of first attempts; 20. */
    retryBudgetPercent: number;
  };
  /** Limits of the HTTP and WebSocket server and load shedding. */
  server: {
    /** `HTTP_MAX_CONNECTIONS`: open plain HTTP sockets (WebSockets not counted); beyond it new ones are closed at once; 10,000. */
    maxConnections: number;
    /** `HTTP_HEADERS_TIMEOUT_MS`: a client must send its request headers within this; 10 s. */
    headersTimeoutMs: number;
    /** `WS_MAX_CONNECTIONS_PER_IP`: WebSockets one address may hold; the next upgrade answers 429; 1,000. */
    wsMaxConnectionsPerIp: number;
    /** `WS_MAX_CONNECTIONS`: WebSockets this instance holds (HTTP sockets not counted); the next upgrade answers 503; 10,000. */
    wsMaxConnections: number;
    /** `OVERLOAD_MAX_EVENT_LOOP_DELAY_MS`: above this event-loop delay `/graphql` answers 503 OVERLOADED; 1,000 (0: off). */
    maxEventLoopDelayMs: number;
    /** `OVERLOAD_MAX_HEAP_MB`: above this heap use `/graphql` answers 503 OVERLOADED; null: 90 % of the heap limit. */
    maxHeapMb: number | null;
  };
  /** OpenTelemetry traces; off unless `OTEL_EXPORTER_OTLP_ENDPOINT` is set. */
  telemetry: {
    /** `OTEL_EXPORTER_OTLP_ENDPOINT`: base URL of an OTLP/HTTP collector; spans go to `<url>/v1/traces`. */
    otlpEndpoint: string | null;
    /** `OTEL_SERVICE_NAME`; `linksfield-gateway`. */
    serviceName: string;
  };
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
  limits: {
    /** Default operations per minute per client (HTTP requests and graphql-ws subscribe messages); 0: no limit. Over it: HTTP 429 `RATE_LIMITED`. */
    requestsPerMinute: number;
    /** Default mutations per minute per client; 0: no limit. Over it: HTTP 429 `RATE_LIMITED`. */
    writesPerMinute: number;
    /** Open graphql-ws connections per client on one instance; 0: no limit. Over it: the socket closes with 4429. */
    connectionsPerClient: number;
  };
  /** Browser origins allowed to call over HTTP (CORS) and open WebSockets; same-origin pages always may. */
  corsOrigins: string[];
  metrics: {
    /** `/metrics` on the main port answers only `Authorization: Bearer <token>`; null: not served there. */
    token: string | null;
    /** A separate port serving only `/metrics` (bind it to an internal network); null: none. */
    port: number | null;
  };
  audit: {
    /** Bound of the audit stream (memory ring, or Redis stream trimmed to about this length). */
    maxRecords: number;
  };
  sandbox: {
    sims: number;
    /** null: `npm run sandbox` listens on 4010, the in-process sandbox of `npm start` on a free port. */
    port: number | null;
    /** Where `npm run sandbox` pushes notifications (`<url>/<kind>`); `npm start` wires its own routes. */
    notifyUrl: string | null;
  };
  /** `LINKSFIELD_SANDBOX=true`: the built-in sandbox is wanted, even under `NODE_ENV=production`. */
  sandboxRequested: boolean;
  webhooks: {
    /**
     * Order-status pushes come unsigned for now (§7.7). One is accepted only when every second factor configured
     * here holds; with none configured it is refused (401). Signed pushes are verified as always.
     */
    orderStatusToken: string | null;
    /** CIDR blocks an unsigned order-status push must come from; empty: not a factor. */
    allowedSources: string[];
    /** Proxies whose `X-Forwarded-For` names the sender; empty: the socket's peer is the sender. */
    trustedProxies: string[];
    maxBodyBytes: number;
    /** How long delivery ids are remembered (Linksfield retries every 6 h until it gets a 200). */
    dedupeTtlSeconds: number;
    /** How long the digest of a stored push is remembered: the same content under another id within it is a replay. */
    replayWindowSeconds: number;
  };
  events: {
    /** Bound of the event log (ring or Redis stream), in events. */
    maxEvents: number;
    /** Bound of the event log in bytes of encoded events; the newest event is always kept. */
    maxBytes: number;
    /** Queue limit for one subscriber before it is closed. */
    subscriberQueueLimit: number;
  };
  fleet: {
    /** `FLEET_REFRESH_SECONDS`: how often the fleet inventory is rebuilt from Linksfield (by one instance at a time). */
    refreshMs: number;
    /**
     * `FLEET_LEASE_SECONDS` (default 30): how long the refresh lease in Redis outlives its holder; an instance that
     * dies mid-refresh is taken over by another this soon.
     */
    leaseMs: number;
  };
  graphql: {
    /** Cap on `first` for every connection. */
    maxPageSize: number;
    /** How many upstream calls one unbatchable loader makes at once. */
    fanOutConcurrency: number;
    /** `UPSTREAM_BATCH_CONCURRENCY`: how many batch calls (chunks) one batched loader makes at once. */
    batchConcurrency: number;
    /** `GRAPHQL_REQUEST_TIMEOUT_MS`: one request's deadline, passed to every upstream attempt; fields not done by then fail UPSTREAM_TIMEOUT. */
    requestTimeoutMs: number;
    /** Demand control: operations estimated above this many upstream calls are refused (`COST_LIMIT`); executions stop there. */
    maxUpstreamCalls: number;
    /** `GRAPHQL_EXPLORER`: the self-hosted GraphiQL at `GET /graphql` (browsers) and `GET /`; default on except under `production`. */
    explorer: boolean;
  };
  /**
   * Persisted operations (`GRAPHQL_TRUSTED_DOCUMENTS`, default `off`): `allow` answers manifest operations from a
   * response cache and still runs any other document; `enforce` refuses any other document with HTTP 400
   * `TRUSTED_DOCUMENT_REQUIRED` (an unknown id: `PERSISTED_QUERY_NOT_FOUND`) and turns automatic persisted queries off.
   */
  trustedDocuments: {
    mode: 'off' | 'allow' | 'enforce';
    /** `GRAPHQL_TRUSTED_DOCUMENTS_FILE`: the manifest, `{ "<sha256 hex>": "<document>" }`; required unless `off`. */
    file: string | null;
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

/** Credentials whose sandbox value is a secret published in this repository: never accepted in production. */
const SECRET_NAMES = new Set(['LINKSFIELD_SECRET', 'LINKSFIELD_NOTIFY_SECRET', 'MALL_SECRET']);

/** A URL path token guards as much as a password: long enough not to be guessed, URL-safe, within fastify's 100-character path parameter. */
const TOKEN = /^[A-Za-z0-9_-]{32,100}$/;

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
  const production = env.NODE_ENV?.trim() === 'production';
  // In front of a real upstream, credentials are required; in production never the sandbox's public ones (a
  // standalone `npm run sandbox` behind LINKSFIELD_BASE_URL is a development set-up).
  const requiredCredential = (name: string, urlName: string, sandboxValue: string): string => {
    const value = read.string(name, '');
    if (value === '') problems.push(`${name} is required when ${urlName} is set`);
    else if (production && value === sandboxValue && SECRET_NAMES.has(name))
      problems.push(`${name} is the built-in sandbox's public value; set the one Linksfield gave you`);
    return value || sandboxValue;
  };
  const credential = (name: string, sandboxValue: string): string =>
    usingSandbox
      ? read.string(name, '') || sandboxValue
      : requiredCredential(name, 'LINKSFIELD_BASE_URL', sandboxValue);
  const familyCredential = (
    name: string,
    urlName: string,
    urlValue: string | undefined,
    sandboxValue: string,
  ): string =>
    urlValue?.trim() ? requiredCredential(name, urlName, sandboxValue) : read.string(name, '') || sandboxValue;
  const mallUrlSet = env.MALL_VSHOP_URL || env.MALL_PAYMENT_URL || env.MALL_TOPUP_URL;
  const config: GatewayConfig = {
    port: read.integer('PORT', 4000, 0, 65_535),
    host: read.string('HOST', '0.0.0.0'),
    logLevel: read.oneOf('LOG_LEVEL', 'info', ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
    production,
    language: read.string('LINKSFIELD_LANGUAGE', 'en-US') || 'en-US',
    linksfieldBaseUrl,
    accessCode: credential('LINKSFIELD_ACCESS_CODE', SANDBOX_CREDENTIALS.accessCode),
    secret: credential('LINKSFIELD_SECRET', SANDBOX_CREDENTIALS.secret),
    notifySecret: credential('LINKSFIELD_NOTIFY_SECRET', SANDBOX_CREDENTIALS.notifySecret),
    endpointsFile: read.string('LINKSFIELD_ENDPOINTS_FILE', '') || null,
    upstreamTimeoutMs: read.integer('UPSTREAM_TIMEOUT_MS', 5_000, 100, 120_000),
    upstreamRetries: read.integer('UPSTREAM_RETRIES', 2, 0, 5),
    resilience: {
      maxInFlight: read.integer('UPSTREAM_MAX_IN_FLIGHT', 32, 1, 1_024),
      maxQueue: read.integer('UPSTREAM_MAX_QUEUE', 512, 0, 100_000),
      breakerFailures: read.integer('UPSTREAM_BREAKER_FAILURES', 5, 1, 1_000),
      breakerPauseMs: read.integer('UPSTREAM_BREAKER_PAUSE_MS', 10_000, 10, 600_000),
      retryBudgetPercent: read.integer('UPSTREAM_RETRY_BUDGET_PERCENT', 20, 0, 100),
    },
    server: {
      maxConnections: read.integer('HTTP_MAX_CONNECTIONS', 10_000, 1, 1_000_000),
      headersTimeoutMs: read.integer('HTTP_HEADERS_TIMEOUT_MS', 10_000, 100, 120_000),
      wsMaxConnectionsPerIp: read.integer('WS_MAX_CONNECTIONS_PER_IP', 1_000, 1, 1_000_000),
      wsMaxConnections: read.integer('WS_MAX_CONNECTIONS', 10_000, 1, 1_000_000),
      maxEventLoopDelayMs: read.integer('OVERLOAD_MAX_EVENT_LOOP_DELAY_MS', 1_000, 0, 60_000),
      maxHeapMb: read.optionalInteger('OVERLOAD_MAX_HEAP_MB', 1, 1_000_000),
    },
    telemetry: {
      otlpEndpoint: read.url('OTEL_EXPORTER_OTLP_ENDPOINT'),
      serviceName: read.string('OTEL_SERVICE_NAME', 'linksfield-gateway') || 'linksfield-gateway',
    },
    redisUrl: read.url('REDIS_URL', ['redis:', 'rediss:']),
    redisKeyPrefix: read.string('REDIS_KEY_PREFIX', 'lf:') || 'lf:',
    access: {
      clientsFile: read.string('GATEWAY_CLIENTS_FILE', '') || null,
      auth: read.oneOf('GATEWAY_AUTH', '', ['', 'none']) === 'none' ? 'none' : null,
      recheckMs: read.integer('GATEWAY_AUTH_RECHECK_SECONDS', 30, 1, 60) * 1_000,
    },
    limits: {
      requestsPerMinute: read.integer('RATE_LIMIT_REQUESTS_PER_MINUTE', 1_200, 0, 1_000_000),
      writesPerMinute: read.integer('RATE_LIMIT_WRITES_PER_MINUTE', 120, 0, 1_000_000),
      connectionsPerClient: read.integer('RATE_LIMIT_CONNECTIONS_PER_CLIENT', 200, 0, 1_000_000),
    },
    corsOrigins: read.origins('CORS_ORIGINS'),
    metrics: {
      token: read.string('METRICS_TOKEN', '') || null,
      port: read.optionalInteger('METRICS_PORT', 0, 65_535),
    },
    audit: {
      maxRecords: read.integer('AUDIT_LOG_MAX_RECORDS', 100_000, 100, 10_000_000),
    },
    sandbox: {
      sims: read.integer('SANDBOX_SIMS', 1_000, 1, 1_000_000),
      port: read.optionalInteger('SANDBOX_PORT', 0, 65_535),
      notifyUrl: read.url('SANDBOX_NOTIFY_URL'),
    },
    sandboxRequested: read.boolean('LINKSFIELD_SANDBOX', false),
    webhooks: {
      orderStatusToken: read.secretToken('WEBHOOK_ORDER_STATUS_TOKEN'),
      allowedSources: read.addresses('WEBHOOK_ALLOWED_SOURCES'),
      trustedProxies: read.addresses('WEBHOOK_TRUSTED_PROXIES'),
      maxBodyBytes: read.integer('WEBHOOK_MAX_BODY_BYTES', 1024 * 1024, 1024, 64 * 1024 * 1024),
      dedupeTtlSeconds: read.integer('WEBHOOK_DEDUPE_TTL_SECONDS', 8 * 24 * 3600, 7 * 24 * 3600, 90 * 24 * 3600),
      replayWindowSeconds: read.integer('WEBHOOK_REPLAY_WINDOW_SECONDS', 6 * 24 * 3600, 60, 6 * 24 * 3600),
    },
    events: {
      maxEvents: read.integer('EVENT_LOG_MAX_EVENTS', 100_000, 100, 10_000_000),
      maxBytes: read.integer('EVENT_LOG_MAX_BYTES', 256 * 1024 * 1024, 64 * 1024, 64 * 1024 ** 3),
      subscriberQueueLimit: read.integer('SUBSCRIBER_QUEUE_LIMIT', 1_000, 1, 1_000_000),
    },
    fleet: {
      refreshMs: read.integer('FLEET_REFRESH_SECONDS', 300, 1, 7 * 24 * 3600) * 1_000,
      leaseMs: read.integer('FLEET_LEASE_SECONDS', 30, 1, 3600) * 1_000,
    },
    graphql: {
      maxPageSize: read.integer('GRAPHQL_MAX_PAGE_SIZE', 100, 1, 1_000),
      fanOutConcurrency: read.integer('UPSTREAM_FAN_OUT_CONCURRENCY', 8, 1, 256),
      // A 1,000-SIM query is 10 chunks per batch endpoint: all in one round trip, not two (the family bulkhead bounds the rest).
      batchConcurrency: read.integer('UPSTREAM_BATCH_CONCURRENCY', 16, 1, 256),
      // Longer than one attempt's own timeout, so a hanging upstream is seen (and its breaker opens) before requests give up.
      requestTimeoutMs: read.integer('GRAPHQL_REQUEST_TIMEOUT_MS', 8_000, 100, 120_000),
      maxUpstreamCalls: read.integer('GRAPHQL_MAX_UPSTREAM_CALLS', 200, 1, 100_000),
      explorer: read.boolean('GRAPHQL_EXPLORER', env.NODE_ENV?.trim() !== 'production'),
    },
    trustedDocuments: {
      mode: read.oneOf('GRAPHQL_TRUSTED_DOCUMENTS', 'off', ['off', 'allow', 'enforce']),
      file: read.string('GRAPHQL_TRUSTED_DOCUMENTS_FILE', '') || null,
    },
    fms: {
      baseUrl: read.url('FMS_BASE_URL'),
      partnerCode: familyCredential(
        'FMS_PARTNER_CODE',
        'FMS_BASE_URL',
        env.FMS_BASE_URL,
        SANDBOX_CREDENTIALS.fmsPartnerCode,
      ),
      preOrderTimeoutMinutes: read.integer('FMS_PREORDER_TIMEOUT_MINUTES', 10, 1, 24 * 60),
      orderPollMs: read.integer('FMS_ORDER_POLL_MS', 2_000, 50, 60_000),
    },
    mall: {
      vshopUrl: read.url('MALL_VSHOP_URL'),
      paymentUrl: read.url('MALL_PAYMENT_URL'),
      topupUrl: read.url('MALL_TOPUP_URL'),
      partnerCode: familyCredential(
        'MALL_PARTNER_CODE',
        'MALL_VSHOP_URL',
        mallUrlSet,
        SANDBOX_CREDENTIALS.mallPartnerCode,
      ),
      secret: familyCredential('MALL_SECRET', 'MALL_VSHOP_URL', mallUrlSet, SANDBOX_CREDENTIALS.mallSecret),
      signMode: read.oneOf('MALL_SIGN_MODE', 'documented', ['documented', 'append', 'prefix', 'hmac']),
    },
  };
  const mallUrls = [config.mall.vshopUrl, config.mall.paymentUrl, config.mall.topupUrl];
  if (mallUrls.some((url) => url !== null) && mallUrls.some((url) => url === null)) {
    problems.push('MALL_VSHOP_URL, MALL_PAYMENT_URL and MALL_TOPUP_URL are set together or not at all');
  }
  // Secure by default: in front of real Linksfield, anonymous callers must be an explicit choice.
  if (!usingSandbox && config.access.clientsFile === null && config.access.auth !== 'none') {
    problems.push(
      'GATEWAY_CLIENTS_FILE is required when LINKSFIELD_BASE_URL is set (or set GATEWAY_AUTH=none to let anyone who reaches the port call it)',
    );
  }
  if (config.production && config.corsOrigins.includes('*'))
    problems.push('CORS_ORIGINS=* is refused under NODE_ENV=production: list the origins');
  if (config.metrics.port !== null && config.metrics.port !== 0 && config.metrics.port === config.port)
    problems.push('METRICS_PORT must differ from PORT');
  if (config.metrics.token !== null && config.metrics.token.length < 16)
    problems.push('METRICS_TOKEN must be at least 16 characters');
  // Fail closed: in production the sandbox (fake data, public secrets) runs only when asked for by name.
  if (config.production && usingSandbox && !config.sandboxRequested) {
    problems.push(
      'LINKSFIELD_BASE_URL is required under NODE_ENV=production (set LINKSFIELD_SANDBOX=true to run on the built-in sandbox on purpose)',
    );
  }
  if (config.sandboxRequested && !usingSandbox)
    problems.push('LINKSFIELD_SANDBOX=true and LINKSFIELD_BASE_URL contradict each other: set one');
  if (env.WEBHOOK_REQUIRE_ORDER_STATUS_SIGNATURE !== undefined) {
    problems.push(
      'WEBHOOK_REQUIRE_ORDER_STATUS_SIGNATURE was removed: unsigned order-status pushes are accepted with WEBHOOK_ORDER_STATUS_TOKEN and/or WEBHOOK_ALLOWED_SOURCES',
    );
  }
  if (config.access.clientsFile !== null && config.access.auth === 'none')
    problems.push('GATEWAY_AUTH=none and GATEWAY_CLIENTS_FILE contradict each other: set one');
  if (config.trustedDocuments.mode !== 'off' && config.trustedDocuments.file === null) {
    problems.push(
      `GRAPHQL_TRUSTED_DOCUMENTS=${config.trustedDocuments.mode} needs GRAPHQL_TRUSTED_DOCUMENTS_FILE (the persisted documents manifest)`,
    );
  }
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

  /** Comma-separated browser origins (`https://app.example.com`), or `*`; each must be a bare scheme://host[:port]. */
  origins(name: string): string[] {
    const raw = this.string(name, '');
    const origins = raw
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== '');
    for (const origin of origins) {
      if (origin === '*') continue;
      let parsed: URL | undefined;
      try {
        parsed = new URL(origin);
      } catch {
        // reported below
      }
      if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin) {
        this.problems.push(
          `${name}: "${origin}" is not an origin like https://app.example.com (scheme, host, optional port, no path)`,
        );
      }
    }
    return origins;
  }

  /** A secret placed in a URL path; the message never repeats it. */
  secretToken(name: string): string | null {
    const raw = this.env[name]?.trim();
    if (raw === undefined || raw === '') return null;
    if (TOKEN.test(raw)) return raw;
    this.problems.push(
      `${name} must be 32 to 100 characters of A-Z, a-z, 0-9, "-" and "_" (e.g. openssl rand -hex 32)`,
    );
    return null;
  }

  /** A list of IP addresses and CIDR blocks, comma or space separated. */
  addresses(name: string): string[] {
    const entries = addressEntries(this.env[name] ?? '');
    try {
      new AddressList(entries);
      return entries;
    } catch (error) {
      this.problems.push(`${name}: ${(error as Error).message}`);
      return [];
    }
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
