/**
 * The one error type every upstream family raises. Its `code` is the stable GraphQL `extensions.code`;
 * `upstreamCode` and `upstreamMessage` are what Linksfield said. Nothing secret ever goes in here:
 * no credentials, no signatures, no request bodies.
 */
export const GATEWAY_ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FAILED_PRECONDITION',
  'PREORDER_EXPIRED',
  'UNAUTHENTICATED',
  'UPSTREAM_AUTH_FAILED',
  'UPSTREAM_ERROR',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_MALFORMED',
] as const;

export type GatewayErrorCode = (typeof GATEWAY_ERROR_CODES)[number];

export interface UpstreamErrorDetails {
  code: GatewayErrorCode;
  /** Which endpoint of which family, e.g. `csss.getUsage`. */
  endpoint: string;
  upstreamCode?: string;
  upstreamMessage?: string;
  /** True when repeating the same read may succeed (network, 5xx, timeouts, busy codes). */
  retryable?: boolean;
  /** For a call refused at once (open breaker, full bulkhead): seconds after which trying again makes sense. */
  retryAfterSeconds?: number;
}

export class UpstreamError extends Error {
  readonly code: GatewayErrorCode;
  readonly endpoint: string;
  readonly upstreamCode?: string;
  readonly upstreamMessage?: string;
  readonly retryable: boolean;
  readonly retryAfterSeconds?: number;

  constructor(message: string, details: UpstreamErrorDetails) {
    super(message);
    this.name = 'UpstreamError';
    this.code = details.code;
    this.endpoint = details.endpoint;
    this.upstreamCode = details.upstreamCode;
    this.upstreamMessage = details.upstreamMessage;
    this.retryable = details.retryable ?? false;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/**
 * A call not sent, or cut short, because the GraphQL request's deadline passed: never retried, and not counted
 * against the upstream by the breakers (it was given less than its own timeout).
 */
export class DeadlineExceeded extends UpstreamError {
  constructor(endpoint: string, what = 'the request ran out of time before the call could be sent') {
    super(`${endpoint}: ${what}`, { code: 'UPSTREAM_TIMEOUT', endpoint });
  }
}

/** What the gateway knows of one upstream business code; each family keeps a table of these as data. */
export interface KnownCode {
  meaning: string;
  gatewayCode: GatewayErrorCode;
  /** Repeating the same read may succeed. */
  retryable?: boolean;
}

/** Upstream text is bounded so a runaway message cannot bloat logs or GraphQL errors. */
const MAX_UPSTREAM_MESSAGE = 500;

/**
 * The UpstreamError for a failure code. Its message is the gateway's own, in English (the code's meaning); what
 * Linksfield said stays, in whatever language it said it, in `upstreamMessage` (the code's meaning when it said nothing).
 */
export function codeError(
  endpoint: string,
  upstreamCode: string,
  upstreamMessage: string | undefined,
  known: KnownCode,
): UpstreamError {
  return new UpstreamError(`${endpoint}: ${known.meaning} (upstream code ${upstreamCode})`, {
    code: known.gatewayCode,
    endpoint,
    upstreamCode,
    upstreamMessage: upstreamMessage?.slice(0, MAX_UPSTREAM_MESSAGE) ?? known.meaning,
    retryable: known.retryable ?? false,
  });
}

/** The UpstreamError for an answer the gateway cannot read: not the family's envelope, or data of the wrong shape. */
export function malformedAnswer(endpoint: string, problem: string): UpstreamError {
  return new UpstreamError(`${endpoint}: ${problem}`, { code: 'UPSTREAM_MALFORMED', endpoint });
}

/** Raised while decoding an upstream body that does not have the shape the endpoint table promises. */
export class MalformedUpstreamData extends Error {
  constructor(
    readonly path: string,
    expected: string,
  ) {
    super(`upstream field ${path} is not ${expected}`);
    this.name = 'MalformedUpstreamData';
  }
}
