import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { GraphQLSchema } from 'graphql';
import { SANDBOX_ANONYMOUS, type Caller } from '../access/caller.js';
import { callerHook, carriesNoOperation, requestLimitHook } from '../access/http.js';
import type { GraphContext, GatewayServices } from '../graph/context.js';
import { formatGraphQLError } from '../graph/errors.js';
import { createLoaders, type Loaders } from '../graph/loaders.js';
import type { Tracer } from '@opentelemetry/api';
import { withRequestBudget } from '../upstream/request-budget.js';
import { operationLimits } from './limits.js';
import type { GatewayMetrics } from './metrics.js';
import { operationBudget, operationTracingPlugin } from './operation.js';
import { OperationGate, withoutSuggestions } from './operation-gate.js';
import type { PersistedOperations } from './persisted-operations.js';
import { parseOptions, requestErrorsPlugin } from './request-errors.js';

/** The caller's language, passed to Linksfield; only a plain language tag list is forwarded. */
export function languageOf(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9,;=.\- ]{1,64}$/.test(value) ? value : undefined;
}

/** The eSIM end user's token, from the `x-esim-token` header or graphql-ws `connectionParams.esimToken`. */
export function esimTokenOf(value: unknown): string | undefined {
  const token = Array.isArray(value) ? value[0] : value;
  return typeof token === 'string' && token !== '' ? token : undefined;
}

/** One request's (or one subscription's) context; its loaders cost nothing until a resolver needs them. */
class RequestContext implements GraphContext {
  private current: Loaders | undefined;

  constructor(
    readonly services: GatewayServices,
    readonly language: string | undefined,
    readonly esimToken: string | undefined,
    readonly caller: Caller,
  ) {}

  get loaders(): Loaders {
    return (this.current ??= createLoaders(this.services, this.caller, this.language));
  }

  renewLoaders(): void {
    this.current = undefined;
  }
}

/** `language`: the caller's `Accept-Language`; without one, the configured `LINKSFIELD_LANGUAGE` is sent upstream. */
export function contextFor(
  services: GatewayServices,
  language: string | undefined,
  esimToken?: string,
  caller: Caller = SANDBOX_ANONYMOUS,
): GraphContext {
  return new RequestContext(services, language ?? services.config.language, esimToken, caller);
}

/** `landingPage`: what a browser's `GET /graphql` shows (the explorer, or nothing: see `explorer/explorer.ts`). */
async function mountGraphQL(
  app: FastifyInstance,
  schema: GraphQLSchema,
  services: GatewayServices,
  metrics: GatewayMetrics,
  tracer: Tracer,
  landingPage: ApolloServerPlugin,
  persisted: PersistedOperations,
): Promise<ApolloServer<GraphContext>> {
  const protection = operationLimits();
  const plugins = [
    persisted.apolloPlugin,
    ...protection.plugins,
    new OperationGate(schema, services).apolloPlugin(),
    fastifyApolloDrainPlugin(app),
    metrics.apolloPlugin,
    operationTracingPlugin(tracer, services.logger),
    requestErrorsPlugin(metrics.refusals),
    // The gateway sets no cache hints; the default cache-control plugin would still wrap every field.
    ApolloServerPluginCacheControlDisabled(),
    landingPage,
  ] as ApolloServerPlugin<GraphContext>[];
  const apollo = new ApolloServer<GraphContext>({
    schema,
    ...protection,
    parseOptions,
    plugins,
    persistedQueries: persisted.apq,
    validationRules: protection.validationRules,
    includeStacktraceInErrorResponses: false,
    // Apollo would turn introspection off for everyone under NODE_ENV=production; the operation gate lets admins in.
    introspection: true,
    formatError: (formatted, error) => {
      const shown = formatGraphQLError(formatted, error, (unexpected) =>
        services.logger.error({ err: unexpected }, 'unexpected error in a resolver'),
      );
      return services.config.production ? withoutSuggestions(shown) : shown;
    },
  });
  await apollo.start();
  const handler = fastifyApolloHandler(apollo, {
    context: async (request: FastifyRequest) =>
      contextFor(
        services,
        languageOf(request.headers['accept-language']),
        esimTokenOf(request.headers['x-esim-token']),
        request.caller,
      ),
  });
  // The caller is identified once, before Apollo sees the request; a request without an operation needs none.
  const identifyCaller = callerHook(app, services.access, { skip: carriesNoOperation });
  // Each operation Apollo runs gets its own upstream budget (deadline, trace span), found by every call below it;
  // an answer kept in the response cache makes no upstream call and needs none.
  app.route<{ Reply: string }>({
    url: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    onRequest: [identifyCaller, requestLimitHook(services.rateLimits)],
    handler(request, reply) {
      return persisted.handle(request, reply, () =>
        withRequestBudget(operationBudget(services.config.graphql), () => handler.call(this, request, reply)),
      ) as Promise<string>;
    },
  });
  return apollo;
}

interface GraphqlPluginOptions {
  schema: GraphQLSchema;
  /** What a browser's `GET /graphql` shows. */
  landingPage: ApolloServerPlugin;
  /** Trusted documents and the response cache, shared with graphql-ws. */
  persisted: PersistedOperations;
}

/**
 * `/graphql` over HTTP. Apollo holds nothing to close of its own: its drain plugin closes this fastify instance when
 * Apollo stops, so stopping Apollo from `onClose` would wait on itself.
 */
export const graphqlPlugin = fp<GraphqlPluginOptions>(
  (async (app, { schema, landingPage, persisted }) => {
    await mountGraphQL(app, schema, app.services, app.metrics, app.tracer, landingPage, persisted);
  }) satisfies FastifyPluginAsync<GraphqlPluginOptions>,
  { name: 'graphql', dependencies: ['services'] },
);
