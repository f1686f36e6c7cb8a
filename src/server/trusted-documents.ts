import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Kind, parse, type DocumentNode } from 'graphql';
import { ConfigError, type GatewayConfig } from '../config.js';

/**
 * Trusted documents: the operations a deployment's own clients send, listed in a manifest
 * (`GRAPHQL_TRUSTED_DOCUMENTS_FILE`, the client preset's `persisted-documents.json`: `{ "<sha256 hex>": "<document>" }`).
 * A client sends either the document's hash (`documentId`, or Apollo's `extensions.persistedQuery.sha256Hash`) or
 * its exact text. `allow` runs other documents too; `enforce` refuses them, so only the listed operations run.
 */
interface TrustedDocument {
  /** The manifest key: the SHA-256 of `query`, lowercase hex. */
  hash: string;
  query: string;
  /** Only queries are answered from the response cache; mutations and subscriptions always run. */
  queryOnly: boolean;
}

/** What a request names, in the shape both transports carry. */
export interface DocumentRequest {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

type Resolution =
  | { kind: 'trusted'; document: TrustedDocument }
  /** Not in the manifest, and the mode lets it run (or nothing was named: the GraphQL server says so). */
  | { kind: 'other' }
  | { kind: 'refused'; code: 'TRUSTED_DOCUMENT_REQUIRED' | 'PERSISTED_QUERY_NOT_FOUND'; message: string };

export interface TrustedDocuments {
  readonly mode: 'allow' | 'enforce';
  readonly size: number;
  resolve(request: DocumentRequest): Resolution;
}

const HASH = /^[0-9a-f]{64}$/;

/** The manifest of `config.trustedDocuments`, checked at start-up; null when the mode is `off`. */
export function loadTrustedDocuments({ mode, file }: GatewayConfig['trustedDocuments']): TrustedDocuments | null {
  if (mode === 'off' || file === null) return null;
  const problem = (message: string) => new ConfigError([`GRAPHQL_TRUSTED_DOCUMENTS_FILE ${file}: ${message}`]);
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw problem(
      error instanceof SyntaxError
        ? `not valid JSON (${error.message})`
        : `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
    );
  }
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest))
    throw problem('must be an object of { "<sha256 hex>": "<document>" }');
  const byHash = new Map<string, TrustedDocument>();
  const byText = new Map<string, TrustedDocument>();
  for (const [hash, query] of Object.entries(manifest)) {
    if (!HASH.test(hash)) throw problem(`"${hash.slice(0, 80)}" is not a lowercase SHA-256 hex digest`);
    if (typeof query !== 'string') throw problem(`the document of ${hash} is not a string`);
    if (sha256(query) !== hash)
      throw problem(`${hash} is not the SHA-256 of its document (hash the document text exactly as listed)`);
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      throw problem(`the document of ${hash} does not parse (${(error as Error).message})`);
    }
    const entry = {
      hash,
      query,
      queryOnly: document.definitions.every(
        (definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query',
      ),
    };
    byHash.set(hash, entry);
    byText.set(query, entry);
  }
  return {
    mode,
    size: byHash.size,
    resolve(request) {
      if (typeof request.query === 'string' && request.query !== '') {
        const document = byText.get(request.query);
        if (document) return { kind: 'trusted', document };
        return mode === 'enforce'
          ? {
              kind: 'refused',
              code: 'TRUSTED_DOCUMENT_REQUIRED',
              message: 'this gateway runs only its trusted documents: send a documentId from its manifest',
            }
          : { kind: 'other' };
      }
      const id = documentIdOf(request);
      if (id === null) return { kind: 'other' };
      const document = byHash.get(id);
      if (document) return { kind: 'trusted', document };
      // In allow mode an unknown hash may be an automatic persisted query: Apollo answers it (or asks for the text).
      return mode === 'enforce'
        ? { kind: 'refused', code: 'PERSISTED_QUERY_NOT_FOUND', message: 'no trusted document has this id' }
        : { kind: 'other' };
    },
  };
}

/** `documentId` (`sha256:<hex>` or bare hex) or Apollo's `extensions.persistedQuery.sha256Hash`, lowercased. */
function documentIdOf({ documentId, extensions }: DocumentRequest): string | null {
  if (typeof documentId === 'string')
    return (documentId.startsWith('sha256:') ? documentId.slice(7) : documentId).toLowerCase();
  const persisted =
    extensions !== null && typeof extensions === 'object'
      ? (extensions as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery
      : undefined;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash.toLowerCase() : null;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
