import 'reflect-metadata';
import closeWithGrace from 'close-with-grace';
import { ConfigError, loadConfig } from './config.js';
import { createGateway } from './server/app.js';
import { EndpointOverrideError } from './upstream/overrides.js';

/** `npm start`: read the config, build the gateway, listen, and shut down gracefully on a signal. */
try {
  const config = loadConfig();
  const gateway = await createGateway(config);
  const url = await gateway.listen();
  const lines = [`Linksfield GraphQL gateway ready at ${url}`];
  if (gateway.sandbox) {
    lines.push(
      `  upstream: the built-in sandbox at ${gateway.sandbox.url} (${config.sandbox.sims} SIMs; access code ${config.accessCode}, documented sandbox secrets)`,
      `  webhooks: the sandbox posts notifications to this gateway's /webhooks/linksfield/* routes`,
    );
  } else {
    lines.push(`  upstream: ${new URL(config.linksfieldBaseUrl!).origin} (access code ${config.accessCode})`);
  }
  lines.push(`  cache and events: ${config.redisUrl ? 'Redis' : 'in memory'}`, `  open ${url} in a browser to explore the schema`);
  console.log(lines.join('\n'));
  closeWithGrace({ delay: 10_000 }, async ({ err }) => {
    if (err) console.error(err);
    await gateway.close();
  });
} catch (error) {
  if (error instanceof ConfigError || error instanceof EndpointOverrideError) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
