import type { ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  GraphQLError,
  getOperationAST,
  visit,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { Caller } from '../access/caller.js';
import { estimateUpstreamCalls } from '../access/demand.js';
import { rateLimitedError } from '../access/rate-limit.js';
import type { GatewayConfig } from '../config.js';
import type { GatewayServices, GraphContext } from '../graph/context.js';
import type { AnyEndpoint } from '../upstream/endpoint.js';

/** One operation as both transports see it once it is parsed and valid, just before it runs. */
export interface GatedOperation {
  caller: Caller;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export type Transport = 'http' | 'ws';

/**
 * The checks every operation passes after validation and before execution, the same over HTTP (an Apollo plugin)
 * and graphql-ws (around `execute` / `subscribe`), so the two transports cannot drift apart:
 * 1. introspection: in production only for callers with `admin` (FORBIDDEN);
 * 2. demand control: the estimated upstream calls within `maxUpstreamCalls` (COST_LIMIT, no call made);
 * 3. writes per minute for mutations (RATE_LIMITED). Requests per minute are counted earlier, per HTTP request or
 *    subscribe message, so a flood is refused before it is even parsed.
 */
export class OperationGate {
  private readonly config: GatewayConfig;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly services: GatewayServices,
  ) {
    this.config = services.config;
  }

  /** Throws the GraphQLError that refuses the operation; resolves when it may run. */
  async check(operation: GatedOperation, transport: Transport): Promise<void> {
    const { caller, document } = operation;
    if (this.config.production && !caller.scopes.has('admin') && asksIntrospection(document)) {
      throw refusal('introspection needs the scope admin on this gateway', 'FORBIDDEN', 403, transport);
    }
    const max = this.config.graphql.maxUpstreamCalls;
    const estimated = estimateUpstreamCalls(this.schema, document, operation.operationName, operation.variables, {
      batchLimit: (endpoint) => (this.services.csss.endpoints[endpoint] as AnyEndpoint).batch?.limit ?? 1,
      defaultListSize: this.config.graphql.maxPageSize,
      fleetSims: () => this.services.fleet.simCount(caller.sims),
    });
    if (estimated !== null && estimated > max) {
      throw refusal(
        `this operation could cause about ${Number.isFinite(estimated) ? estimated : 'unbounded'} upstream calls; the limit is ${max}: ask for fewer SIMs, pages or aliases`,
        'COST_LIMIT',
        400,
        transport,
        { estimatedCalls: Number.isFinite(estimated) ? estimated : null, maxCalls: max },
      );
    }
    if (getOperationAST(document, operation.operationName)?.operation === 'mutation') {
      const refused = await this.services.rateLimits.consume(caller, 'writes');
      if (refused) throw rateLimitedError(refused, transport);
    }
  }

  /** The gate around graphql-ws's `execute` / `subscribe`: a refusal is the operation's only result. */
  around<T>(run: (args: ExecutionArgs) => T | Promise<T>): (args: ExecutionArgs) => Promise<T | ExecutionResult> {
    return async (args) => {
      const { caller } = args.contextValue as GraphContext;
      try {
        await this.check(
          { caller, document: args.document, operationName: args.operationName, variables: args.variableValues },
          'ws',
        );
      } catch (error) {
        if (error instanceof GraphQLError) return { errors: [error] };
        throw error;
      }
      return await run(args);
    };
  }

  /** The gate as an Apollo plugin: it runs once the operation is resolved, before execution. */
  apolloPlugin(): ApolloServerPlugin<GraphContext> {
    return {
      requestDidStart: async () => ({
        didResolveOperation: async ({ document, request, contextValue }) => {
          await this.check(
            {
              caller: contextValue.caller,
              document,
              operationName: request.operationName,
              variables: request.variables,
            },
            'http',
          );
        },
      }),
    };
  }
}

function refusal(
  message: string,
  code: string,
  status: number,
  transport: Transport,
  details: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code, ...details, ...(transport === 'http' ? { http: { status } } : {}) },
  });
}

function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/** In production, "Did you mean …?" is cut from every error message (it would map the schema for a caller without introspection). */
export function withoutSuggestions(error: GraphQLFormattedError): GraphQLFormattedError {
  const message = error.message.replace(/\s*Did you mean .+\?/g, '').trim();
  return message === error.message ? error : { ...error, message };
}
