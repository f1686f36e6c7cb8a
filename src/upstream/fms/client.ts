import { decodeAnswer } from '../answer.js';
import type { CodeTable } from '../code-table.js';
import { tunedGuard, tunedTransport, type ClientTuning } from '../client-tuning.js';
import type { InputOf, OutputOf } from '../endpoint.js';
import { UpstreamError } from '../errors.js';
import type { UpstreamGuard } from '../guard.js';
import type { HttpTransport } from '../http.js';
import { fmsEndpoints, type FmsEndpoint, type FmsEndpointName, type FmsEndpoints } from './endpoints.js';
import { fmsCodeTable } from './codes.js';
import { unwrapFms } from './envelope.js';

export interface FmsClientOptions extends ClientTuning {
  baseUrl: string;
  partnerCode: string;
  /** The effective table (overrides applied); the built-in one by default. */
  endpoints?: FmsEndpoints;
  /** The effective failure codes (the endpoints file's `codes` applied); the built-in ones by default. */
  codes?: CodeTable;
}

export interface FmsCallOptions {
  /** The end user's `x-access-token` from login or register: passed per call, never kept by the client. */
  token?: string;
  /** Sent as `Accept-Language` (`zh-CN`, `en-US`). */
  language?: string;
}

/** Printable ASCII only: anything else could smuggle a header line. */
const TOKEN_SHAPE = /^[\x21-\x7e]{1,1024}$/;

/**
 * Speaks FMS: fills in `partnerCode`, forwards the caller's token, posts, unwraps the `{code, data, message}`
 * envelope and turns every non-zero code into an UpstreamError carrying the upstream code and message.
 */
export class FmsClient {
  readonly endpoints: FmsEndpoints;
  readonly codes: CodeTable;
  private readonly http: HttpTransport;
  readonly guard: UpstreamGuard;

  constructor(private readonly options: FmsClientOptions) {
    this.codes = options.codes ?? fmsCodeTable;
    this.endpoints = options.endpoints ?? fmsEndpoints;
    this.http = tunedTransport(options.baseUrl, options, 32);
    this.guard = tunedGuard('fms', options, 32);
  }

  async call<K extends FmsEndpointName>(
    name: K,
    input: InputOf<FmsEndpoints[K]>,
    options: FmsCallOptions = {},
  ): Promise<OutputOf<FmsEndpoints[K]>> {
    const spec: FmsEndpoint = this.endpoints[name];
    const endpoint = `fms.${name}`;
    const headers = requestHeaders(endpoint, spec, options);
    const body: Record<string, unknown> = spec.encode(input);
    if ('partnerCode' in spec.fields) body.partnerCode = this.options.partnerCode;
    const send = async (deadline: number | undefined) =>
      unwrapFms(
        endpoint,
        await this.http.request({ method: spec.method, path: spec.path, headers, body, endpoint, deadline }),
        this.codes,
      );
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

function requestHeaders(endpoint: string, spec: FmsEndpoint, options: FmsCallOptions): Record<string, string> {
  const headers: Record<string, string> = options.language ? { 'accept-language': options.language } : {};
  if (spec.auth === 'none') return headers;
  if (options.token === undefined || !TOKEN_SHAPE.test(options.token)) {
    throw new UpstreamError(`${endpoint}: needs the signed-in user's access token`, {
      code: 'UNAUTHENTICATED',
      endpoint,
    });
  }
  return { ...headers, 'x-access-token': options.token };
}
