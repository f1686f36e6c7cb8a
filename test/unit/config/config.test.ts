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
    expect(config).toMatchObject({ port: 4000, linksfieldBaseUrl: null, redisUrl: null, accessCode: SANDBOX_CREDENTIALS.accessCode });
    expect(config.webhooks.requireOrderStatusSignature).toBe(true);
    expect(config.webhooks.dedupeTtlSeconds).toBeGreaterThanOrEqual(7 * 24 * 3600);
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
    const real = { LINKSFIELD_BASE_URL: 'https://apiv3.linksfield.net', LINKSFIELD_ACCESS_CODE: 'P1', LINKSFIELD_SECRET: 's', LINKSFIELD_NOTIFY_SECRET: 'n' };
    expect(problemsOf(real)).toEqual([expect.stringMatching(/^GATEWAY_CLIENTS_FILE is required when LINKSFIELD_BASE_URL is set/)]);
    expect(problemsOf({ ...real, GATEWAY_AUTH: 'none' })).toEqual([]);
    expect(problemsOf({ ...real, GATEWAY_CLIENTS_FILE: '/etc/gateway/clients.json' })).toEqual([]);
    expect(problemsOf({ ...real, GATEWAY_AUTH: 'off' })).toHaveLength(2);
    expect(problemsOf({ GATEWAY_AUTH: 'none', GATEWAY_CLIENTS_FILE: '/etc/gateway/clients.json' })).toEqual([
      'GATEWAY_AUTH=none and GATEWAY_CLIENTS_FILE contradict each other: set one',
    ]);
    expect(loadConfig({}).access).toEqual({ clientsFile: null, auth: null, recheckMs: 30_000 });
  });

  it('reports every bad value at once, without echoing a URL that may hold a password', () => {
    const problems = problemsOf({ PORT: 'eighty', REDIS_URL: 'http://user:hunter2@redis', WEBHOOK_REQUIRE_ORDER_STATUS_SIGNATURE: 'maybe', MALL_SIGN_MODE: 'sha' });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('takes the three Mall URLs together or not at all', () => {
    expect(problemsOf({ MALL_VSHOP_URL: 'https://wx.linksfield.net/vshop' })).toEqual([
      'MALL_VSHOP_URL, MALL_PAYMENT_URL and MALL_TOPUP_URL are set together or not at all',
    ]);
  });

  it('reads the limits, CORS origins, metrics and audit settings, with defaults that protect', () => {
    const config = loadConfig({});
    expect(config.limits).toEqual({ requestsPerMinute: 1_200, writesPerMinute: 120, connectionsPerClient: 200 });
    expect(config.graphql.maxUpstreamCalls).toBe(200);
    expect(config.corsOrigins).toEqual([]);
    expect(config.metrics).toEqual({ token: null, port: null });
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(loadConfig({ RATE_LIMIT_REQUESTS_PER_MINUTE: '0' }).limits.requestsPerMinute).toBe(0);
    expect(problemsOf({ PORT: '4000', METRICS_PORT: '4000' })).toEqual(['METRICS_PORT must differ from PORT']);
    expect(problemsOf({ METRICS_TOKEN: 'short', GRAPHQL_MAX_UPSTREAM_CALLS: '0', CORS_ORIGINS: 'app.example.com' })).toEqual([
      'CORS_ORIGINS: "app.example.com" is not an origin like https://app.example.com (scheme, host, optional port, no path)',
      'GRAPHQL_MAX_UPSTREAM_CALLS must be a whole number from 1 to 100000 (got "0")',
      'METRICS_TOKEN must be at least 16 characters',
    ]);
  });
});
