import { decodeAnswer } from '../answer.js';
import type { CodeTable } from '../code-table.js';
import { tunedGuard, tunedTransport, type ClientTuning } from '../client-tuning.js';
import type { AnyEndpoint, InputOf, OutputOf } from '../endpoint.js';
import type { UpstreamGuard } from '../guard.js';
import type { HttpTransport } from '../http.js';
import { csssEndpoints, type CsssEndpointName, type CsssEndpoints } from './endpoints.js';
import { csssCodeTable } from './codes.js';
import { unwrapCsss } from './envelope.js';
import { signCsss } from './sign.js';
import { csssTimestamp } from './timestamp.js';
import { CSSS_VERSION } from './version.js';

export interface CsssClientOptions extends ClientTuning {
  baseUrl: string;
  accessCode: string;
  secret: string;
  /** The effective table (overrides applied); the built-in one by default. */
  endpoints?: CsssEndpoints;
  /** The effective failure codes (the endpoints file's `codes` applied); the built-in ones by default. */
  codes?: CodeTable;
  /** The clock that stamps requests; tests move it to check the ±5 minute window. */
  now?: () => number;
}

export interface CallOptions {
  /** Passed through as `Accept-Language` (`zh-CN` or `EN-US` upstream). */
  language?: string;
}

/**
 * Speaks CSSS: adds the global fields, signs, posts, unwraps the `{code, message, data, success}` envelope
 * and turns every non-`0000` code into an UpstreamError carrying the upstream code and message.
 */
export class CsssClient {
  readonly endpoints: CsssEndpoints;
  readonly codes: CodeTable;
  private readonly http: HttpTransport;
  readonly guard: UpstreamGuard;
  private readonly now: () => number;

  constructor(private readonly options: CsssClientOptions) {
    this.codes = options.codes ?? csssCodeTable;
    this.endpoints = options.endpoints ?? csssEndpoints;
    this.http = tunedTransport(options.baseUrl, options, 32);
    this.guard = tunedGuard('csss', options, 32);
    this.now = options.now ?? Date.now;
  }

  /** The account this client speaks for, for cache keys; never the secret. */
  get account(): string {
    return this.options.accessCode;
  }

  async call<K extends CsssEndpointName>(
    name: K,
    input: InputOf<CsssEndpoints[K]>,
    options: CallOptions = {},
  ): Promise<OutputOf<CsssEndpoints[K]>> {
    const spec: AnyEndpoint = this.endpoints[name];
    const endpoint = `csss.${name}`;
    const headers: Record<string, string> = options.language ? { 'accept-language': options.language } : {};
    // Built per attempt: a retried read carries a fresh timestamp and sign.
    const send = async (deadline: number | undefined) => {
      const body: Record<string, unknown> = {
        ...spec.encode(input),
        access_code: this.options.accessCode,
        timestamp: csssTimestamp(this.now()),
        version: CSSS_VERSION,
      };
      body.sign = signCsss(body, this.options.secret);
      return unwrapCsss(
        endpoint,
        await this.http.request({ method: spec.method, path: spec.path, headers, body, endpoint, deadline }),
        this.codes,
      );
    };
    return decodeAnswer(
      endpoint,
      (data) => spec.decode(data, input),
      await this.guard.run(endpoint, spec.effect, send),
    );
  }

  async close(): Promise<void> {
    await this.http.close();
  }
}
