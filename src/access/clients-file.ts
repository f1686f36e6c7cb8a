import { readFileSync } from 'node:fs';
import type { CallerLimits } from './caller.js';
import { isScope, SCOPES, type Scope } from './scopes.js';
import { ICCID_PATTERN } from './sim-scope.js';

/**
 * The clients file (`GATEWAY_CLIENTS_FILE`): who may call the gateway. It never holds a key, only its digest.
 *
 *   { "clients": [ { "id": "acme", "keys": ["sha256:<hex>", { "digest": "sha256:<hex>", "expiresAt": "2027-01-01T00:00:00Z" }],
 *                    "scopes": ["sims:read"], "iccids": ["8985…", "898520*"], "rateLimit": { "requestsPerMinute": 600 } } ],
 *     "issuers": [ { "issuer": "https://id.example.com/", "audience": "linksfield-gateway", "jwksUri": "https://id.example.com/jwks" } ] }
 *
 * Anything unknown or malformed is refused with a message naming it, so a typo stops start-up (or a reload)
 * instead of silently granting or denying access.
 */
export interface ClientKey {
  /** Lowercase hex SHA-256 of the key. */
  digest: string;
  expiresAt: Date | null;
}

export interface ClientDefinition {
  id: string;
  keys: ClientKey[];
  scopes: Scope[];
  /** Exact ICCIDs and `prefix*` patterns; null: every SIM of the account. */
  iccids: string[] | null;
  limits: CallerLimits;
}

/** Asymmetric JWS algorithms only: never `none`, never HS* (a public key must not double as an HMAC secret). */
const TOKEN_ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
] as const;
type TokenAlgorithm = (typeof TOKEN_ALGORITHMS)[number];

export interface IssuerDefinition {
  issuer: string;
  audience: string;
  jwksUri: string;
  algorithms: TokenAlgorithm[];
  clockSkewSeconds: number;
  /** After a key-set fetch, no other fetch (e.g. for an unknown `kid`) for this long. */
  jwksCooldownSeconds: number;
}

export interface ClientsFile {
  clients: ClientDefinition[];
  issuers: IssuerDefinition[];
}

export class ClientsFileError extends Error {
  constructor(message: string) {
    super(`GATEWAY_CLIENTS_FILE: ${message}`);
    this.name = 'ClientsFileError';
  }
}

const KEY_DIGEST = /^sha256:([0-9a-f]{64})$/;
const CLIENT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function readClientsFile(file: string): ClientsFile {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ClientsFileError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new ClientsFileError(`${file} is not valid JSON (${(error as Error).message})`);
  }
  return parseClients(parsed, file);
}

export function parseClients(parsed: unknown, file = 'the clients file'): ClientsFile {
  const top = object(parsed, file, ['clients', 'issuers']);
  const clients = list(top.clients ?? [], 'clients').map((entry, index) => client(entry, `clients[${index}]`));
  const issuers = list(top.issuers ?? [], 'issuers').map((entry, index) => issuer(entry, `issuers[${index}]`));
  const ids = new Set<string>();
  const digests = new Set<string>();
  for (const { id, keys } of clients) {
    if (ids.has(id)) throw new ClientsFileError(`client id "${id}" is declared twice`);
    ids.add(id);
    for (const { digest } of keys) {
      if (digests.has(digest))
        throw new ClientsFileError(`the key digest sha256:${digest.slice(0, 8)}… is listed twice`);
      digests.add(digest);
    }
  }
  const issuerNames = new Set<string>();
  for (const { issuer: name } of issuers) {
    if (issuerNames.has(name)) throw new ClientsFileError(`issuer "${name}" is declared twice`);
    issuerNames.add(name);
  }
  return { clients, issuers };
}

