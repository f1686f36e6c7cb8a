import type { MallSignMode } from '../../config.js';
import { decodeAnswer } from '../answer.js';
import type { CodeTable } from '../code-table.js';
import { tunedGuard, tunedTransport, type ClientTuning } from '../client-tuning.js';
import type { InputOf, OutputOf } from '../endpoint.js';
import type { UpstreamGuard } from '../guard.js';
import type { HttpTransport, JsonRequest } from '../http.js';
import {
  mallEndpoints,
  type MallBase,
  type MallEndpoint,
  type MallEndpointName,
  type MallEndpoints,
} from './endpoints.js';
import { mallCodeTable } from './codes.js';
import { unwrapMall } from './envelope.js';
import { fillPath } from './path.js';
import { signMall } from './sign.js';

export interface MallClientOptions extends ClientTuning {
  vshopUrl: string;
  paymentUrl: string;
  topupUrl: string;
  partnerCode: string;
  secret: string;
  signMode: MallSignMode;
  /** The effective table (overrides applied); the built-in one by default. */
  endpoints?: MallEndpoints;
  /** The effective failure codes (the endpoints file's `codes` applied); the built-in ones by default. */
  codes?: CodeTable;
  /** The clock behind `tradeTime`. */
  now?: () => number;
}

/** `version` of every Mall request (§9.1: default 3.0). */
const MALL_VERSION = '3.0';

/**
 * The common trade fields whose meanings are undocumented (§9.1): `languageCode` "1" alongside en-US, the only
 * language the Mall supports; `mark` "0" as in every example; `terminal` "0" as in most.
 */
const TRADE_DEFAULTS = { languageCode: '1', mark: '0', terminal: '0' } as const;

/**
 * Speaks the Mall: adds the global and trade fields, signs them with MD5 (the configured sign mode), sends to the
 * row's base (vshop, payment or topup), unwraps `{operateCode, message, data}` and turns failures into UpstreamErrors.
 */
export class MallClient {
  readonly endpoints: MallEndpoints;
  readonly codes: CodeTable;
  private readonly transports: Readonly<Record<MallBase, HttpTransport>>;
  readonly guard: UpstreamGuard;
  private readonly now: () => number;

  constructor(private readonly options: MallClientOptions) {
    this.codes = options.codes ?? mallCodeTable;
    this.endpoints = options.endpoints ?? mallEndpoints;
    const transport = (baseUrl: string) => tunedTransport(baseUrl, options, 16);
    this.transports = {
      vshop: transport(options.vshopUrl),
      payment: transport(options.paymentUrl),
      topup: transport(options.topupUrl),
    };
    this.guard = tunedGuard('mall', options, 16);
    this.now = options.now ?? Date.now;
  }

  async call<K extends MallEndpointName>(
    name: K,
    input: InputOf<MallEndpoints[K]>,
  ): Promise<OutputOf<MallEndpoints[K]>> {
    const spec: MallEndpoint = this.endpoints[name];
    const endpoint = `mall.${name}`;
    const encoded = spec.encode(input);
    // Built per attempt: a retried read carries a fresh tradeTime and sign.
    const send = async (deadline: number | undefined) =>
      unwrapMall(
        endpoint,
        await this.transports[spec.base].request({ ...this.request(spec, endpoint, encoded), deadline }),
        spec.bareAnswer === true,
        this.codes,
      );
    return decodeAnswer(
      endpoint,
      (data) => spec.decode(data, input),
      await this.guard.run(endpoint, spec.effect, send),
    );
  }

  private request(spec: MallEndpoint, endpoint: string, encoded: Record<string, unknown>): JsonRequest {
    const params: Record<string, unknown> = {
      ...encoded,
      version: MALL_VERSION,
      partnerCode: this.options.partnerCode,
    };
    if (spec.tradeType !== undefined)
      Object.assign(params, TRADE_DEFAULTS, { tradeTime: String(this.now()), tradeType: spec.tradeType });
    params.sign = signMall(params, this.options.secret, this.options.signMode);
    const { path, rest } = fillPath(spec.path, params);
    const headers = { 'accept-language': 'en-US' };
    if (spec.method !== 'GET') return { method: spec.method, path, headers, body: rest, endpoint };
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(rest))
      if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
    return { method: spec.method, path: `${path}?${query.toString()}`, headers, endpoint };
  }

  async close(): Promise<void> {
    await Promise.all(Object.values(this.transports).map((transport) => transport.close()));
  }
}
