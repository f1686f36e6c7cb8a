import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import type { GatewayConfig } from '../config.js';
import { SANDBOX_PATHS, sandboxFamilies } from '../sandbox/families.js';
import { startSandbox, type Sandbox } from '../sandbox/server.js';
import type { ClientTuning } from '../upstream/client-tuning.js';
import { CsssClient } from '../upstream/csss/client.js';
import { csssCodeTable } from '../upstream/csss/codes.js';
import { csssEndpoints } from '../upstream/csss/endpoints.js';
import { FmsClient } from '../upstream/fms/client.js';
import { fmsCodeTable } from '../upstream/fms/codes.js';
import { fmsEndpoints } from '../upstream/fms/endpoints.js';
import { MallClient } from '../upstream/mall/client.js';
import { mallCodeTable } from '../upstream/mall/codes.js';
import { mallEndpoints } from '../upstream/mall/endpoints.js';
import { applyCodeOverrides, applyOverrides, loadOverrides } from '../upstream/overrides.js';

/** The upstream families' clients, each behind its guard, and the in-process sandbox when no base URL is set. */
interface Upstreams {
  csss: CsssClient;
  /** eSIM QR Mall; null when neither `FMS_BASE_URL` nor the sandbox provides one. */
  fms: FmsClient | null;
  /** Mall / Topup; null when neither the `MALL_*_URL`s nor the sandbox provide them. */
  mall: MallClient | null;
  sandbox: Sandbox | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    upstreams: Upstreams;
  }
}

export const upstreamsPlugin = fp<{ config: GatewayConfig }>(
  (async (app, { config }) => {
    // Whatever was opened is closed, in reverse, also when a later step of the start fails.
    const opened: (() => Promise<void>)[] = [];
    app.addHook('onClose', async () => {
      for (const close of opened.reverse()) await close();
    });
    const overrides = loadOverrides(config.endpointsFile);
    const endpoints = applyOverrides('csss', csssEndpoints, overrides);
    // Read for every family now, so a mistake in any `codes` stops start-up even for a family not configured.
    const codes = {
      csss: applyCodeOverrides('csss', csssCodeTable, overrides),
      fms: applyCodeOverrides('fms', fmsCodeTable, overrides),
      mall: applyCodeOverrides('mall', mallCodeTable, overrides),
    };
    const sandbox = config.linksfieldBaseUrl
      ? null
      : await startSandbox({
          port: config.sandbox.port ?? 0,
          sims: config.sandbox.sims,
          accessCode: config.accessCode,
          secret: config.secret,
          notifySecret: config.notifySecret,
          // Order status goes unsigned, as Linksfield sends it (§7.7), under the gateway's URL token when it has one.
          notifier: { unsignedKinds: ['order-status'], unsignedUrlToken: config.webhooks.orderStatusToken },
          endpoints,
          families: sandboxFamilies(config, overrides),
        });
    if (sandbox) opened.push(() => sandbox.close());

    const tuning: ClientTuning = {
      timeoutMs: config.upstreamTimeoutMs,
      retries: config.upstreamRetries,
      connections: config.resilience.maxInFlight,
      observe: app.metrics.upstream,
      guard: {
        breakerFailures: config.resilience.breakerFailures,
        halfOpenAfterMs: config.resilience.breakerPauseMs,
        maxQueue: config.resilience.maxQueue,
        retryBudget: config.resilience.retryBudgetPercent / 100,
        tracer: app.tracer,
        logger: app.log,
        monitor: app.metrics.guard,
      },
    };
    const csss = new CsssClient({
      baseUrl: config.linksfieldBaseUrl ?? sandbox!.url,
      accessCode: config.accessCode,
      secret: config.secret,
      endpoints,
      codes: codes.csss,
      ...tuning,
    });
    opened.push(() => csss.close());
    const fmsUrl = config.fms.baseUrl ?? (sandbox ? sandbox.url + SANDBOX_PATHS.fms : null);
    const fms = fmsUrl
      ? new FmsClient({
          baseUrl: fmsUrl,
          partnerCode: config.fms.partnerCode,
          endpoints: applyOverrides('fms', fmsEndpoints, overrides),
          codes: codes.fms,
          ...tuning,
        })
      : null;
    if (fms) opened.push(() => fms.close());
    const mallUrls = config.mall.vshopUrl
      ? { vshopUrl: config.mall.vshopUrl, paymentUrl: config.mall.paymentUrl!, topupUrl: config.mall.topupUrl! }
      : sandbox
        ? {
            vshopUrl: sandbox.url + SANDBOX_PATHS.mallVshop,
            paymentUrl: sandbox.url + SANDBOX_PATHS.mallPayment,
            topupUrl: sandbox.url + SANDBOX_PATHS.mallTopup,
          }
        : null;
    const mall = mallUrls
      ? new MallClient({
          ...config.mall,
          ...mallUrls,
          endpoints: applyOverrides('mall', mallEndpoints, overrides),
          codes: codes.mall,
          ...tuning,
        })
      : null;
    if (mall) opened.push(() => mall.close());
    app.decorate('upstreams', { csss, fms, mall, sandbox });
  }) satisfies FastifyPluginAsync<{ config: GatewayConfig }>,
  { name: 'upstreams', dependencies: ['telemetry'] },
);
