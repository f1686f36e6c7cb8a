import type { FastifyInstance, FastifyPluginAsync } from 'fastify';
import fp from 'fastify-plugin';
import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { execute, GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { Tracer } from '@opentelemetry/api';
import { withRequestBudget } from '../upstream/request-budget.js';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Caller } from '../access/caller.js';
import { AccessDeniedError } from '../access/errors.js';
import { rateLimitedError } from '../access/rate-limit.js';
import type { GatewayServices, GraphContext } from '../graph/context.js';
import { formatGraphQLError } from '../graph/errors.js';
import { createDocumentCache } from './documents.js';
import { contextFor, esimTokenOf, languageOf } from './graphql.js';
import { upgradeOriginAllowed } from './cors.js';
import { operationLimits } from './limits.js';
import { OperationGate, withoutSuggestions } from './operation-gate.js';
import type { GatewayMetrics } from './metrics.js';
import { codeOf, operationBudget, operationTypeOf, traceOperation } from './operation.js';
import type { PersistedOperations } from './persisted-operations.js';
import { serveGraphqlWs } from './graphql-ws-sockets.js';
import { parseFailure } from './request-errors.js';
import { subscribeToResults } from './subscription-results.js';

/** Bounds on one WebSocket: a subscribe message is small, and a client that never says hello is let go. */
const MAX_MESSAGE_BYTES = 64 * 1024;
const INIT_TIMEOUT_MS = 10_000;
/** Subscriptions one WebSocket may hold at once, so one client cannot open pollers and feeds without end. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 100;
/** Ping interval: keeps idle links (and the proxies on them) open, and finds dead peers. */
export const KEEPALIVE_MS = 12_000;
/** A WebSocket's close reason is at most 123 bytes. */
const MAX_REASON = 120;
/** Close code when a client already holds its most open connections (`RATE_LIMIT_CONNECTIONS_PER_CLIENT`). */
export const TOO_MANY_CONNECTIONS = 4429;

/** The upgrade request headers a connection reads later; graphql-ws keeps this for the connection's whole life. */
const KEPT_HEADERS = ['authorization', 'accept-language', 'x-esim-token'] as const;

/**
 * What graphql-ws keeps of the upgrade request: its few headers, not the whole request (its streams, raw headers
 * and socket references), a kilobyte less per idle subscriber.
 */
function headersOnly(request: IncomingMessage): IncomingMessage {
  if (KEPT_HEADERS.every((name) => request.headers[name] === undefined)) return WITHOUT_HEADERS;
  const headers: Record<string, string | string[]> = {};
  for (const name of KEPT_HEADERS) {
    const value = request.headers[name];
    if (value !== undefined) headers[name] = value;
  }
  return { headers: headers as IncomingHttpHeaders } as IncomingMessage;
}

/** Shared by every upgrade that sent none of them (read only). */
const WITHOUT_HEADERS = Object.freeze({ headers: Object.freeze({}) }) as IncomingMessage;

/**
 * GraphQL subscriptions over graphql-ws on the same port and path as `/graphql`. Each subscription gets its
 * own context (and loaders); errors are formatted exactly as over HTTP.
 */
