import type { GatewayReady } from '../children/gateway.js';
import type { SandboxReady } from '../children/sandbox.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { launch, type Child } from './child.js';
import { BENCH_CREDENTIALS } from './credentials.js';
import { postGraphQL } from './graphql.js';

/** Starting the two servers every part needs: a sandbox child and a gateway child over it. */
export function startSandboxChild(sims: number): Promise<Child<SandboxReady>> {
  return launch<SandboxReady>(new URL('../children/sandbox.js', import.meta.url), {
    env: { BENCH_SANDBOX_SIMS: String(sims) },
  });
}

/**
 * A gateway over that sandbox, configured as deployed (`NODE_ENV=production`, which also turns off graphql-js's
 * development checks, and the bench sandbox's own secrets), with the in-memory cache and event pipeline (any
 * `REDIS_URL` of the caller's shell is ignored so runs compare), silent, on an ephemeral loopback port.
 */
export async function startGatewayChild(
  sandbox: Child<SandboxReady>,
  env: Record<string, string> = {},
): Promise<Child<GatewayReady>> {
  const gateway = await launch<GatewayReady>(new URL('../children/gateway.js', import.meta.url), {
    execArgv: ['--expose-gc'],
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
      REDIS_URL: '',
      LINKSFIELD_ENDPOINTS_FILE: '',
      LINKSFIELD_BASE_URL: sandbox.ready.url,
      GATEWAY_AUTH: 'none',
      // A load test is one client sending far more than any real one may.
      RATE_LIMIT_REQUESTS_PER_MINUTE: '0',
      RATE_LIMIT_WRITES_PER_MINUTE: '0',
      RATE_LIMIT_CONNECTIONS_PER_CLIENT: '0',
      LINKSFIELD_ACCESS_CODE: BENCH_CREDENTIALS.accessCode,
      LINKSFIELD_SECRET: BENCH_CREDENTIALS.secret,
      LINKSFIELD_NOTIFY_SECRET: BENCH_CREDENTIALS.notifySecret,
      // Every bench subscriber connects from 127.0.0.1.
      WS_MAX_CONNECTIONS_PER_IP: '1000000',
      GRAPHQL_TRUSTED_DOCUMENTS: 'off',
      ...env,
    },
  });
  // The fleet inventory builds at start-up: measured parts begin once its upstream calls are done.
  await fleetComplete(gateway.ready.url);
  return gateway;
}

/** Waits until the gateway's first fleet build is complete. */
export async function fleetComplete(url: string, timeoutMs = 15 * 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const result = await postGraphQL<{ fleet: { complete: boolean } }>(url, '{ fleet { complete } }', {});
    if (result.data?.fleet.complete) return;
    await sleep(100);
  }
  throw new Error(`the fleet of ${url} was not built within ${timeoutMs} ms`);
}

/** Stops children in reverse order of start; never throws (a bench that failed should still clean up). */
export async function stopAll(...children: Child<unknown>[]): Promise<void> {
  for (const child of [...children].reverse()) await child.stop().catch(() => undefined);
}
