import { CSSS_SUCCESS } from '../../upstream/csss/codes.js';
import { csssEndpoints, type CsssEndpointName, type CsssEndpoints } from '../../upstream/csss/endpoints.js';
import { checkFields, type AnyEndpoint } from '../../upstream/endpoint.js';
import type { SandboxRequest, SandboxResponse } from '../family.js';
import type { HostedFamily } from '../family-hooks.js';
import { answerOrRefuse } from '../failure.js';
import { authenticate } from './auth.js';
import { failure, success } from './envelope.js';
import { CsssFailure } from './failure.js';
import { csssHandlers } from './handlers/index.js';
import { languageOf, type Language } from './messages.js';
import type { CsssState } from './state.js';

/** CSSS status codes are four digits (`0000` is success); an injected failure may carry any other. */
const CSSS_FAILURE_CODE = /^\d{4}$/;

/**
 * The CSSS API as a sandbox family, served from the SAME endpoint table the client uses (overrides applied), so a
 * path or batch limit changed for one is changed for both. Every request is checked the way Linksfield checks it
 * (`auth.ts`), then against the row's fields (1004) and batch limit (1005), then answered from the state.
 */
export interface CsssFamilyOptions {
  accessCode: string;
  secret: string;
  state: CsssState;
  /** The effective table; the built-in one by default. */
  endpoints?: CsssEndpoints;
}

export interface CsssFamily extends HostedFamily {
  readonly state: CsssState;
  readonly endpoints: CsssEndpoints;
}

export function createCsssFamily(options: CsssFamilyOptions): CsssFamily {
  const endpoints = options.endpoints ?? csssEndpoints;
  const { state, secret } = options;
  const routes = new Map<string, CsssEndpointName>();
  for (const [name, spec] of Object.entries(endpoints) as [CsssEndpointName, CsssEndpoints[CsssEndpointName]][]) {
    routes.set(`${spec.method} ${spec.path}`, name);
  }

  const answer = (endpoint: CsssEndpointName, request: SandboxRequest, language: Language): SandboxResponse => {
    const body = request.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) throw new CsssFailure('1004', 'the body must be a JSON object');
    const fields = body as Record<string, unknown>;
    authenticate(fields, options, state.now());
    const spec: AnyEndpoint = endpoints[endpoint];
    const problem = checkFields(spec, fields);
    if (problem !== null) throw new CsssFailure('1004', problem);
    const items = spec.batch ? fields[spec.batch.field] : undefined;
    if (spec.batch && Array.isArray(items)) {
      if (items.length === 0) throw new CsssFailure('1004', `${spec.batch.field} must not be empty`);
      if (items.length > spec.batch.limit) throw new CsssFailure('1005', `${items.length} items in ${spec.batch.field}, at most ${spec.batch.limit}`);
    }
    state.tick();
    return success(csssHandlers[endpoint](fields, { state, spec, language }), language, secret);
  };

  return {
    name: 'csss',
    prefix: '',
    state,
    endpoints,
    resolve: (method, path) => routes.get(`${method} ${path}`) ?? null,
    handle: async (endpoint, request) => {
      const language = languageOf(request.headers);
      return answerOrRefuse(() => answer(endpoint as CsssEndpointName, request, language), (code, detail) => failure(code, language, detail), '1004');
    },
    badBody: (status, reason, headers) => failure('1004', languageOf(headers), reason, status),
    isBusinessCode: (code) => CSSS_FAILURE_CODE.test(code) && code !== CSSS_SUCCESS,
    businessFault: (code, headers) => failure(code, languageOf(headers)),
    wrongShape: (headers) => success('sandbox: a wrong-shape answer', languageOf(headers), secret),
    endpointNames: () => Object.keys(endpoints),
  };
}
