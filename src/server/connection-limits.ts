import type { FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import type { Socket } from 'node:net';
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
 * refused at connect. Plain HTTP sockets (`HTTP_MAX_CONNECTIONS`) and WebSockets (`WS_MAX_CONNECTIONS`) are
 * counted apart, and an accepted upgrade moves its socket from the first budget to the second.
 */
export interface ConnectionLimits {
  /** Moves an upgrading socket to the WebSocket budget; false (nothing moved) when that budget is full. */
  takeWebSocket(socket: Duplex): boolean;
}

type Limits = Pick<GatewayConfig['server'], 'maxConnections' | 'wsMaxConnections'>;

export const connectionLimitsPlugin = fp<{ limits: Limits }>(
  (async (app, { limits }) => {
    const upgraded = new WeakSet<Duplex>();
    let plain = 0;
    let webSockets = 0;
    const admit = (socket: Socket) => {
      // Closed before the HTTP parser sees a byte, as Node does past `maxConnections`.
      if (plain >= limits.maxConnections) return void socket.destroy();
      plain += 1;
      socket.once('close', () => (upgraded.has(socket) ? (webSockets -= 1) : (plain -= 1)));
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
        this.set({ kind: 'websocket' }, webSockets);
      },
    });
    app.decorate('connectionLimits', {
      takeWebSocket(socket) {
        if (webSockets >= limits.wsMaxConnections || upgraded.has(socket)) return false;
        upgraded.add(socket);
        plain -= 1;
        webSockets += 1;
        return true;
      },
    } satisfies ConnectionLimits);
  }) satisfies FastifyPluginAsync<{ limits: Limits }>,
  { name: 'connection-limits', dependencies: ['telemetry'] },
);
