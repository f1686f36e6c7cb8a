import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, type DocumentNode, type ParseOptions } from 'graphql';
import Negotiator from 'negotiator';
import { Counter, type Registry } from 'prom-client';

/**
 * Documents the gateway refuses before running them, the same way over HTTP and WebSocket:
 * - the token limit is graphql-js's own (`parse(…, { maxTokens })`, Apollo's `parseOptions`), so a too-long
 *   document is an ordinary syntax error (`GRAPHQL_PARSE_FAILED`), never a 500;
 * - parse, validation and variable errors are client errors with the status the GraphQL-over-HTTP spec gives for the
 *   media type answered: 400 with `application/graphql-response+json`, 200 with `application/json`.
 */

/** Most lexical tokens one document may hold; beyond, parsing stops at once. */
export const MAX_TOKENS = 5_000;

export const parseOptions: ParseOptions = { maxTokens: MAX_TOKENS };

/** graphql-js's message when `maxTokens` stops a parse. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

function isTokenLimitError(error: unknown): boolean {
  return error instanceof GraphQLError && TOKEN_LIMIT.test(error.message);
}

type Transport = 'http' | 'ws';

/** Counts `graphql_documents_refused_total{reason,transport}` in the gateway's registry. */
export interface RefusalCounter {
  tokenLimit(transport: Transport): void;
}

export function createRefusalCounter(registry: Registry): RefusalCounter {
  const refused = new Counter({
    name: 'graphql_documents_refused_total',
    help: 'GraphQL documents refused before parsing finished, by reason (token_limit) and transport (http, ws).',
    labelNames: ['reason', 'transport'],
    registers: [registry],
  });
  return { tokenLimit: (transport) => refused.inc({ reason: 'token_limit', transport }) };
}

/**
 * For graphql-ws, which closes the whole socket when `parse` throws: the errors of a document that does not parse
 * (with the same token limit as over HTTP), so `onSubscribe` fails only that operation; undefined when it parses.
 */
export function parseFailure(
  query: unknown,
  parseDocument: (source: string) => DocumentNode,
  refusals: RefusalCounter,
): GraphQLError[] | undefined {
  if (typeof query !== 'string')
    return [
      new GraphQLError('the subscribe message has no query string', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
    ];
  try {
    parseDocument(query);
    return undefined;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    if (isTokenLimitError(error)) refusals.tokenLimit('ws');
    return [
      new GraphQLError(error.message, {
        nodes: error.nodes,
        source: error.source,
        positions: error.positions,
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      }),
    ];
  }
}

/** The codes of a well-formed request whose document cannot run: the spec's "request errors". */
const REQUEST_ERRORS = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/** The media types Apollo chooses between for a single result, in its order (`chooseContentTypeForSingleResultResponse`). */
const ANSWERABLE = [
  'application/json; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
  'application/json; callbackSpec=1.0; charset=utf-8',
];

/** The Apollo plugin: counts token-limit refusals and sets the spec's status on requests that never ran. */
export function requestErrorsPlugin(refusals: RefusalCounter): ApolloServerPlugin {
  const listener: GraphQLRequestListener<never> = {
    async parsingDidStart() {
      return async (error) => {
        if (isTokenLimitError(error)) refusals.tokenLimit('http');
      };
    },
    async willSendResponse({ request, response }) {
      if (response.body.kind !== 'single' || response.http.status !== 400) return;
      // A request error (parse, validation, variables) has no `data` at all; an executed operation always has it.
      // A malformed HTTP request (no query, a query that is not a string) stays 400 whatever the media type.
      const { singleResult } = response.body;
      if (
        'data' in singleResult ||
        !singleResult.errors?.every((error) => REQUEST_ERRORS.has(String(error.extensions?.code)))
      )
        return;
      const accept = request.http?.headers.get('accept');
      const answered = accept ? new Negotiator({ headers: { accept } }).mediaType(ANSWERABLE) : ANSWERABLE[0];
      if (answered?.startsWith('application/json')) response.http.status = 200;
    },
  };
  return { requestDidStart: async () => listener };
}
