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

  it('serves the explorer except under production, unless GRAPHQL_EXPLORER says otherwise', () => {
    expect(loadConfig({}).graphql.explorer).toBe(true);
    expect(loadConfig({ GRAPHQL_EXPLORER: 'false' }).graphql.explorer).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).graphql.explorer).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_EXPLORER: 'true' }).graphql.explorer).toBe(true);
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
});
