import type { GatewayConfig } from '../../config.js';
import { record, type Json } from '../../upstream/decode.js';
import { classifyMallCode, MALL_SUCCESS } from '../../upstream/mall/codes.js';
import {
  mallEndpoints,
  type MallEndpoint,
  type MallEndpointName,
  type MallEndpoints,
} from '../../upstream/mall/endpoints.js';
import { matchPath } from '../../upstream/mall/path.js';
import { verifyMall } from '../../upstream/mall/sign.js';
import { BoundedMap } from '../bounded-map.js';
import type { SandboxRequest, SandboxResponse } from '../family.js';
import type { HostedFamily } from '../family-hooks.js';
import { answerOrRefuse } from '../failure.js';
import { documentedMall, tradeFields, type DocumentedMallEndpoint } from '../spec/mall.js';
import { checkDocumented, checkRequest, type DocumentedEndpoint } from '../spec/wire.js';
import { Cards } from './cards.js';
import { MallFailure } from './failure.js';
import { Groups } from './groups.js';
import { mallHandlers } from './handlers.js';
import { Payments } from './payments.js';
import { Renewals } from './renewals.js';

/** Mall `operateCode`s are short texts (`S` is success, the table's failures `E0001`…); an injected failure may carry any other. */
const MALL_FAILURE_CODE = /^[A-Za-z0-9]{1,16}$/;

/**
 * The Mall / Topup simulator, served under `/mall/vshop`, `/mall/payment` and `/mall/topup` (the three base URLs
 * of §9.1). It answers one handler per row of the Mall endpoint table, after checking `partnerCode` and the MD5
 * sign over path, query and body with the configured sign mode and secret. A documented endpoint is served at the
 * path, and checked against the fields, of the sandbox's own statement of the reference (`spec/mall.ts`), never the
 * client's row; one documented by name only takes its path and fields from the client's (overridable) row, and on
 * vshop still needs the documented trade fields (`languageCode`, `mark`, `terminal`, `version`…).
 */
export interface MallSandboxOptions extends Pick<GatewayConfig['mall'], 'partnerCode' | 'secret' | 'signMode'> {
  /** The effective table (overrides applied); the built-in one by default. */
  endpoints?: MallEndpoints;
  now?: () => number;
  maxOrdersPerCard?: number;
  /** Bound on payments, auto-renewals, group operations and remembered request ids, each. */
  maxRecords?: number;
}

export function createMallSandbox(options: MallSandboxOptions): HostedFamily {
  const table = options.endpoints ?? mallEndpoints;
  const now = options.now ?? Date.now;
  const maxRecords = options.maxRecords ?? 10_000;
  const cards = new Cards(now, options.maxOrdersPerCard ?? 50);
  const handlers = mallHandlers({
    partnerCode: options.partnerCode,
    cards,
    renewals: new Renewals(now, maxRecords),
    payments: new Payments(maxRecords),
    groups: new Groups((iccid) => cards.isCard(iccid), maxRecords),
    requests: new BoundedMap(maxRecords),
  });
  const documented: Readonly<Partial<Record<MallEndpointName, DocumentedMallEndpoint>>> = documentedMall;
  const rows = Object.entries(table) as [MallEndpointName, MallEndpoint][];

  /** `/vshop/singleVerify` → the endpoint served there, with its path parameters. */
  const locate = (method: string, path: string) => {
    const [, base, ...rest] = path.split('/');
    const below = `/${rest.join('/')}`;
    for (const [name, row] of rows) {
      const served = documented[name] ?? row;
      if (served.base !== base || served.method !== method) continue;
      const pathParams = matchPath(served.path, below);
      if (pathParams) return { name, row, statement: documented[name], pathParams };
    }
    return null;
  };

  const problemOf = (row: MallEndpoint, statement: DocumentedEndpoint | undefined, params: Json): string | null => {
    if (!statement && row.base === 'vshop') {
      const problem = checkDocumented(
        { ref: '§9.1', method: row.method, path: row.path, fields: tradeFields, truncated: true },
        params,
      );
      if (problem) return problem;
    }
    return checkRequest(statement, row, params);
  };

  const answer = (request: SandboxRequest): SandboxResponse => {
    const route = locate(request.method, request.path);
    if (!route) throw new MallFailure('E0003', 'no such endpoint');
    const { name, row, statement, pathParams } = route;
    const params: Json = { ...Object.fromEntries(request.query), ...record(request.body ?? {}, 'body'), ...pathParams };
    if (params.partnerCode !== options.partnerCode) throw new MallFailure('E0002');
    if (!verifyMall(params, options.secret, options.signMode)) throw new MallFailure('E0001');
    const problem = problemOf(row, statement, params);
    if (problem) throw new MallFailure('E0003', problem);
    const batch = statement ? statement.batch : row.batch;
    if (batch && (params[batch.field] as unknown[]).length > batch.limit) {
      throw new MallFailure('E0003', `at most ${batch.limit} items in ${batch.field}`);
    }
    const data = handlers[name](params);
    if (statement?.bareAnswer) return { status: 200, body: data };
    return { status: 200, body: { operateCode: MALL_SUCCESS, message: 'success', data: data ?? null } };
  };

  return {
    name: 'mall',
    prefix: '/mall',
    resolve: (method, path) => locate(method, path)?.name ?? null,
    handle: async (_endpoint, request) => answerOrRefuse(() => answer(request), failure, 'E0003'),
    badBody: (status, reason) => failure('E0003', reason, status),
    isBusinessCode: (code) => MALL_FAILURE_CODE.test(code) && code !== MALL_SUCCESS,
    businessFault: (code) => failure(code),
    wrongShape: () => ({
      status: 200,
      body: { operateCode: MALL_SUCCESS, message: 'success', data: 'sandbox: a wrong-shape answer' },
    }),
    endpointNames: () => rows.map(([name]) => name),
  };
}

/** A failure envelope; a code outside the table (an injected fault) carries the generic meaning. */
function failure(code: string, detail?: string, status = 200): SandboxResponse {
  const meaning = classifyMallCode(code).meaning;
  return { status, body: { operateCode: code, message: detail ? `${meaning}: ${detail}` : meaning, data: null } };
}
