import type { FastifyInstance } from 'fastify';
import type { GatewayServices } from '../graph/context.js';

/** How long a readiness answer is reused, so probes never hammer Linksfield. */
const READY_CACHE_MS = 5_000;

/**
 * `GET /healthz`: the process is alive. `GET /readyz`: Linksfield answers a signed read with these
 * credentials, and the shared store (Redis) is connected; `sandbox` says whether "Linksfield" is the built-in
 * sandbox. (`GET /metrics` is `mountMetrics`, behind a token or on its own port.)
 */
export function mountHealth(app: FastifyInstance, services: GatewayServices, storeReady: () => boolean): void {
  let last: { at: number; upstream: string } | undefined;
  const upstreamStatus = async (): Promise<string> => {
    if (last && Date.now() - last.at < READY_CACHE_MS) return last.upstream;
    const upstream = await services.csss.call('listPlans', {}).then(
      () => 'ok',
      (error: { code?: string }) => error.code ?? 'UNAVAILABLE',
    );
    last = { at: Date.now(), upstream };
    return upstream;
  };

  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    const upstream = await upstreamStatus();
    const store = storeReady() ? 'ok' : 'UNAVAILABLE';
    const ready = upstream === 'ok' && store === 'ok';
    // `sandbox: true` says the data is the built-in simulator's, whatever the status.
    return reply.code(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not ready', upstream, store, sandbox: services.config.linksfieldBaseUrl === null });
  });
}
