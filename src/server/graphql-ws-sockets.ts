import type { IncomingMessage } from 'node:http';
import {
  CloseCode,
  handleProtocols,
  makeServer,
  MessageType,
  parseMessage,
  type Context,
  type ServerOptions,
  type SubscribeMessage,
} from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket, WebSocketServer } from 'ws';
import { startOperation, type OperationSocket } from './graphql-ws-operations.js';
import { Heartbeat } from './heartbeat.js';

/** What graphql-ws hands our hooks as `ctx.extra`, as its own `useServer` does. */
export interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
}

/** graphql-ws's own default wait for `connection_init`. */
const DEFAULT_INIT_WAIT_MS = 3_000;
/** How often sockets still waiting for `connection_init` are checked: the wait may run over by this much. */
const INIT_SWEEP_MS = 250;

/**
 * The graphql-transport-ws protocol (graphql-ws's own `makeServer`) over `ws`, in place of graphql-ws's `useServer`,
 * which keeps more per idle socket than the protocol needs: a ping timer, an init timer and closures of its own for
 * every socket, and an async frame holding each subscribe message's buffer for the subscription's whole life.
 * Here one sweep closes sockets that never sent `connection_init` (4408, as graphql-ws does), one heartbeat
 * pings each socket once per keep-alive interval, and a socket that has not answered a ping within an interval is
 * terminated (as `useServer` does). graphql-ws's core handles the connection (init, ack, ping, complete, close);
 * `subscribe` messages are run by `startOperation` instead, so a running subscription keeps no async frame.
 * A failure inside the protocol closes the socket with 4500, logged here, its message never sent to the client.
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
      // The connection's state, for the subscribe messages run outside graphql-ws's core.
      const protocolSocket = protocolSockets.get(ctx.extra.socket);
      if (protocolSocket) protocolSocket.context = ctx;
      return options.onConnect?.(ctx);
    },
  });
  sockets.options.handleProtocols = handleProtocols;
  const heartbeat = new Heartbeat(sockets.clients, keepAliveMs);
  const fail = (socket: WebSocket, error: unknown) => {
    logger.error({ err: error }, 'graphql-ws: unexpected error on a socket');
    socket.close(CloseCode.InternalServerError, 'Internal server error');
  };
  function answered(this: WebSocket) {
    heartbeat.forget(this);
  }
  function failed(this: WebSocket, error: Error) {
    fail(this, error);
  }

  const protocolSockets = new WeakMap<WebSocket, ProtocolSocket>();
  function ended(this: WebSocket, code: number, reason: Buffer) {
    awaitingInit.delete(this);
    heartbeat.forget(this);
    void protocolSockets.get(this)?.closed?.(code, String(reason));
  }

  sockets.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    awaitingInit.set(socket, Date.now() + initWaitMs);
    // Listeners shared by every socket (`this` is the socket), and `on` rather than `once` for events that come
    // once anyway: `once` keeps a wrapper and its state per socket.
    socket.on('error', failed);
    socket.on('pong', answered);
    socket.on('close', ended);
    const protocolSocket = new ProtocolSocket(socket, options, fail);
    protocolSockets.set(socket, protocolSocket);
    protocolSocket.closed = server.opened(protocolSocket, { socket, request });
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

  const heartbeatTicks = setInterval(() => heartbeat.tick(Date.now()), heartbeat.tickMs);
  heartbeatTicks.unref();

  return {
    async dispose() {
      clearInterval(heartbeatTicks);
      clearInterval(initSweep);
      for (const socket of sockets.clients) socket.close(1001, 'Going away');
      sockets.removeAllListeners();
      await new Promise<void>((resolve, reject) => sockets.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

type Fail = (socket: WebSocket, error: unknown) => void;
type Options = ServerOptions<Record<string, unknown> | undefined, SocketExtra>;

/**
 * What graphql-ws's protocol core sends and listens through, and what the operations of this socket send through:
 * one object per socket, its methods shared.
 */
class ProtocolSocket implements OperationSocket {
  /** Tells the protocol core the socket closed (its subscriptions end). */
  closed: ((code: number, reason: string) => Promise<void>) | null = null;
  /** graphql-ws's state of this connection, once `connection_init` came. */
  context: Context<Record<string, unknown> | undefined, SocketExtra> | null = null;

  constructor(
    private readonly socket: WebSocket,
    private readonly options: Options,
    private readonly failed: Fail,
  ) {}

  get protocol(): string {
    return this.socket.protocol;
  }

  /** As graphql-ws wants it: a promise. */
  send(data: string): Promise<void>;
  /** As an operation wants it: a callback, no promise per message. */
  send(data: string, sent: (error?: Error) => void): void;
  send(data: string, sent?: (error?: Error) => void): Promise<void> | void {
    if (sent) {
      if (this.socket.readyState !== this.socket.OPEN) return sent();
      return this.socket.send(data, sent);
    }
    return new Promise<void>((resolve, reject) => this.send(data, (error) => (error ? reject(error) : resolve())));
  }

  close(code?: number, reason?: string): void {
    this.socket.close(code, reason);
  }

  fail(error: unknown): void {
    this.failed(this.socket, error);
  }

  /** A `subscribe` message is run here, any other by graphql-ws's core (which also refuses what does not parse). */
  onMessage(handle: (data: string) => Promise<void>): void {
    this.socket.on('message', (data) => {
      const text = String(data);
      const subscribe = subscribeMessageOf(text);
      const handled = subscribe ? startOperation(this.options, this, this.context, subscribe) : handle(text);
      handled.catch((error: unknown) => this.fail(error));
    });
  }
}

/** The message, when it is a valid `subscribe` message; null for any other, or for what is not a message. */
function subscribeMessageOf(text: string): SubscribeMessage | null {
  let message;
  try {
    message = parseMessage(text);
  } catch {
    return null;
  }
  if (message.type !== MessageType.Subscribe) return null;
  return { ...message, payload: { ...message.payload, query: sharedQuery(message.payload.query) } };
}

/** Distinct documents kept for sharing; past it the set starts over. */
const MAX_SHARED_QUERIES = 1_000;
const sharedQueries = new Map<string, string>();

/**
 * A subscription keeps its payload for the hooks: subscribers sending the same document then share one copy of
 * its text rather than each keeping its own.
 */
function sharedQuery(query: string): string {
  const shared = sharedQueries.get(query);
  if (shared !== undefined) return shared;
  if (sharedQueries.size >= MAX_SHARED_QUERIES) sharedQueries.clear();
  sharedQueries.set(query, query);
  return query;
}
