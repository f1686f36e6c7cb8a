import manifest from './gql/persisted-documents.json' with { type: 'json' };
import type { TypedDocumentString } from './gql/graphql.js';

export interface GraphQLResult<TData> {
  data?: TData | null;
  errors?: {
    message: string;
    path?: readonly (string | number)[];
    extensions?: { code?: string } & Record<string, unknown>;
  }[];
}

const documents: Record<string, string> = manifest;

/**
 * A typed `fetch` for the gateway: the document fixes the variables' and the result's types. It sends the
 * operation exactly as the persisted-documents manifest holds it, with its hash (Apollo's `persistedQuery`
 * extension), so a gateway that trusts only the manifest's documents recognises it.
 */
export async function execute<TData, TVariables>(
  endpoint: string,
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
  headers: Record<string, string> = {},
): Promise<GraphQLResult<TData>> {
  const id = String(document.__meta__?.hash);
  const query = documents[id];
  if (query === undefined) throw new Error(`${id} is not in persisted-documents.json: run the codegen`);
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({
      query,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: id.replace(/^sha256:/, '') } },
    }),
  });
  return (await response.json()) as GraphQLResult<TData>;
}
