import type { IncomingMessage } from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket, WebSocketServer } from 'ws';

/** What graphql-ws hands our hooks as `ctx.extra`, as its own `useServer` does. */
export interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
}

/** graphql-ws's own default wait for `connection_init`. */
const DEFAULT_INIT_WAIT_MS = 3_000;
/** The heartbeat visits one in this many sockets per tick, each socket once per keep-alive interval. */
const HEARTBEAT_SLICES = 12;
/** How often sockets still waiting for `connection_init` are checked: the wait may run over by this much. */
const INIT_SWEEP_MS = 250;

/**
 * The graphql-transport-ws protocol (graphql-ws's own `makeServer`) over `ws`, in place of graphql-ws's `useServer`,
 * which keeps more per idle socket than the protocol needs: a ping timer, an init timer and closures of its own for
 * every socket, and an async frame holding each subscribe message's buffer for the subscription's whole life.
 * Here one sweep closes sockets that never sent `connection_init` (4408, as graphql-ws does), one heartbeat
 * pings each socket once per keep-alive interval, and a socket that has not answered a ping within an interval is
 * terminated (as `useServer` does). A failure inside the protocol closes the socket with 4500, logged here,
 * its message never sent to the client.
 */
export function serveGraphqlWs(
  options: ServerOptions<Record<string, unknown> | undefined, SocketExtra>,
  sockets: WebSocketServer,
  keepAliveMs: number,
  logger: Pick<Logger, 'error'>,
): { dispose(): Promise<void> } {
  // The init wait is swept here for all sockets at once, rather than by a timer graphql-ws keeps per socket.
  const initWaitMs = options.connectionInitWaitTimeout ?? DEFAULT_INIT_WAIT_MS;
  const awaitingInit = new Map<WebSocket, number>();
  const server = makeServer({
    ...options,
    connectionInitWaitTimeout: 0,
    onConnect: (ctx) => {
      awaitingInit.delete(ctx.extra.socket);
      return options.onConnect?.(ctx);
    },
  });
  sockets.options.handleProtocols = handleProtocols;
  /** Sockets pinged and not answered yet, with when they were pinged. */
  const unanswered = new Map<WebSocket, number>();
  const fail = (socket: WebSocket, error: unknown) => {
    logger.error({ err: error }, 'graphql-ws: unexpected error on a socket');
    socket.close(CloseCode.InternalServerError, 'Internal server error');
  };
  function answered(this: WebSocket) {
    unanswered.delete(this);
  }
  function failed(this: WebSocket, error: Error) {
    fail(this, error);
  }

  const protocolSockets = new WeakMap<WebSocket, ProtocolSocket>();
  function ended(this: WebSocket, code: number, reason: Buffer) {
    awaitingInit.delete(this);
    unanswered.delete(this);
    void protocolSockets.get(this)?.closed?.(code, String(reason));
  }

  sockets.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    awaitingInit.set(socket, Date.now() + initWaitMs);
    // Listeners shared by every socket (`this` is the socket), and `on` rather than `once` for events that come
    // once anyway: `once` keeps a wrapper and its state per socket.
    socket.on('error', failed);
    socket.on('pong', answered);
    socket.on('close', ended);
    const protocolSocket = new ProtocolSocket(socket, fail);
    protocolSocket.closed = server.opened(protocolSocket, { socket, request });
    protocolSockets.set(socket, protocolSocket);
  });

  const initSweep = setInterval(() => {
    const now = Date.now();
    for (const [socket, deadline] of awaitingInit) {
      if (deadline > now) continue;
      awaitingInit.delete(socket);
      socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
    }
  }, INIT_SWEEP_MS);
  initSweep.unref();

  // A slice of the sockets per tick, so 10,000 pings never leave in one burst that holds up webhooks and deliveries.
  let slice = 0;
  const heartbeat = setInterval(() => {
    const now = Date.now();
    let index = 0;
    for (const socket of sockets.clients) {
      if (index++ % HEARTBEAT_SLICES !== slice || socket.readyState !== socket.OPEN) continue;
      const pingedAt = unanswered.get(socket);
      if (pingedAt === undefined) {
        unanswered.set(socket, now);
        socket.ping();
      } else if (now - pingedAt >= keepAliveMs) socket.terminate();
    }
    slice = (slice + 1) % HEARTBEAT_SLICES;
  }, keepAliveMs / HEARTBEAT_SLICES);
  heartbeat.unref();

  return {
    async dispose() {
      clearInterval(heartbeat);
      clearInterval(initSweep);
      for (const socket of sockets.clients) socket.close(1001, 'Going away');
      sockets.removeAllListeners();
      await new Promise<void>((resolve, reject) => sockets.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

type Fail = (socket: WebSocket, error: unknown) => void;

/** What graphql-ws's protocol core sends and listens through: one object per socket, its methods shared. */
class ProtocolSocket {
  /** Tells the protocol core the socket closed (its subscriptions end). */
  closed: ((code: number, reason: string) => Promise<void>) | null = null;

  constructor(
    private readonly socket: WebSocket,
    private readonly fail: Fail,
  ) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  send(data: string): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.socket.readyState !== this.socket.OPEN) return resolve();
      this.socket.send(data, (error) => (error ? reject(error) : resolve()));
    });
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  /** Not awaited in a frame of its own: a subscribe message's handling lasts as long as its subscription. */
  onMessage(handle: (data: string) => Promise<void>): void {
    this.socket.on('message', (data) => void handle(String(data)).catch((error) => this.fail(this.socket, error)));
  }
}
