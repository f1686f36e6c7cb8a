import { loadConfig } from '../config.js';
import { csssEndpoints } from '../upstream/csss/endpoints.js';
import { applyOverrides, loadOverrides } from '../upstream/overrides.js';
import { sandboxFamilies } from './families.js';
import { startSandbox } from './server.js';

/**
 * `npm run sandbox`: the built-in Linksfield on its own port, for trying the gateway against a separate process.
 * Reads `SANDBOX_PORT` (4010), `SANDBOX_SIMS` (1,000), the `LINKSFIELD_*` credentials (sandbox defaults when unset),
 * `LINKSFIELD_ENDPOINTS_FILE` (followed only for endpoints documented by name only: documented ones keep the paths of
 * the sandbox's own statement of the reference), `SANDBOX_NOTIFY_URL`, and `WEBHOOK_ORDER_STATUS_TOKEN`: order status
 * is pushed unsigned, as Linksfield does (§7.7), under that token when it is set, so a gateway given the same token
 * accepts it.
 */
/** Where `npm run sandbox` listens unless `SANDBOX_PORT` says otherwise. */
const STANDALONE_PORT = 4010;

async function main(): Promise<void> {
  const config = loadConfig();
  const overrides = loadOverrides(config.endpointsFile);
  const notifyUrl = config.sandbox.notifyUrl;
  const sandbox = await startSandbox({
    port: config.sandbox.port ?? STANDALONE_PORT,
    sims: config.sandbox.sims,
    accessCode: config.accessCode,
    secret: config.secret,
    notifySecret: config.notifySecret,
    endpoints: applyOverrides('csss', csssEndpoints, overrides),
    families: sandboxFamilies(config, overrides),
    notifyUrl,
    notifier: { unsignedKinds: ['order-status'], unsignedUrlToken: config.webhooks.orderStatusToken },
  });
  const customSecrets = Boolean(process.env.LINKSFIELD_SECRET || process.env.LINKSFIELD_NOTIFY_SECRET);
  process.stdout.write(
    [
      `Linksfield sandbox listening on ${sandbox.url}`,
      `  CSSS access_code: ${config.accessCode}; ${customSecrets ? 'secrets from LINKSFIELD_SECRET / LINKSFIELD_NOTIFY_SECRET' : 'secrets: the documented sandbox defaults'}`,
      `  fleet: ${sandbox.csss.state.sims.length} SIMs, ${sandbox.csss.state.orders.size} orders`,
      `  notifications: ${notifyUrl ?? 'off (set SANDBOX_NOTIFY_URL or PUT /_sandbox/notify-url)'}; order status unsigned, as Linksfield sends it, ${config.webhooks.orderStatusToken ? 'under WEBHOOK_ORDER_STATUS_TOKEN' : 'without a URL token (set WEBHOOK_ORDER_STATUS_TOKEN here and on the gateway)'}`,
      `  eSIM QR Mall (FMS): ${sandbox.url}/fms; Mall: ${sandbox.url}/mall/{vshop,payment,topup}`,
      `  control API: ${sandbox.url}/_sandbox/calls, /_sandbox/faults, /_sandbox/latency, /_sandbox/usage-alerts`,
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`sandbox: ${signal}, shutting down\n`);
    const deadline = setTimeout(() => process.exit(1), 5_000).unref();
    void sandbox.close().then(() => {
      clearTimeout(deadline);
      process.exit(0);
    });
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
