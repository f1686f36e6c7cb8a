import { parse, type GraphQLFormattedError } from 'graphql';
import type { Client } from 'graphql-ws';
import type { TestGateway } from './gateway.js';
import { connect } from './subscriber.js';

/** A GraphQL request over HTTP with a raw document and optional credentials. */
export async function ask(
  t: TestGateway,
  query: string,
  variables: Record<string, unknown> = {},
  authorization?: string,
): Promise<{ status: number; data?: Record<string, any> | null; errors?: GraphQLFormattedError[] }> {
  return t.execute(parse(query) as never, variables as never, authorization ? { authorization } : {});
}

export const bearer = (credential: string) => `Bearer ${credential}`;

/** The `extensions.code` of each error, by its path (`sim`, `sims.1`, or `-` for none). */
export function codesByPath(errors: readonly GraphQLFormattedError[] | undefined): Record<string, unknown> {
  return Object.fromEntries((errors ?? []).map((error) => [error.path?.join('.') ?? '-', error.extensions?.code]));
}

/** Total upstream calls of the sandbox whose key starts with one of the prefixes (all when none given). */
export function callsOf(t: TestGateway, ...endpoints: string[]): number {
  return Object.entries(t.sandbox.calls())
    .filter(([key]) => endpoints.length === 0 || endpoints.includes(key))
    .reduce((sum, [, count]) => sum + count, 0);
}

/** A graphql-ws client sending credentials in `connectionParams.authorization`; `closed` settles with the close code. */
export function connectAs(t: TestGateway, authorization?: string): { client: Client; closed: Promise<number> } {
  let closed!: (code: number) => void;
  const promise = new Promise<number>((resolve) => (closed = resolve));
  const client = connect(t.url, {
    connectionParams: authorization ? { authorization } : {},
    lazy: false,
    on: { closed: (event) => closed((event as { code: number }).code) },
    onNonLazyError: () => undefined,
  });
  return { client, closed: promise };
}

/** One query or mutation over graphql-ws: its first result (data and errors), or the errors of an `error` message. */
export async function askOverWs(
  t: TestGateway,
  query: string,
  variables: Record<string, unknown> = {},
  authorization?: string,
): Promise<{ data?: Record<string, any> | null; errors?: readonly GraphQLFormattedError[] }> {
  const { client } = connectAs(t, authorization);
  type Answer = { data?: Record<string, any> | null; errors?: readonly GraphQLFormattedError[] };
  try {
    return await new Promise<Answer>((resolve, reject) => {
      let first: Answer | undefined;
      client.subscribe(
        { query, variables },
        {
          next: (value) => (first ??= value as Answer),
          error: (errors) => resolve({ errors: errors as GraphQLFormattedError[] }),
          complete: () => (first ? resolve(first) : reject(new Error('the operation ended without a result'))),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}
