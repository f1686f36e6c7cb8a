import 'reflect-metadata';
import closeWithGrace from 'close-with-grace';
import { ClientsFileError } from './access/clients-file.js';
import { ConfigError, loadConfig } from './config.js';
import { createGateway, UNSIGNED_ORDER_STATUS_REFUSED } from './server/app.js';
import { EndpointOverrideError } from './upstream/overrides.js';

/** `npm start`: read the config, build the gateway, listen, and shut down gracefully on a signal. */
try {
  const config = loadConfig();
  const gateway = await createGateway(config);
  const url = await gateway.listen();
  const lines = [`Linksfield GraphQL gateway ready at ${url}`];
  if (gateway.sandbox) {
    lines.push(
      `  upstream: THE BUILT-IN SANDBOX at ${gateway.sandbox.url}: simulated data, not Linksfield (${config.sandbox.sims} SIMs; access code ${config.accessCode}, public sandbox secrets)`,
      `  webhooks: the sandbox posts notifications to this gateway's /webhooks/linksfield/* routes`,
    );
  } else {
    lines.push(`  upstream: ${new URL(config.linksfieldBaseUrl!).origin} (access code ${config.accessCode})`);
    const { orderStatusToken, allowedSources } = config.webhooks;
    const factors = [
      orderStatusToken ? 'the URL token' : null,
      allowedSources.length > 0 ? `a sender in ${allowedSources.join(', ')}` : null,
    ].filter(Boolean);
    lines.push(
      factors.length > 0
        ? `  webhooks: unsigned order-status pushes need ${factors.join(' and ')}`
        : `  webhooks: ${UNSIGNED_ORDER_STATUS_REFUSED}`,
    );
  }
  if (config.access.clientsFile) {
    lines.push(
      `  callers: ${gateway.services.access.clientCount} clients from ${config.access.clientsFile}; requests without credentials get 401`,
    );
  } else {
    lines.push(
      `  callers: NOT IDENTIFIED: anyone who reaches this port has every scope on every SIM (no GATEWAY_CLIENTS_FILE)`,
    );
  }
  if (gateway.sandboxDemo) {
    const { key, client } = gateway.sandboxDemo;
    lines.push(
      `  try a restricted caller: Authorization: Bearer ${key}`,
      `    (built-in client "${client.id}": ${client.scopes.join(', ')} on SIMs ${client.iccids!.join(', ')}; a new key each start)`,
    );
  }
  const perMinute = (limit: number, what: string) => (limit === 0 ? `unlimited ${what}` : `${limit} ${what}`);
  const { metrics } = config;
  lines.push(
    `  limits per client: ${perMinute(config.limits.requestsPerMinute, 'requests')} and ${perMinute(config.limits.writesPerMinute, 'writes')} a minute, ${config.graphql.maxUpstreamCalls} upstream calls per operation`,
    `  metrics: ${metrics.port !== null ? `${gateway.metricsUrl()}` : metrics.token ? '/metrics with METRICS_TOKEN' : 'not served (set METRICS_TOKEN or METRICS_PORT)'}`,
  );
  lines.push(`  cache and events: ${config.redisUrl ? 'Redis' : 'in memory'}`);
  lines.push(
    config.graphql.explorer
      ? `  explorer: open ${url} in a browser (GraphiQL, served by this gateway)`
      : '  explorer: off (GRAPHQL_EXPLORER)',
  );
  console.log(lines.join('\n'));
  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) console.error(err);
    await gateway.close();
  });
} catch (error) {
  if (error instanceof ConfigError || error instanceof EndpointOverrideError || error instanceof ClientsFileError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
