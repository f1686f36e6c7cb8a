import { isSpanContextValid, SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ExecutionArgs, type GraphQLFormattedError, type OperationTypeNode } from 'graphql';
import { UpstreamError } from '../upstream/errors.js';
import type { Caller } from '../access/caller.js';
import type { GraphContext } from '../graph/context.js';
import { currentBudget, type RequestBudget } from '../upstream/request-budget.js';

/**
 * What every GraphQL operation gets, over HTTP and over WebSocket alike: a budget with the request's deadline,
 * a trace span that its upstream calls hang under, and for a mutation one structured log line.
 */
export type OperationLogger = { info(details: Record<string, unknown>, message: string): void };

/** A fresh budget: a deadline `requestTimeoutMs` from now and at most `maxUpstreamCalls`, for every upstream attempt the operation causes. */
export function operationBudget(graphql: { requestTimeoutMs: number; maxUpstreamCalls: number }): RequestBudget {
  return { calls: 0, maxCalls: graphql.maxUpstreamCalls, deadline: Date.now() + graphql.requestTimeoutMs };
}

/** Adds the operation's trace id to a log line written while it runs (a pino `mixin`). */
export function traceIdOfCurrentOperation(): Record<string, string> {
  const context = currentBudget()?.span?.spanContext();
  return context && isSpanContextValid(context) ? { traceId: context.traceId } : {};
}

export interface OperationTrace {
  /** Once parsed: names the span `graphql.query SimOverview`. */
  named(type: OperationTypeNode | undefined, name: string | null | undefined): void;
  /** Closes the span with the operation's error codes (none: it succeeded). */
  end(codes: readonly string[]): void;
}

/** Starts the operation's span on the current budget; `end` closes it and logs a mutation's outcome. */
export function traceOperation(tracer: Tracer, logger: OperationLogger, caller: Caller | undefined): OperationTrace {
  const span = tracer.startSpan('graphql', { kind: SpanKind.SERVER });
  const budget = currentBudget();
  if (budget) budget.span = span;
  let type: OperationTypeNode | undefined;
  let name: string | undefined;
  return {
    named(operationType, operationName) {
      type = operationType;
      name = operationName ?? undefined;
      span.updateName(`graphql.${type ?? 'invalid'}${name ? ` ${name}` : ''}`);
      span.setAttribute('graphql.operation.type', type ?? 'invalid');
      if (name) span.setAttribute('graphql.operation.name', name);
    },
    end(allCodes) {
      const codes = [...new Set(allCodes)];
      if (codes.length > 0) span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
      if (type === 'mutation') {
        // Who did what and how it ended; never the variables (they may hold phone numbers, SMS text, payment data).
        logger.info(
          {
            operation: name ?? null,
            caller: caller ? { kind: caller.kind, clientId: caller.clientId, subject: caller.subject ?? null } : null,
            outcome: codes.length ? codes : 'ok',
            ...traceIdOfCurrentOperation(),
          },
          'mutation',
        );
      }
      span.end();
    },
  };
}

/** The Apollo side: one trace per HTTP operation, started inside the budget the route opened. */
export function operationTracingPlugin(tracer: Tracer, logger: OperationLogger): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ contextValue }) {
      const trace = traceOperation(tracer, logger, contextValue.caller);
      return {
        async didResolveOperation({ operation, operationName }) {
          trace.named(operation?.operation, operationName);
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          trace.end(errors.map(codeOfFormatted));
        },
      };
    },
  };
}

function codeOfFormatted(error: GraphQLFormattedError): string {
  return String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
}

/** The code a client will see for an error still unformatted (graphql-ws executes before formatting). */
export function codeOf(error: GraphQLError): string {
  const original = error.originalError;
  if (original instanceof UpstreamError) return original.code;
  return String((original instanceof GraphQLError ? original : error).extensions?.code ?? 'INTERNAL_SERVER_ERROR');
}

/** Which kind of operation `execute` is about to run. */
export function operationTypeOf(
  args: Pick<ExecutionArgs, 'document' | 'operationName'>,
): OperationTypeNode | undefined {
  for (const definition of args.document.definitions) {
    if (
      definition.kind === 'OperationDefinition' &&
      (!args.operationName || definition.name?.value === args.operationName)
    )
      return definition.operation;
  }
  return undefined;
}
