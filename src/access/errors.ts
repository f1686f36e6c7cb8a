import { GraphQLError } from 'graphql';

/**
 * Why a request was turned away before any resolver ran: no or bad credentials (HTTP 401, WebSocket close
 * 4401), or valid credentials that grant nothing here (HTTP 403, close 4403).
 */
export class AccessDeniedError extends Error {
  constructor(
    readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN',
    message: string,
  ) {
    super(message);
    this.name = 'AccessDeniedError';
  }

  get httpStatus(): 401 | 403 {
    return this.code === 'UNAUTHENTICATED' ? 401 : 403;
  }

  get closeCode(): 4401 | 4403 {
    return this.code === 'UNAUTHENTICATED' ? 4401 : 4403;
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, { extensions: { code: this.code, http: { status: this.httpStatus } } });
  }
}

export const unauthenticated = (message: string) => new AccessDeniedError('UNAUTHENTICATED', message);
export const forbidden = (message: string) => new AccessDeniedError('FORBIDDEN', message);
