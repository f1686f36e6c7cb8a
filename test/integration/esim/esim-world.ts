import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import type { Client } from 'graphql-ws';
import type { Keyv } from 'keyv';
import WebSocket from 'ws';
import { connect } from '../../support/subscriber.js';
import { EsimRegisterDocument } from '../../../examples/generated/operations.js';
import type { Result, TestGateway } from '../../support/gateway.js';

/** What the eSIM suites share: signing users up, calling as one, and following a subscription over graphql-ws. */

export interface EsimUser {
  email: string;
  token: string;
  /** Runs a document with this user's `x-esim-token`. */
  execute<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
  ): Promise<Result<TData>>;
}

let users = 0;

export async function signUp(t: TestGateway, password = 'correct horse'): Promise<EsimUser> {
  const email = `user${++users}.${process.pid}@example.com`;
  const { data, errors } = await t.execute(EsimRegisterDocument, { input: { email, password } });
  if (errors) throw new Error(`sign-up failed: ${JSON.stringify(errors)}`);
  const token = data!.esimRegister!.session.token;
  return { email, token, execute: (document, variables) => t.execute(document, variables, { 'x-esim-token': token }) };
}

/** Every key and value the gateway's shared keyv store (read cache and idempotency records) holds, serialised. */
export function storedEntries(t: TestGateway): string[] {
  const { store } = t.gateway.services.idempotency as unknown as { store: Keyv };
  return [...(store.store as Map<string, unknown>).entries()].map((entry) => JSON.stringify(entry));
}

/** A graphql-ws client of the gateway that never retries, so a drop stays visible. */
export function wsClient(
  t: TestGateway,
  connectionParams?: Record<string, unknown>,
  webSocketImpl: unknown = WebSocket,
): Client {
  return connect(t.url, { connectionParams, webSocketImpl });
}

export interface Followed<TData> {
  /** The data of every `next` message, in order. */
  values: TData[];
  /** Settles when the server ends the subscription: null on `complete`, the errors on an error. */
  ended: Promise<readonly GraphQLFormattedError[] | null>;
  /** Resolves once `count` values have arrived. */
  received(count: number): Promise<void>;
  unsubscribe(): void;
}

export function follow<TData, TVariables>(
  client: Client,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Followed<TData> {
  const values: TData[] = [];
  const listeners = new Set<() => void>();
  let settle!: (errors: readonly GraphQLFormattedError[] | null) => void;
  const ended = new Promise<readonly GraphQLFormattedError[] | null>((resolve) => (settle = resolve));
  const unsubscribe = client.subscribe<TData>(
    { query: print(document), variables: variables as Record<string, unknown> },
    {
      next: (result) => {
        if (result.errors) settle(result.errors);
        else values.push(result.data!);
        listeners.forEach((listener) => listener());
      },
      error: (error) => settle(Array.isArray(error) ? error : [{ message: String(error) }]),
      complete: () => settle(null),
    },
  );
  const received = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (values.length >= count) resolve();
      };
      listeners.add(check);
      check();
      void ended.then(() =>
        values.length >= count ? resolve() : reject(new Error(`ended after ${values.length} of ${count} values`)),
      );
    });
  return { values, ended, received, unsubscribe };
}
