import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { Counter, type Registry } from 'prom-client';
import type { GatewayServices, GraphContext } from '../graph/context.js';
import { currentReadTrace, ReadTrace, withReadTrace } from '../upstream/read-trace.js';
import { languageOf } from './graphql.js';
import { ResponseCache } from './response-cache.js';
import { loadTrustedDocuments, type DocumentRequest } from './trusted-documents.js';

/**
 * The work done before Apollo's pipeline: a trusted document is named by its hash or text, refused in `enforce`
 * mode when it is not in the manifest, and a trusted query is answered from the response cache with no parse,
 * validation or execution. Automatic persisted queries (APQ) keep their texts in the shared keyv store. One
 * object hooks both transports: `handle` wraps the HTTP handler, `onSubscribe` checks graphql-ws operations.
 */
export interface PersistedOperations {
  /** Apollo's `persistedQueries` option: APQ in the shared store, off in `enforce` mode. */
  apq: ApolloServerOptions<GraphContext>['persistedQueries'];
  /** Tells the response cache whether an answer carried errors. */
  apolloPlugin: ApolloServerPlugin<GraphContext>;
  handle(request: FastifyRequest, reply: FastifyReply, next: () => unknown): Promise<unknown>;
  /** For graphql-ws: the refusal, or undefined (a trusted document named by id gets its text filled in). */
  onSubscribe(payload: DocumentRequest): GraphQLError[] | undefined;
}

/** How long an automatic persisted query's text is kept. */
const APQ_TTL_SECONDS = 24 * 3600;
const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
const APPLICATION_JSON = 'application/json; charset=utf-8';

export function persistedOperations(services: GatewayServices, registry: Registry): PersistedOperations {
  const { cache: reads, config } = services;
  const trusted = loadTrustedDocuments(config.trustedDocuments);
  const responses = new ResponseCache(reads);
  const answered = new Counter({
    name: 'graphql_response_cache_requests_total',
    help: 'Trusted queries looked up in the response cache, by result (hit: answered before parsing; miss: executed).',
    labelNames: ['result'],
    registers: [registry],
  });
  // Bound once: a labelled `inc` per request would look its label set up each time.
  const hits = answered.labels('hit');
  const misses = answered.labels('miss');
  const apqPrefix = config.redisKeyPrefix;
  const apq: PersistedOperations['apq'] =
    trusted?.mode === 'enforce'
      ? false
      : {
          ttl: APQ_TTL_SECONDS,
          cache: {
            get: (key) => reads.guard(() => reads.store.get<string>(apqPrefix + key), undefined),
            set: async (key, value, options) =>
              void (await reads.guard(
                () => reads.store.set(apqPrefix + key, value, options?.ttl ? options.ttl * 1000 : undefined),
                undefined,
              )),
            delete: async (key) => void (await reads.guard(() => reads.store.delete(apqPrefix + key), undefined)),
          },
        };

  return {
    apq,
    apolloPlugin: {
      async requestDidStart() {
        return {
          async willSendResponse({ response }) {
            const trace = currentReadTrace();
            if (
              trace &&
              response.body.kind === 'single' &&
              !response.body.singleResult.errors &&
              (response.http.status ?? 200) === 200
            )
              trace.errorFree = true;
          },
        };
      },
    },

    async handle(request, reply, next) {
      if (trusted === null) return next();
      const input = requestOf(request);
      if (input === null) return next();
      const resolution = trusted.resolve(input);
      if (resolution.kind === 'other') return next();
      if (resolution.kind === 'refused') {
        return reply
          .code(400)
          .type(APPLICATION_JSON)
          .send({ errors: [{ message: resolution.message, extensions: { code: resolution.code } }] });
      }
      const { document } = resolution;
      // Answers that depend on the eSIM end user's token are never shared.
      const key =
        document.queryOnly && request.headers['x-esim-token'] === undefined
          ? responses.keyOf({
              documentHash: document.hash,
              operationName: input.operationName,
              variables: input.variables,
              caller: request.caller,
              language: languageOf(request.headers['accept-language']),
            })
          : null;
      if (key !== null) {
        const kept = await responses.answer(key);
        if (kept !== undefined) {
          hits.inc();
          return reply
            .code(200)
            .type(prefersGraphQLResponse(request.headers.accept) ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON)
            .send(kept);
        }
      }
      // Only now, on the way to Apollo: filling in the text reshapes the body, which a kept answer never needs.
      fillIn(request, input, document.query);
      if (key === null) return next();
      misses.inc();
      const trace = new ReadTrace();
      const body = await withReadTrace(trace, next);
      if (typeof body === 'string' && reply.statusCode === 200) await responses.keep(key, body, trace);
      return body;
    },

    onSubscribe(payload) {
      if (trusted === null) return undefined;
      const resolution = trusted.resolve(payload);
      if (resolution.kind === 'refused')
        return [new GraphQLError(resolution.message, { extensions: { code: resolution.code } })];
      if (resolution.kind === 'trusted') (payload as { query: string }).query = resolution.document.query;
      return undefined;
    },
  };
}

type OperationRequest = DocumentRequest & { operationName?: unknown; variables?: unknown };

/** The operation a POST body or GET query string names; null when there is none to look at. */
function requestOf(request: FastifyRequest): OperationRequest | null {
  if (request.method === 'POST') {
    const body = request.body;
    return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as OperationRequest) : null;
  }
  if (request.method !== 'GET') return null;
  const query = (request.query ?? {}) as Record<string, unknown>;
  return {
    query: query.query,
    documentId: query.documentId,
    extensions: parsed(query.extensions),
    operationName: query.operationName,
    variables: parsed(query.variables),
  };
}

function parsed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** Hands Apollo the document's text in place of its id, so its own persisted-query handling stays out of the way. */
function fillIn(request: FastifyRequest, input: OperationRequest, text: string): void {
  if (request.method === 'POST') {
    const body = input as Record<string, unknown>;
    body.query = text;
    delete body.documentId;
    if (body.extensions && typeof body.extensions === 'object')
      delete (body.extensions as Record<string, unknown>).persistedQuery;
    return;
  }
  const url = new URL(request.raw.url ?? '/', 'http://localhost');
  url.searchParams.set('query', text);
  url.searchParams.delete('documentId');
  url.searchParams.delete('extensions');
  request.raw.url = url.pathname + url.search;
}

function prefersGraphQLResponse(accept: string | undefined): boolean {
  if (!accept) return false;
  const graphql = accept.indexOf('application/graphql-response+json');
  const json = accept.indexOf('application/json');
  return graphql >= 0 && (json < 0 || graphql < json);
}
