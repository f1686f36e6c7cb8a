import type { GatewayConfig } from '../../config.js';
import { record } from '../../upstream/decode.js';
import { classifyFmsCode, FMS_SUCCESS } from '../../upstream/fms/codes.js';
import { fmsEndpoints, type FmsEndpointName, type FmsEndpoints } from '../../upstream/fms/endpoints.js';
import type { SandboxRequest, SandboxResponse } from '../family.js';
import type { HostedFamily } from '../family-hooks.js';
import { answerOrRefuse } from '../failure.js';
import { documentedFms, type DocumentedFmsEndpoint } from '../spec/fms.js';
import { checkRequest } from '../spec/wire.js';
import { Accounts } from './accounts.js';
import { FmsFailure } from './failure.js';
import { fmsHandlers } from './handlers.js';
import { Orders } from './orders.js';
import { ProfilePool } from './profiles.js';

/** FMS sends its status as an integer (0 is success); an injected failure may carry any other, written plainly. */
const FMS_FAILURE_CODE = /^[1-9]\d{0,8}$/;

/**
 * The eSIM QR Mall (FMS) simulator, served under `/fms`, one handler per row of the FMS endpoint table. A
 * documented endpoint is served at the path, and checked against the fields and token rule, of the sandbox's own
 * statement of the reference (`spec/fms.ts`); one documented by name only, or a body the reference leaves out,
 * is checked against the client's (overridable) row. `partnerCode` must be the configured one.
 */
export interface FmsSandboxOptions extends Pick<GatewayConfig['fms'], 'partnerCode' | 'preOrderTimeoutMinutes'> {
  /** The effective table (overrides applied); the built-in one by default. */
  endpoints?: FmsEndpoints;
  now?: () => number;
  /** eSIM profiles in the pool. */
  profiles?: number;
  qrReadyAfterMs?: number;
  maxUsers?: number;
  maxTokens?: number;
  maxOrders?: number;
}

export function createFmsSandbox(options: FmsSandboxOptions): HostedFamily {
  const table = options.endpoints ?? fmsEndpoints;
  const now = options.now ?? Date.now;
  const accounts = new Accounts(now, { users: options.maxUsers ?? 10_000, tokens: options.maxTokens ?? 50_000 });
  const orders = new Orders(new ProfilePool(options.profiles ?? 100), {
    now,
    timeoutMs: options.preOrderTimeoutMinutes * 60_000,
    qrReadyAfterMs: options.qrReadyAfterMs ?? 1_000,
    maxOrders: options.maxOrders ?? 10_000,
  });
  const handlers = fmsHandlers(accounts, orders);
  const documented: Readonly<Partial<Record<FmsEndpointName, DocumentedFmsEndpoint>>> = documentedFms;
  const routes = new Map(
    (Object.keys(table) as FmsEndpointName[]).map((name) => {
      const served: { method: string; path: string } = documented[name] ?? table[name];
      return [`${served.method} ${served.path}`, name];
    }),
  );

  const answer = (name: FmsEndpointName, request: SandboxRequest): SandboxResponse => {
    const row = table[name];
    const statement = documented[name];
    const token = request.headers['x-access-token'];
    const needsToken = statement ? statement.token : row.auth === 'user';
    const account = needsToken ? accounts.authenticate(typeof token === 'string' ? token : undefined) : null;
    const body = record(request.body ?? {}, 'body');
    const problem = checkRequest(statement, row, body);
    if (problem) throw new FmsFailure('2', problem);
    const carriesPartner = 'partnerCode' in (statement && !statement.truncated ? statement.fields : row.fields);
    if (carriesPartner && body.partnerCode !== options.partnerCode) throw new FmsFailure('2', 'unknown partnerCode');
    orders.sweep();
    // The mapped handler type already ties each row's `auth` to its handler's signature.
    const data = (handlers[name] as (body: unknown, account: unknown) => unknown)(body, account);
    return { status: 200, body: { code: FMS_SUCCESS, data: data ?? null, message: 'SUCCESS' } };
  };

  return {
    name: 'fms',
    prefix: '/fms',
    resolve: (method, path) => routes.get(`${method} ${path}`) ?? null,
    handle: async (endpoint, request) =>
      answerOrRefuse(() => answer(endpoint as FmsEndpointName, request), failure, '2'),
    badBody: (status, reason) => failure('2', reason, status),
    isBusinessCode: (code) => FMS_FAILURE_CODE.test(code),
    businessFault: (code) => failure(code),
    wrongShape: () => ({
      status: 200,
      body: { code: FMS_SUCCESS, data: 'sandbox: a wrong-shape answer', message: 'SUCCESS' },
    }),
    endpointNames: () => Object.keys(table),
  };
}

/** A failure envelope; a code outside the table (an injected fault) carries the generic meaning. */
function failure(code: string, detail?: string, status = 200): SandboxResponse {
  const meaning = classifyFmsCode(code).meaning;
  return { status, body: { code: Number(code), data: null, message: detail ? `${meaning}: ${detail}` : meaning } };
}
