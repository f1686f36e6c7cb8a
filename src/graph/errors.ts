import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { UpstreamError } from '../upstream/errors.js';

/**
 * Every error a client sees has a stable `extensions.code`. Upstream failures carry the upstream code and
 * message; anything unexpected becomes INTERNAL_SERVER_ERROR with no detail (it is logged instead).
 * Stack traces, request bodies, signatures and secrets never leave the process.
 */
export function badInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

/** The eSIM families are optional: a gateway without their base URLs answers their fields with NOT_CONFIGURED. */
export function notConfigured(family: string, variables: string): GraphQLError {
  return new GraphQLError(`${family} is not configured on this gateway: set ${variables}`, {
    extensions: { code: 'NOT_CONFIGURED' },
  });
}

/** ICCIDs are 18 to 22 digits (ITU-T E.118); checking here saves an upstream call for a typo. */
const ICCID = /^\d{18,22}$/;

export function checkIccid(iccid: string, field = 'iccid'): string {
  if (!ICCID.test(iccid)) throw badInput(`"${iccid.slice(0, 40)}" is not an ICCID (18 to 22 digits)`, field);
  return iccid;
}

export type ErrorLogger = (error: unknown) => void;

export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logUnexpected: ErrorLogger,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof UpstreamError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: original.code,
        endpoint: original.endpoint,
        ...(original.upstreamCode
          ? { upstreamCode: original.upstreamCode, upstreamMessage: original.upstreamMessage }
          : {}),
        ...(original.retryAfterSeconds !== undefined ? { retryAfter: original.retryAfterSeconds } : {}),
      },
    };
  }
  if (original instanceof GraphQLError || hasCode(formatted)) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logUnexpected(original);
  return {
    message: 'Internal error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

function hasCode(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR';
}
