import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import type { GatewayServices } from '../graph/context.js';
import type { FamilyHealth } from '../upstream/guard.js';

/** How long an upstream probe answer is reused, so probes never hammer Linksfield. */
const PROBE_CACHE_MS = 5_000;

/** The upstream families' health: breakers, load, and a signed CSSS read (with these credentials). */
interface UpstreamHealth {
  status: 'ok' | 'degraded';
  families: Record<string, FamilyHealth & { probe?: string }>;
}

/**
 * `GET /healthz`: the process is alive. `GET /readyz`: this instance can take traffic, i.e. its own stores answer;
 * never Linksfield's health, so webhook intake stays in the load balancer while Linksfield is down (`?verbose`
 * adds the upstream detail without changing the status); `sandbox` says whether "Linksfield" is the built-in
 * sandbox. `GET /health/upstream`: the upstream families, 503 when a breaker is open or the probe read fails.
 * (`GET /metrics` is `mountMetrics`, behind a token or on its own port.)
 */
function mountHealth(app: FastifyInstance, services: GatewayServices, storeReady: () => boolean): void {
  let last: { at: number; probe: Promise<string> } | undefined;
  const probe = (): Promise<string> => {
    if (!last || Date.now() - last.at >= PROBE_CACHE_MS) {
      last = {
        at: Date.now(),
        probe: services.csss.call('listPlans', {}).then(
          () => 'ok',
          (error: { code?: string }) => error.code ?? 'UPSTREAM_UNAVAILABLE',
        ),
      };
    }
    return last.probe;
  };
  const upstreamHealth = async (): Promise<UpstreamHealth> => {
    const families: UpstreamHealth['families'] = { csss: { ...services.csss.guard.health(), probe: await probe() } };
    if (services.fms) families.fms = services.fms.guard.health();
    if (services.mall) families.mall = services.mall.guard.health();
    const healthy = Object.values(families).every(
      (family) =>
        family.state === 'closed' && Object.keys(family.endpoints).length === 0 && (family.probe ?? 'ok') === 'ok',
    );
    return { status: healthy ? 'ok' : 'degraded', families };
  };

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get<{ Querystring: { verbose?: string } }>('/readyz', async (request, reply) => {
    const store = storeReady() ? 'ok' : 'UNAVAILABLE';
    const ready = store === 'ok';
    // `sandbox: true` says the data is the built-in simulator's, whatever the status.
    const body = { status: ready ? 'ready' : 'not ready', store, sandbox: services.config.linksfieldBaseUrl === null };
    return reply
      .code(ready ? 200 : 503)
      .send(request.query.verbose === undefined ? body : { ...body, upstream: await upstreamHealth() });
  });

  app.get('/health/upstream', async (_request, reply) => {
    const health = await upstreamHealth();
    return reply.code(health.status === 'ok' ? 200 : 503).send(health);
  });
}

/** The health, readiness and upstream-health routes. */
export const healthPlugin = fp(
  (async (app) => mountHealth(app, app.services, app.store.ready)) satisfies FastifyPluginAsync,
  { name: 'health', dependencies: ['services', 'store'] },
);
