import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import type { Duplex } from 'node:stream';
import { Gauge } from 'prom-client';
import type { GatewayConfig } from '../config.js';

declare module 'fastify' {
  interface FastifyInstance {
    connectionLimits: ConnectionLimits;
  }
}

/**
 * Two budgets of sockets instead of Node's one `server.maxConnections`, which keeps counting a socket after it
 * became a WebSocket: with it, idle subscribers alone could fill the server, and webhooks and queries were then
 * refused at connect. Plain HTTP sockets (`HTTP_MAX_CONNECTIONS`) and WebSockets (`WS_MAX_CONNECTIONS`, and
 * `WS_MAX_CONNECTIONS_PER_IP` from one address) are counted apart; an accepted upgrade moves its socket from the
 * first budget to the second.
 */
interface ConnectionLimits {
  /** Moves an upgrading socket to the WebSocket budget; otherwise says which cap is full (nothing moved). */
  takeWebSocket(socket: Duplex, address: string): 'address-full' | 'instance-full' | null;
}

type Limits = Pick<GatewayConfig['server'], 'maxConnections' | 'wsMaxConnections' | 'wsMaxConnectionsPerIp'>;

export const connectionLimitsPlugin = fp<{ limits: Limits }>(
  (async (app, { limits }) => {
    /** Each WebSocket's address, until it closes. */
    const upgraded = new Map<Duplex, string>();
    const perAddress = new Map<string, number>();
    let plain = 0;
    // One listener for every socket (`this` is the socket), rather than a closure kept per socket.
    function closed(this: Duplex) {
      const address = upgraded.get(this);
      if (address === undefined) return void (plain -= 1);
      upgraded.delete(this);
      const left = (perAddress.get(address) ?? 1) - 1;
      if (left > 0) perAddress.set(address, left);
      else perAddress.delete(address);
    }
    const admit = (socket: Duplex) => {
      // Closed before the HTTP parser sees a byte, as Node does past `maxConnections`.
      if (plain >= limits.maxConnections) return void socket.destroy();
      plain += 1;
      socket.on('close', closed);
    };
    app.server.on('connection', admit);
    app.addHook('onClose', async () => void app.server.off('connection', admit));
    new Gauge({
      name: 'gateway_open_connections',
      help: 'Open client sockets by kind: plain HTTP (HTTP_MAX_CONNECTIONS) or WebSocket (WS_MAX_CONNECTIONS).',
      labelNames: ['kind'],
      registers: [app.metrics.registry],
      collect() {
        this.set({ kind: 'http' }, plain);
        this.set({ kind: 'websocket' }, upgraded.size);
      },
    });
    app.decorate('connectionLimits', {
      takeWebSocket(socket, address) {
        const open = perAddress.get(address) ?? 0;
        if (open >= limits.wsMaxConnectionsPerIp) return 'address-full';
        if (upgraded.size >= limits.wsMaxConnections || upgraded.has(socket)) return 'instance-full';
        upgraded.set(socket, address);
        perAddress.set(address, open + 1);
        plain -= 1;
        return null;
      },
    } satisfies ConnectionLimits);
  }) satisfies FastifyPluginAsync<{ limits: Limits }>,
  { name: 'connection-limits', dependencies: ['telemetry'] },
);
