import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client, type ClientOptions, type FormattedExecutionResult } from 'graphql-ws';
import { vi } from 'vitest';
import WebSocket from 'ws';
import type { Gateway } from '../../src/server/app.js';

/** A graphql-ws client of a gateway's `/graphql`, over the `ws` package; unless told, it never retries, so a drop stays visible. */
export function connect(graphqlUrl: string, options: Partial<ClientOptions> = {}): Client {
  return createClient({
    url: graphqlUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    ...options,
  });
}

export interface Subscriber<TData> {
  /** Every `next` message so far, in order. */
  results: FormattedExecutionResult<TData, unknown>[];
  /** Resolves with the first `count` results once they have arrived; rejects if the subscription ends before. */
  received(count: number): Promise<FormattedExecutionResult<TData, unknown>[]>;
  /** Settles when the server ends the subscription: with the errors of an `error` message, or none on `complete`. */
  ended: Promise<readonly GraphQLFormattedError[] | null>;
  unsubscribe(): void;
}

export function subscribe<TData, TVariables>(
  client: Client,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Subscriber<TData> {
  const results: FormattedExecutionResult<TData, unknown>[] = [];
  const waiters = new Set<() => void>();
  let end!: (errors: readonly GraphQLFormattedError[] | null) => void;
  let over = false;
  const ended = new Promise<readonly GraphQLFormattedError[] | null>((resolve) => (end = resolve));
  const settle = (errors: readonly GraphQLFormattedError[] | null) => {
    over = true;
    end(errors);
    for (const waiter of waiters) waiter();
  };
  const unsubscribe = client.subscribe<TData>(
    { query: print(document), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        results.push(result);
        for (const waiter of waiters) waiter();
      },
      error: (error) => settle(Array.isArray(error) ? error : [{ message: String(error) }]),
      complete: () => settle(null),
    },
  );
  return {
    results,
    received: (count) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (results.length >= count) resolve(results.slice(0, count));
          else if (over) reject(new Error(`the subscription ended after ${results.length} of ${count} results`));
          else return;
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
    ended,
    unsubscribe,
  };
}

/**
 * Watches the subscriptions a gateway opens on its event feed from now on: once `opened(n)` resolves, the n-th
 * listens, so an event stored from then on reaches it live (a graphql-ws subscribe has no acknowledgement).
 */
export function watchFeed(gateway: Gateway): { opened(count: number): Promise<AsyncIterableIterator<unknown>[]> } {
  const spy = vi.spyOn(gateway.services.events.feed, 'subscribe');
  const before = spy.mock.results.length;
  const since = () => spy.mock.results.slice(before);
  return {
    async opened(count) {
      await vi.waitFor(() => {
        if (since().length < count) throw new Error(`${since().length} of ${count} subscriptions opened`);
      });
      return since().map((result) => result.value as AsyncIterableIterator<unknown>);
    },
  };
}