function client(value: unknown, where: string): ClientDefinition {
  const entry = object(value, where, ['id', 'description', 'keys', 'scopes', 'iccids', 'rateLimit']);
  const id = string(entry.id, `${where}.id`);
  if (!CLIENT_ID.test(id))
    throw new ClientsFileError(
      `${where}.id "${id}" must be 1 to 64 letters, digits, or . _ - (starting with a letter or digit)`,
    );
  const named = `client "${id}"`;
  if (entry.description !== undefined) string(entry.description, `${named}.description`);
  const keys = list(entry.keys ?? [], `${named}.keys`).map((key, index) => clientKey(key, `${named}.keys[${index}]`));
  const scopes = list(entry.scopes, `${named}.scopes`).map((scope, index) => {
    const name = string(scope, `${named}.scopes[${index}]`);
    if (!isScope(name))
      throw new ClientsFileError(
        `${named}.scopes: "${name}" is not a scope (known: ${Object.keys(SCOPES).join(', ')})`,
      );
    return name;
  });
  const iccids =
    entry.iccids === undefined
      ? null
      : list(entry.iccids, `${named}.iccids`).map((pattern, index) => {
          const text = string(pattern, `${named}.iccids[${index}]`);
          if (!ICCID_PATTERN.test(text))
            throw new ClientsFileError(
              `${named}.iccids: "${text}" is neither an ICCID (18 to 22 digits) nor a prefix of digits ending in *`,
            );
          return text;
        });
  return {
    id,
    keys,
    scopes: [...new Set(scopes)],
    iccids,
    limits: entry.rateLimit === undefined ? {} : limits(entry.rateLimit, `${named}.rateLimit`),
  };
}

function clientKey(value: unknown, where: string): ClientKey {
  const entry = typeof value === 'string' ? { digest: value } : object(value, where, ['digest', 'expiresAt']);
  const text = string(entry.digest, `${where}.digest`);
  const match = KEY_DIGEST.exec(text);
  if (!match)
    throw new ClientsFileError(
      `${where} must be "sha256:" followed by 64 lowercase hex digits (print one with npm run clients -- new-key)`,
    );
  let expiresAt: Date | null = null;
  if (entry.expiresAt !== undefined) {
    expiresAt = new Date(string(entry.expiresAt, `${where}.expiresAt`));
    if (Number.isNaN(expiresAt.getTime()))
      throw new ClientsFileError(`${where}.expiresAt must be an ISO 8601 date-time`);
  }
  return { digest: match[1], expiresAt };
}

function limits(value: unknown, where: string): CallerLimits {
  const entry = object(value, where, ['requestsPerMinute', 'writesPerMinute']);
  const result: CallerLimits = {};
  for (const name of ['requestsPerMinute', 'writesPerMinute'] as const) {
    const limit = entry[name];
    if (limit === undefined) continue;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1)
      throw new ClientsFileError(`${where}.${name} must be a whole number of at least 1`);
    result[name] = limit;
  }
  return result;
}

function issuer(value: unknown, where: string): IssuerDefinition {
  const entry = object(value, where, [
    'issuer',
    'audience',
    'jwksUri',
    'algorithms',
    'clockSkewSeconds',
    'jwksCooldownSeconds',
  ]);
  const name = string(entry.issuer, `${where}.issuer`);
  const jwksUri = string(entry.jwksUri, `${where}.jwksUri`);
  try {
    if (!['http:', 'https:'].includes(new URL(jwksUri).protocol)) throw new Error();
  } catch {
    throw new ClientsFileError(`${where}.jwksUri must be an http(s) URL`);
  }
  const algorithms =
    entry.algorithms === undefined
      ? [...TOKEN_ALGORITHMS]
      : list(entry.algorithms, `${where}.algorithms`).map((algorithm) => {
          const text = string(algorithm, `${where}.algorithms`);
          if (!(TOKEN_ALGORITHMS as readonly string[]).includes(text))
            throw new ClientsFileError(
              `${where}.algorithms: "${text}" is not allowed (allowed: ${TOKEN_ALGORITHMS.join(', ')})`,
            );
          return text as TokenAlgorithm;
        });
  return {
    issuer: name,
    audience: string(entry.audience, `${where}.audience`),
    jwksUri,
    algorithms,
    clockSkewSeconds: seconds(entry.clockSkewSeconds, `${where}.clockSkewSeconds`, 30, 300),
    jwksCooldownSeconds: seconds(entry.jwksCooldownSeconds, `${where}.jwksCooldownSeconds`, 30, 3_600),
  };
}

function seconds(value: unknown, where: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max)
    throw new ClientsFileError(`${where} must be a whole number from 0 to ${max}`);
  return value;
}

function object(value: unknown, where: string, known: readonly string[]): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new ClientsFileError(`${where} must be an object`);
  const unknown = Object.keys(value).filter((key) => !known.includes(key));
  if (unknown.length > 0)
    throw new ClientsFileError(
      `${where}: unknown field ${unknown.map((key) => `"${key}"`).join(', ')} (known: ${known.join(', ')})`,
    );
  return value as Record<string, unknown>;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new ClientsFileError(`${where} must be a list`);
  return value;
}

function string(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    throw new ClientsFileError(`${where} must be a non-empty string`);
  return value;
}
