import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, SANDBOX_CREDENTIALS } from '../../../src/config.js';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
};

describe('configuration', () => {
  it('runs on the sandbox with no settings at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      linksfieldBaseUrl: null,
      redisUrl: null,
      accessCode: SANDBOX_CREDENTIALS.accessCode,
    });
    expect(config.webhooks).toMatchObject({ orderStatusToken: null, allowedSources: [], trustedProxies: [] });
    expect(config.webhooks.dedupeTtlSeconds).toBeGreaterThanOrEqual(7 * 24 * 3600);
  });

  it('serves the explorer except under production, unless GRAPHQL_EXPLORER says otherwise', () => {
    expect(loadConfig({}).graphql.explorer).toBe(true);
    expect(loadConfig({ GRAPHQL_EXPLORER: 'false' }).graphql.explorer).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', LINKSFIELD_SANDBOX: 'true' }).graphql.explorer).toBe(false);
    expect(
      loadConfig({ NODE_ENV: 'production', LINKSFIELD_SANDBOX: 'true', GRAPHQL_EXPLORER: 'true' }).graphql.explorer,
    ).toBe(true);
    expect(problemsOf({ GRAPHQL_EXPLORER: 'maybe' })).toEqual(['GRAPHQL_EXPLORER must be true or false (got "maybe")']);
  });

  it('requires the credentials of a real Linksfield', () => {
    expect(problemsOf({ LINKSFIELD_BASE_URL: 'https://apiv3.linksfield.net' })).toEqual([
      'LINKSFIELD_ACCESS_CODE is required when LINKSFIELD_BASE_URL is set',
      'LINKSFIELD_SECRET is required when LINKSFIELD_BASE_URL is set',
      'LINKSFIELD_NOTIFY_SECRET is required when LINKSFIELD_BASE_URL is set',
      'GATEWAY_CLIENTS_FILE is required when LINKSFIELD_BASE_URL is set (or set GATEWAY_AUTH=none to let anyone who reaches the port call it)',
    ]);
  });

  it('refuses to start in front of real Linksfield with no clients file, unless GATEWAY_AUTH=none says so', () => {
    const real = {
      LINKSFIELD_BASE_URL: 'https://apiv3.linksfield.net',
      LINKSFIELD_ACCESS_CODE: 'P1',
      LINKSFIELD_SECRET: 's',
      LINKSFIELD_NOTIFY_SECRET: 'n',
    };
    expect(problemsOf(real)).toEqual([
      expect.stringMatching(/^GATEWAY_CLIENTS_FILE is required when LINKSFIELD_BASE_URL is set/),
    ]);
    expect(problemsOf({ ...real, GATEWAY_AUTH: 'none' })).toEqual([]);
    expect(problemsOf({ ...real, GATEWAY_CLIENTS_FILE: '/etc/gateway/clients.json' })).toEqual([]);
    expect(problemsOf({ ...real, GATEWAY_AUTH: 'off' })).toHaveLength(2);
    expect(problemsOf({ GATEWAY_AUTH: 'none', GATEWAY_CLIENTS_FILE: '/etc/gateway/clients.json' })).toEqual([
      'GATEWAY_AUTH=none and GATEWAY_CLIENTS_FILE contradict each other: set one',
    ]);
    expect(loadConfig({}).access).toEqual({ clientsFile: null, auth: null, recheckMs: 30_000 });
  });

  it('reports every bad value at once, without echoing a URL that may hold a password', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      REDIS_URL: 'http://user:hunter2@redis',
      LINKSFIELD_SANDBOX: 'maybe',
      MALL_SIGN_MODE: 'sha',
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('takes the three Mall URLs together or not at all', () => {
    expect(
      problemsOf({ MALL_VSHOP_URL: 'https://wx.linksfield.net/vshop', MALL_PARTNER_CODE: 'P1', MALL_SECRET: 'm' }),
    ).toEqual(['MALL_VSHOP_URL, MALL_PAYMENT_URL and MALL_TOPUP_URL are set together or not at all']);
  });

  it('reads the limits, CORS origins, metrics and audit settings, with defaults that protect', () => {
    const config = loadConfig({});
    expect(config.limits).toEqual({ requestsPerMinute: 1_200, writesPerMinute: 120, connectionsPerClient: 200 });
    expect(config.graphql.maxUpstreamCalls).toBe(200);
    expect(config.corsOrigins).toEqual([]);
    expect(config.metrics).toEqual({ token: null, port: null });
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
    expect(loadConfig({ RATE_LIMIT_REQUESTS_PER_MINUTE: '0' }).limits.requestsPerMinute).toBe(0);
    expect(problemsOf({ PORT: '4000', METRICS_PORT: '4000' })).toEqual(['METRICS_PORT must differ from PORT']);
    expect(
      problemsOf({ METRICS_TOKEN: 'short', GRAPHQL_MAX_UPSTREAM_CALLS: '0', CORS_ORIGINS: 'app.example.com' }),
    ).toEqual([
      'CORS_ORIGINS: "app.example.com" is not an origin like https://app.example.com (scheme, host, optional port, no path)',
      'GRAPHQL_MAX_UPSTREAM_CALLS must be a whole number from 1 to 100000 (got "0")',
      'METRICS_TOKEN must be at least 16 characters',
    ]);
  });
});

