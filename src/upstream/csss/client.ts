import type { IPolicy } from 'cockatiel';
import { MalformedUpstreamData, UpstreamError } from '../errors.js';
import type { InputOf, OutputOf } from '../endpoint.js';
import { HttpTransport, type UpstreamObserver } from '../http.js';
import { readRetryPolicy } from '../retry.js';
import { CSSS_SUCCESS, csssError } from './codes.js';
import { csssEndpoints, type CsssEndpointName, type CsssEndpoints } from './endpoints.js';
import { signCsss } from './sign.js';
import { csssTimestamp } from './timestamp.js';

export interface CsssClientOptions {
  baseUrl: string;
  accessCode: string;
  secret: string;
  /** The effective table (overrides applied); the built-in one by default. */
  endpoints?: CsssEndpoints;
  timeoutMs?: number;
  /** Extra attempts for reads; writes are never retried. */
  retries?: number;
  connections?: number;
  observe?: UpstreamObserver;
  /** The clock that stamps requests; tests move it to check the ±5 minute window. */
  now?: () => number;
}

export interface CallOptions {
  /** Passed through as `Accept-Language` (`zh-CN` or `EN-US` upstream). */
  language?: string;
}

/** The CSSS API version every documented example sends (§1.1). */
const CSSS_VERSION = '2.0';

/**
 * Speaks CSSS: adds the global fields, signs, posts, unwraps the `{code, message, data, success}` envelope
 * and turns every non-`0000` code into an UpstreamError carrying the upstream code and message.
 */
export class CsssClient {
  readonly endpoints: CsssEndpoints;
  private readonly http: HttpTransport;
  private readonly readPolicy: IPolicy;
  private readonly now: () => number;

  constructor(private readonly options: CsssClientOptions) {
    this.endpoints = options.endpoints ?? csssEndpoints;
    this.http = new HttpTransport({
      baseUrl: options.baseUrl,
      timeoutMs: options.timeoutMs ?? 5_000,
      connections: options.connections ?? 32,
      observe: options.observe,
    });
    this.readPolicy = readRetryPolicy(options.retries ?? 2);
    this.now = options.now ?? Date.now;
  }

  /** The account this client speaks for, for cache keys; never the secret. */
  get account(): string {
    return this.options.accessCode;
  }

  async call<K extends CsssEndpointName>(name: K, input: InputOf<CsssEndpoints[K]>, options: CallOptions = {}): Promise<OutputOf<CsssEndpoints[K]>> {
    const spec = this.endpoints[name];
    const endpoint = `csss.${name}`;
    const send = async () => {
      const body: Record<string, unknown> = {
        ...(spec.encode as (input: unknown) => Record<string, unknown>)(input),
        access_code: this.options.accessCode,
        timestamp: csssTimestamp(this.now()),
        version: CSSS_VERSION,
      };
      body.sign = signCsss(body, this.options.secret);
      const headers: Record<string, string> = options.language ? { 'accept-language': options.language } : {};
      const envelope = await this.http.request({ method: spec.method, path: spec.path, headers, body, endpoint });
      return unwrap(endpoint, envelope);
    };
    const data = spec.effect === 'read' ? await this.readPolicy.execute(send) : await send();
    try {
      return (spec.decode as (data: unknown) => OutputOf<CsssEndpoints[K]>)(data);
    } catch (error) {
      if (error instanceof MalformedUpstreamData) {
        throw new UpstreamError(`${endpoint}: unexpected answer (${error.message})`, { code: 'UPSTREAM_MALFORMED', endpoint });
      }
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.http.close();
  }
}

function unwrap(endpoint: string, envelope: unknown): unknown {
  if (envelope === null || typeof envelope !== 'object' || Array.isArray(envelope)) {
    throw new UpstreamError(`${endpoint}: answer is not a CSSS envelope`, { code: 'UPSTREAM_MALFORMED', endpoint });
  }
  const { code, message, data } = envelope as { code?: unknown; message?: unknown; data?: unknown };
  if (typeof code !== 'string' && typeof code !== 'number') {
    throw new UpstreamError(`${endpoint}: answer has no status code`, { code: 'UPSTREAM_MALFORMED', endpoint });
  }
  const upstreamCode = String(code);
  if (upstreamCode === CSSS_SUCCESS) return data;
  throw csssError(endpoint, upstreamCode, typeof message === 'string' ? message : undefined);
}
