import { GraphQLError } from 'graphql';
import { createHash } from 'node:crypto';
import type { InputOf, OutputOf } from '../../upstream/endpoint.js';
import { UpstreamError } from '../../upstream/errors.js';
import type { FmsEndpointName, FmsEndpoints } from '../../upstream/fms/endpoints.js';
import type { GraphContext } from '../context.js';
import { configuredFms } from './configured.js';

/** Where a client puts the eSIM end user's token; the UNAUTHENTICATED message says so. */
const TOKEN_HOWTO =
  'send the token from esimLogin or esimRegister in the `x-esim-token` HTTP header (over WebSocket: `connectionParams.esimToken`)';

/** The signed-in eSIM end user of one request: their calls, and a name for them that is not their token. */
export interface FmsUser {
  /** Sends the user's token with the call; a token the upstream echoes in an error is masked. */
  call<K extends FmsEndpointName>(name: K, input: InputOf<FmsEndpoints[K]>): Promise<OutputOf<FmsEndpoints[K]>>;
  /** SHA-256 of the token: keys this user's idempotent writes and order pollers so one user's never serve another. */
  scope: string;
}

export function fmsUser(context: GraphContext): FmsUser {
  const fms = configuredFms(context);
  const token = context.esimToken;
  if (token === undefined)
    throw new GraphQLError(`this field needs the eSIM user's token: ${TOKEN_HOWTO}`, {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  const options = { token, language: context.language };
  return {
    scope: createHash('sha256').update(`fms-token:${token}`).digest('hex').slice(0, 32),
    call: (name, input) =>
      fms.call(name, input, options).catch((error: unknown) => {
        throw masked(error, token);
      }),
  };
}

function masked(error: unknown, token: string): unknown {
  if (!(error instanceof UpstreamError) || !`${error.message} ${error.upstreamMessage ?? ''}`.includes(token))
    return error;
  const hide = (text: string) => text.replaceAll(token, '[token]');
  return new UpstreamError(hide(error.message), {
    code: error.code,
    endpoint: error.endpoint,
    upstreamCode: error.upstreamCode,
    upstreamMessage: error.upstreamMessage === undefined ? undefined : hide(error.upstreamMessage),
    retryable: error.retryable,
  });
}
