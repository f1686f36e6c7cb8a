import type { FastifyInstance } from 'fastify';
import { execute, GraphQLError, subscribe, type GraphQLSchema } from 'graphql';
import { withRequestBudget } from '../upstream/request-budget.js';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { GatewayServices } from '../graph/context.js';
import { formatGraphQLError } from '../graph/errors.js';
import { createDocumentCache } from './documents.js';
import { contextFor, esimTokenOf, languageOf } from './graphql.js';
import { operationLimits } from './limits.js';

/** Bounds on one WebSocket: a subscribe message is small, and a client that never says hello is let go. */
const MAX_MESSAGE_BYTES = 64 * 1024;
const INIT_TIMEOUT_MS = 10_000;
/** Subscriptions one WebSocket may hold at once, so one client cannot open pollers and feeds without end. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 100;
/** Ping interval: keeps idle links (and the proxies on them) open, and finds dead peers. */
export const KEEPALIVE_MS = 12_000;

/**
 * GraphQL subscriptions over graphql-ws on the same port and path as `/graphql`. Each subscription gets its
 * own context (and loaders); errors are formatted exactly as over HTTP.
 */
export function mountSubscriptions(app: FastifyInstance, schema: GraphQLSchema, services: GatewayServices): void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  app.server.on('upgrade', (request, socket, head) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
  });
  const documents = createDocumentCache(operationLimits().validationRules);
  const logUnexpected = (error: unknown) => services.logger.error({ err: error }, 'unexpected error in a subscription');
  const server = useServer(
    {
      schema,
      // The same depth, alias and cost limits as over HTTP; each distinct operation parsed and validated once.
      parse: documents.parse,
      validate: documents.validate,
      // Each operation gets its own upstream budget, as over HTTP.
      execute: (args) => withRequestBudget({ calls: 0 }, () => execute(args)),
      subscribe: (args) => withRequestBudget({ calls: 0 }, () => subscribe(args)),
      connectionInitWaitTimeout: INIT_TIMEOUT_MS,
      context: ({ extra, connectionParams }) =>
        contextFor(
          services,
          languageOf(extra.request.headers['accept-language']),
          esimTokenOf(connectionParams?.esimToken) ?? esimTokenOf(extra.request.headers['x-esim-token']),
        ),
      // graphql-ws has already reserved this subscription's id in `ctx.subscriptions`, so it counts itself.
      onSubscribe: (ctx) =>
        Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET
          ? [new GraphQLError(`at most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per connection`, { extensions: { code: 'LIMIT_EXCEEDED' } })]
          : undefined,
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((error) => formatGraphQLError(error.toJSON(), error, logUnexpected)) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatGraphQLError(error.toJSON(), error, logUnexpected)),
    },
    sockets,
    KEEPALIVE_MS,
  );
  app.addHook('preClose', async () => {
    await server.dispose();
    sockets.close();
  });
}