describe('failing closed', () => {
  const real = {
    LINKSFIELD_BASE_URL: 'https://apiv3.linksfield.net',
    LINKSFIELD_ACCESS_CODE: 'P1',
    LINKSFIELD_SECRET: 's',
    LINKSFIELD_NOTIFY_SECRET: 'n',
    GATEWAY_AUTH: 'none',
  };
  const mall = {
    MALL_VSHOP_URL: 'https://wx.linksfield.net/vshop',
    MALL_PAYMENT_URL: 'https://pay.example/p',
    MALL_TOPUP_URL: 'https://top.example/t',
  };

  it('never runs on the sandbox implicitly under NODE_ENV=production', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'LINKSFIELD_BASE_URL is required under NODE_ENV=production (set LINKSFIELD_SANDBOX=true to run on the built-in sandbox on purpose)',
    ]);
    expect(loadConfig({ NODE_ENV: 'production', LINKSFIELD_SANDBOX: 'true' })).toMatchObject({
      production: true,
      linksfieldBaseUrl: null,
      sandboxRequested: true,
    });
    expect(problemsOf({ NODE_ENV: 'production', ...real })).toEqual([]);
    expect(problemsOf({ ...real, LINKSFIELD_SANDBOX: 'true' })).toEqual([
      'LINKSFIELD_SANDBOX=true and LINKSFIELD_BASE_URL contradict each other: set one',
    ]);
  });

  it('requires the FMS and Mall credentials with their real URLs, never falling back to the sandbox ones', () => {
    expect(problemsOf({ FMS_BASE_URL: 'https://fms.example/api' })).toEqual([
      'FMS_PARTNER_CODE is required when FMS_BASE_URL is set',
    ]);
    expect(problemsOf(mall)).toEqual([
      'MALL_PARTNER_CODE is required when MALL_VSHOP_URL is set',
      'MALL_SECRET is required when MALL_VSHOP_URL is set',
    ]);
    const config = loadConfig({
      ...mall,
      FMS_BASE_URL: 'https://fms.example/api',
      FMS_PARTNER_CODE: 'F9',
      MALL_PARTNER_CODE: 'M9',
      MALL_SECRET: 'real-mall-secret',
    });
    expect([config.fms.partnerCode, config.mall.partnerCode, config.mall.secret]).toEqual([
      'F9',
      'M9',
      'real-mall-secret',
    ]);
    // Without their URLs, FMS and Mall run on the sandbox with its public values.
    expect(loadConfig({}).mall.secret).toBe(SANDBOX_CREDENTIALS.mallSecret);
  });

  it('refuses the sandbox public secrets in front of a real upstream in production, naming the variable and not the value', () => {
    const problems = problemsOf({
      NODE_ENV: 'production',
      ...real,
      LINKSFIELD_SECRET: SANDBOX_CREDENTIALS.secret,
      LINKSFIELD_NOTIFY_SECRET: SANDBOX_CREDENTIALS.notifySecret,
      ...mall,
      MALL_PARTNER_CODE: 'M9',
      MALL_SECRET: SANDBOX_CREDENTIALS.mallSecret,
    });
    expect(problems).toEqual([
      "LINKSFIELD_SECRET is the built-in sandbox's public value; set the one Linksfield gave you",
      "LINKSFIELD_NOTIFY_SECRET is the built-in sandbox's public value; set the one Linksfield gave you",
      "MALL_SECRET is the built-in sandbox's public value; set the one Linksfield gave you",
    ]);
    expect(problems.join('\n')).not.toContain(SANDBOX_CREDENTIALS.secret);
    // Outside production a standalone sandbox may stand in for Linksfield with its own values.
    expect(problemsOf({ ...real, LINKSFIELD_SECRET: SANDBOX_CREDENTIALS.secret })).toEqual([]);
  });

  it('reads the order-status second factor, and refuses a weak token or a bad address without echoing the token', () => {
    const token = 'a'.repeat(40);
    const config = loadConfig({
      WEBHOOK_ORDER_STATUS_TOKEN: token,
      WEBHOOK_ALLOWED_SOURCES: '203.0.113.0/24, 2001:db8::/32 198.51.100.7',
    });
    expect(config.webhooks).toMatchObject({
      orderStatusToken: token,
      allowedSources: ['203.0.113.0/24', '2001:db8::/32', '198.51.100.7'],
    });
    const problems = problemsOf({
      WEBHOOK_ORDER_STATUS_TOKEN: 'short-secret',
      WEBHOOK_ALLOWED_SOURCES: '203.0.113.0/33',
      WEBHOOK_TRUSTED_PROXIES: 'proxy.local',
    });
    expect(problems).toEqual([
      'WEBHOOK_ORDER_STATUS_TOKEN must be 32 to 100 characters of A-Z, a-z, 0-9, "-" and "_" (e.g. openssl rand -hex 32)',
      'WEBHOOK_ALLOWED_SOURCES: "203.0.113.0/33" is not an IP address or a CIDR block (e.g. 203.0.113.0/24, 2001:db8::/32)',
      'WEBHOOK_TRUSTED_PROXIES: "proxy.local" is not an IP address or a CIDR block (e.g. 203.0.113.0/24, 2001:db8::/32)',
    ]);
    expect(problems.join('\n')).not.toContain('short-secret');
  });

  it('says the superseded order-status switch is gone instead of ignoring it', () => {
    expect(problemsOf({ WEBHOOK_REQUIRE_ORDER_STATUS_SIGNATURE: 'false' })).toEqual([
      'WEBHOOK_REQUIRE_ORDER_STATUS_SIGNATURE was removed: unsigned order-status pushes are accepted with WEBHOOK_ORDER_STATUS_TOKEN and/or WEBHOOK_ALLOWED_SOURCES',
    ]);
  });
});
