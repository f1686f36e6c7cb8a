/**
 * The one error type every upstream family raises. Its `code` is the stable GraphQL `extensions.code`;
 * `upstreamCode` and `upstreamMessage` are what Linksfield said. Nothing secret ever goes in here:
 * no credentials, no signatures, no request bodies.
 */
export type GatewayErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FAILED_PRECONDITION'
  | 'PREORDER_EXPIRED'
  | 'UNAUTHENTICATED'
  | 'UPSTREAM_AUTH_FAILED'
  | 'UPSTREAM_ERROR'
  | 'UPSTREAM_UNAVAILABLE'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_MALFORMED';

export interface UpstreamErrorDetails {
  code: GatewayErrorCode;
  /** Which endpoint of which family, e.g. `csss.getUsage`. */
  endpoint: string;
  upstreamCode?: string;
  upstreamMessage?: string;
  /** True when repeating the same read may succeed (network, 5xx, timeouts, busy codes). */
  retryable?: boolean;
}

export class UpstreamError extends Error {
  readonly code: GatewayErrorCode;
  readonly endpoint: string;
  readonly upstreamCode?: string;
  readonly upstreamMessage?: string;
  readonly retryable: boolean;

  constructor(message: string, details: UpstreamErrorDetails) {
    super(message);
    this.name = 'UpstreamError';
    this.code = details.code;
    this.endpoint = details.endpoint;
    this.upstreamCode = details.upstreamCode;
    this.upstreamMessage = details.upstreamMessage;
    this.retryable = details.retryable ?? false;
  }
}

/** Raised while decoding an upstream body that does not have the shape the endpoint table promises. */
export class MalformedUpstreamData extends Error {
  constructor(readonly path: string, expected: string) {
    super(`upstream field ${path} is not ${expected}`);
    this.name = 'MalformedUpstreamData';
  }
}
