import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import { Authenticator } from '../access/authenticator.js';
import { sandboxDemoClient, type SandboxDemo } from '../access/sandbox-demo.js';
import type { GatewayConfig } from '../config.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Who may call: the clients file (re-read when it changes), API keys and tokens. */
    access: Authenticator;
    /** On the sandbox with no clients file: a key of the restricted `sandbox-demo` client, to try the restricted path. */
    sandboxDemo: SandboxDemo | null;
  }
}

/** The callers; a bad clients file fails the start (and the parts started before it are closed). */
export const accessPlugin = fp<{ config: GatewayConfig }>(
  (async (app, { config }) => {
    const { sandbox } = app.upstreams;
    // With no clients file on the sandbox, a key generated now lets a newcomer try a restricted client at once.
    const sandboxDemo =
      sandbox && config.access.clientsFile === null
        ? sandboxDemoClient(sandbox.csss.state.sims.map((sim) => sim.iccid))
        : null;
    const access = new Authenticator({
      clientsFile: config.access.clientsFile,
      builtIn: sandboxDemo ? [sandboxDemo.client] : [],
      onReloadError: (error) => app.log.error(`${error.message}; the clients read before stay in force`),
    });
    app.decorate('access', access);
    app.decorate('sandboxDemo', sandboxDemo);
  }) satisfies FastifyPluginAsync<{ config: GatewayConfig }>,
  { name: 'access', dependencies: ['upstreams'] },
);