function mountSubscriptions(
  app: FastifyInstance,
  schema: GraphQLSchema,
  services: GatewayServices,
  metrics: GatewayMetrics,
  persisted: PersistedOperations,
  tracer: Tracer,
): void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const maxPerAddress = services.config.server.wsMaxConnectionsPerIp;
  app.server.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    // Browsers do not apply CORS to WebSockets: a page of an origin not allowed is refused here.
    if (!upgradeOriginAllowed(services.config.corsOrigins, request)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    // Refused before the handshake, with a status a client can read: shedding load, too many from one address,
    // or this instance's WebSocket budget full (apart from plain HTTP's, so subscribers never take webhook intake's).
    if (app.hasDecorator('isUnderPressure') && app.isUnderPressure())
      return refuseUpgrade(socket, 503, 'Service Unavailable', 'the gateway is overloaded; retry shortly');
    const refused = app.connectionLimits.takeWebSocket(socket, request.socket.remoteAddress ?? 'unknown');
    if (refused === 'address-full')
      return refuseUpgrade(
        socket,
        429,
        'Too Many Requests',
        `at most ${maxPerAddress} WebSocket connections per address`,
      );
    if (refused === 'instance-full')
      return refuseUpgrade(
        socket,
        503,
        'Service Unavailable',
        'this instance holds its most WebSockets; retry shortly',
      );
    const kept = headersOnly(request);
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, kept));
  });
  const documents = createDocumentCache(operationLimits().validationRules);
  const logUnexpected = (error: unknown) => services.logger.error({ err: error }, 'unexpected error in a subscription');
  const shown = (error: GraphQLError): GraphQLFormattedError => {
    const formatted = formatGraphQLError(error.toJSON(), error, logUnexpected);
    return services.config.production ? withoutSuggestions(formatted) : formatted;
  };
  // The same checks as over HTTP, once the operation is parsed and valid.
  const gate = new OperationGate(schema, services);
  // The caller of each open connection, identified once at connection_init and re-checked while it stays open.
  const callers = new Map<WebSocket, Caller>();
  const recheck = setInterval(() => {
    services.access.reloadIfChanged(true);
    for (const [socket, caller] of callers) {
      const standing = services.access.standing(caller);
      if (standing === 'expired') socket.close(4401, 'credentials expired');
      else if (standing === 'revoked') socket.close(4403, 'credentials revoked');
    }
  }, services.config.access.recheckMs);
  recheck.unref();
  // One listener for every socket (`this` is the socket), rather than a closure kept per connection.
  function forgetCaller(this: WebSocket) {
    const caller = callers.get(this);
    if (!caller) return;
    callers.delete(this);
    services.connections.release(caller);
  }
  const server = serveGraphqlWs(
    {
      schema,
      // Credentials from `connectionParams.authorization`, else the upgrade request's header; refused: 4401 / 4403.
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const given = params.authorization ?? params.Authorization;
        const authorization = typeof given === 'string' ? given : ctx.extra.request.headers.authorization;
        try {
          const caller = await services.access.authenticate(authorization);
          const socket = ctx.extra.socket;
          // A client gone while its token was checked (a key-set fetch) is not kept.
          if (socket.readyState !== socket.OPEN) return false;
          if (!services.connections.acquire(caller)) {
            socket.close(TOO_MANY_CONNECTIONS, 'too many open connections for this client');
            return false;
          }
          callers.set(socket, caller);
          socket.on('close', forgetCaller);
          return true;
        } catch (error) {
          if (!(error instanceof AccessDeniedError)) throw error;
          ctx.extra.socket.close(error.closeCode, error.message.slice(0, MAX_REASON));
          return false;
        }
      },
      // The same depth, alias and cost limits as over HTTP; each distinct operation parsed and validated once.
      parse: documents.parse,
      validate: documents.validate,
      // Each operation gets its own upstream budget, deadline and trace, as over HTTP; a subscription lasts as long as
      // it does, with no deadline, so its calls are bounded by the estimate per event rather than by a count.
      execute: gate.around((args) =>
        withRequestBudget(operationBudget(services.config.graphql), async () => {
          const { caller } = args.contextValue as GraphContext;
          const trace = traceOperation(tracer, services.logger, caller);
          const operation = operationTypeOf(args);
          metrics.websocket.operation(operation ?? 'invalid', caller);
          trace.named(operation, args.operationName);
          const result = await execute(args);
          trace.end((result.errors ?? []).map(codeOf));
          return result;
        }),
      ),
      subscribe: gate.around((args) => {
        metrics.websocket.operation('subscription', (args.contextValue as GraphContext).caller);
        return withRequestBudget({ calls: 0 }, () => subscribeToResults(args));
      }),
      connectionInitWaitTimeout: INIT_TIMEOUT_MS,
      context: ({ extra, connectionParams }) =>
        contextFor(
          services,
          languageOf(extra.request.headers['accept-language']),
          esimTokenOf(connectionParams?.esimToken) ?? esimTokenOf(extra.request.headers['x-esim-token']),
          callerOf(extra.socket),
        ),
      // graphql-ws has already reserved this subscription's id in `ctx.subscriptions`, so it counts itself.
      // Each subscribe message counts against the client's requests per minute, as an HTTP request does, before it
      // is parsed; a document that does not parse (or is over the token limit) fails its own operation, not the socket.
      onSubscribe: async (ctx, _id, payload) => {
        if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET) {
          return [
            new GraphQLError(`at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per connection`, {
              extensions: { code: 'LIMIT_EXCEEDED' },
            }),
          ];
        }
        const refused = await services.rateLimits.consume(callerOf(ctx.extra.socket), 'requests');
        if (refused) return [rateLimitedError(refused, 'ws')];
        // With trusted documents, one named by id gets its text first, and an untrusted one is refused.
        return persisted.onSubscribe(payload) ?? parseFailure(payload.query, documents.parse, metrics.refusals);
      },
      onNext: (ctx, _id, _payload, _args, result) => {
        if (!result.errors) return undefined;
        metrics.websocket.errors(result.errors.map(codeOf), callers.get(ctx.extra.socket));
        return { ...result, errors: result.errors.map(shown) };
      },
      onError: (ctx, _id, _payload, errors) => {
        metrics.websocket.errors(errors.map(codeOf), callers.get(ctx.extra.socket));
        return errors.map(shown);
      },
    },
    sockets,
    KEEPALIVE_MS,
    services.logger,
  );
  // graphql-ws runs `context` only after `onConnect` accepted the connection, so a caller is always there.
  function callerOf(socket: WebSocket): Caller {
    const caller = callers.get(socket);
    if (!caller) throw new AccessDeniedError('UNAUTHENTICATED', 'the connection has no identified caller');
    return caller;
  }
  app.addHook('preClose', async () => {
    clearInterval(recheck);
    await server.dispose();
  });
}

/** graphql-ws on `/graphql`; its sockets, server and re-check timer are closed before the HTTP server. */
export const subscriptionsPlugin = fp<{ schema: GraphQLSchema; persisted: PersistedOperations }>(
  (async (app, { schema, persisted }) =>
    mountSubscriptions(app, schema, app.services, app.metrics, persisted, app.tracer)) satisfies FastifyPluginAsync<{
    schema: GraphQLSchema;
    persisted: PersistedOperations;
  }>,
  { name: 'subscriptions', dependencies: ['services', 'connection-limits'] },
);

function refuseUpgrade(socket: Duplex, status: number, reason: string, message: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(message)}\r\n\r\n${message}`,
  );
}
