import { CSSS_SUCCESS } from '../../upstream/csss/codes.js';
import { csssEndpoints, type CsssEndpointName, type CsssEndpoints } from '../../upstream/csss/endpoints.js';
import type { AnyEndpoint } from '../../upstream/endpoint.js';
import { documentedCsss } from '../spec/csss.js';
import { checkRequest, type DocumentedEndpoint } from '../spec/wire.js';
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

/** Largest `page_size` of a paged endpoint that states none. */
const DEFAULT_PAGE_SIZE_LIMIT = 100;

/**
 * The CSSS API as a sandbox family. A documented endpoint is served at the path, and checked against the fields,
 * the sandbox's own statement of the reference gives (`spec/csss.ts`), never the client's table, so a mistake in
 * the client's row is refused instead of mirrored. An endpoint documented by name only has nothing to check
 * against but the client's (overridable) row, so its path, fields and limits come from there. Every request is
 * checked the way Linksfield checks it (`auth.ts`), then against its fields (1004) and batch limit (1005), then
 * answered from the state.
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
  const documented: Readonly<Partial<Record<CsssEndpointName, DocumentedEndpoint>>> = documentedCsss;
  const routes = new Map<string, CsssEndpointName>();
  for (const name of Object.keys(endpoints) as CsssEndpointName[]) {
    const served: { method: string; path: string } = documented[name] ?? endpoints[name];
    routes.set(`${served.method} ${served.path}`, name);
  }

  const answer = (endpoint: CsssEndpointName, request: SandboxRequest, language: Language): SandboxResponse => {
    const body = request.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body))
      throw new CsssFailure('1004', 'the body must be a JSON object');
    const fields = body as Record<string, unknown>;
    authenticate(fields, options, state.now());
    const statement = documented[endpoint];
    const row: AnyEndpoint = endpoints[endpoint];
    const problem = checkRequest(statement, row, fields);
    if (problem !== null) throw new CsssFailure('1004', problem);
    const batch = statement ? statement.batch : row.batch;
    const items = batch ? fields[batch.field] : undefined;
    if (batch && Array.isArray(items)) {
      if (items.length === 0) throw new CsssFailure('1004', `${batch.field} must not be empty`);
      if (items.length > batch.limit)
        throw new CsssFailure('1005', `${items.length} items in ${batch.field}, at most ${batch.limit}`);
    }
    state.tick();
    const pageSizeLimit = (statement ? statement.pageSizeLimit : row.pageSizeLimit) ?? DEFAULT_PAGE_SIZE_LIMIT;
    return success(csssHandlers[endpoint](fields, { state, pageSizeLimit, language }), language, secret);
  };

  return {
    name: 'csss',
    prefix: '',
    state,
    endpoints,
    resolve: (method, path) => routes.get(`${method} ${path}`) ?? null,
    handle: async (endpoint, request) => {
      const language = languageOf(request.headers);
      return answerOrRefuse(
        () => answer(endpoint as CsssEndpointName, request, language),
        (code, detail) => failure(code, language, detail),
        '1004',
      );
    },
    badBody: (status, reason, headers) => failure('1004', languageOf(headers), reason, status),
    isBusinessCode: (code) => CSSS_FAILURE_CODE.test(code) && code !== CSSS_SUCCESS,
    businessFault: (code, headers) => failure(code, languageOf(headers)),
    wrongShape: (headers) => success('sandbox: a wrong-shape answer', languageOf(headers), secret),
    endpointNames: () => Object.keys(endpoints),
  };
}
