import { statSync } from 'node:fs';
import { SANDBOX_ANONYMOUS, type Caller } from './caller.js';
import { keyDigest } from './api-keys.js';
import { readClientsFile, type ClientDefinition, type ClientKey, type ClientsFile } from './clients-file.js';
import { forbidden, unauthenticated } from './errors.js';
import { isScope, type Scope } from './scopes.js';
import { simScopeOf } from './sim-scope.js';
import { TokenVerifier } from './tokens.js';

/** How often, at most, the clients file's modification time is checked for a reload. */
const RELOAD_CHECK_MS = 2_000;

export interface AuthenticatorOptions {
  /** The clients file; null when callers are not identified (the sandbox, or `GATEWAY_AUTH=none`). */
  clientsFile: string | null;
  /** Clients declared in code rather than in a file: the sandbox's restricted demo client. */
  builtIn?: ClientDefinition[];
  /** Told when a changed file cannot be read: the previous clients stay in force. */
  onReloadError?: (error: Error) => void;
}

/** Whether a caller identified earlier may still call: its key still listed, its key or token not expired. */
export type Standing = 'valid' | 'expired' | 'revoked';

interface Credentials {
  file: ClientsFile;
  byDigest: Map<string, { client: ClientDefinition; key: ClientKey }>;
  byId: Map<string, ClientDefinition>;
  tokens: TokenVerifier;
  /** The caller of each API key seen since the file was read: a key's digest and caller are worked out once. */
  callers: Map<string, Caller>;
}

/**
 * Who is calling, from the `Authorization: Bearer <credential>` value: an API key (looked up by its SHA-256,
 * so the comparison leaks no timing), or an OIDC access token of a trusted issuer. Without a clients file
 * every caller is anonymous with every scope. The file is re-read when it changes, so a removed key stops
 * working on the next request; `standing` lets long-lived connections re-check theirs.
 */
export class Authenticator {
  private credentials: Credentials;
  private mtimeMs: number;
  private checkedAt = Date.now();
  private readonly keyOf = new WeakMap<Caller, string>();

  /** Reads the clients file; a bad file throws a ClientsFileError naming the problem. */
  constructor(private readonly options: AuthenticatorOptions) {
    this.mtimeMs = options.clientsFile ? (statSync(options.clientsFile, { throwIfNoEntry: false })?.mtimeMs ?? 0) : 0;
    this.credentials = this.load();
  }

  /** True when callers without credentials get every scope. */
  get open(): boolean {
    return this.options.clientsFile === null;
  }

  get clientCount(): number {
    return this.credentials.byId.size;
  }

  async authenticate(authorization: string | undefined): Promise<Caller> {
    this.reloadIfChanged();
    const value = authorization?.trim() ?? '';
    if (value === '') {
      if (this.open) return SANDBOX_ANONYMOUS;
      throw unauthenticated('credentials required: send Authorization: Bearer <API key or access token>');
    }
    const match = /^Bearer\s+(\S+)$/i.exec(value);
    if (!match) throw unauthenticated('the Authorization header must be "Bearer <API key or access token>"');
    const credential = match[1];
    const caller = credential.split('.').length === 3 ? await this.fromToken(credential) : this.fromKey(credential);
    if (caller.scopes.size === 0) throw forbidden('these credentials grant no scope on this gateway');
    return caller;
  }

  /** Re-checks a caller identified earlier against the current clients file and the clock. */
  standing(caller: Caller, now = new Date()): Standing {
    this.reloadIfChanged();
    if (caller.expiresAt && caller.expiresAt <= now) return 'expired';
    const digest = this.keyOf.get(caller);
    if (digest !== undefined && this.credentials.byDigest.get(digest)?.client.id !== caller.clientId) return 'revoked';
    return 'valid';
  }

  /** Re-reads the clients file now if it changed since it was read. */
  reloadIfChanged(force = false): void {
    const file = this.options.clientsFile;
    if (file === null || (!force && Date.now() - this.checkedAt < RELOAD_CHECK_MS)) return;
    this.checkedAt = Date.now();
    const mtimeMs = statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (mtimeMs === this.mtimeMs) return;
    try {
      this.credentials = this.load();
      this.mtimeMs = mtimeMs;
    } catch (error) {
      this.options.onReloadError?.(error as Error);
    }
  }

  private load(): Credentials {
    const file = this.options.clientsFile ? readClientsFile(this.options.clientsFile) : { clients: [], issuers: [] };
    const clients = [...file.clients, ...(this.options.builtIn ?? [])];
    const byDigest = new Map<string, { client: ClientDefinition; key: ClientKey }>();
    for (const client of clients) for (const key of client.keys) byDigest.set(key.digest, { client, key });
    return {
      file,
      byDigest,
      byId: new Map(clients.map((client) => [client.id, client])),
      tokens: new TokenVerifier(file.issuers),
      callers: new Map(),
    };
  }

  private fromKey(key: string): Caller {
    const { callers } = this.credentials;
    let caller = callers.get(key);
    if (caller === undefined) {
      caller = this.keyCaller(key);
      // Only listed keys are kept, so the map is as small as the clients file.
      callers.set(key, caller);
    }
    if (caller.expiresAt && caller.expiresAt <= new Date()) throw unauthenticated('this API key has expired');
    return caller;
  }

  private keyCaller(key: string): Caller {
    const digest = keyDigest(key);
    const found = this.credentials.byDigest.get(digest);
    if (!found) throw unauthenticated('unknown API key');
    const { client, key: entry } = found;
    const caller: Caller = Object.freeze({
      kind: 'apiKey',
      clientId: client.id,
      scopes: new Set(client.scopes),
      sims: client.iccids ? simScopeOf(client.iccids) : null,
      limits: client.limits,
      ...(entry.expiresAt ? { expiresAt: entry.expiresAt } : {}),
    });
    this.keyOf.set(caller, digest);
    return caller;
  }

  private async fromToken(token: string): Promise<Caller> {
    const { claims } = await this.credentials.tokens.verify(token);
    const clientName =
      typeof claims.client_id === 'string' ? claims.client_id : typeof claims.azp === 'string' ? claims.azp : undefined;
    const client = clientName === undefined ? undefined : this.credentials.byId.get(clientName);
    // RFC 9068: space-separated; names this gateway does not know grant nothing.
    const granted = (typeof claims.scope === 'string' ? claims.scope.split(' ') : []).filter(isScope);
    const scopes = new Set<Scope>(client ? granted.filter((scope) => client.scopes.includes(scope)) : granted);
    return Object.freeze({
      kind: 'jwt',
      clientId: client?.id ?? null,
      ...(claims.sub ? { subject: `${claims.iss}|${claims.sub}` } : {}),
      scopes,
      sims: client?.iccids ? simScopeOf(client.iccids) : null,
      limits: client?.limits ?? {},
      expiresAt: new Date(claims.exp! * 1_000),
    });
  }
}
