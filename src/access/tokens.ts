import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import type { IssuerDefinition } from './clients-file.js';
import { unauthenticated } from './errors.js';

/** A JWKS fetch that takes longer fails the token check (and the request) rather than hanging it. */
const JWKS_TIMEOUT_MS = 5_000;
/** Key sets are re-read at least this often, so a key the issuer withdrew stops being trusted. */
const JWKS_MAX_AGE_MS = 10 * 60_000;

export interface VerifiedToken {
  issuer: IssuerDefinition;
  claims: JWTPayload & { scope?: unknown; client_id?: unknown; azp?: unknown };
}

/**
 * Verifies OIDC access tokens against the trusted issuers: the issuer is picked by the (unverified) `iss`,
 * then jose checks signature, `iss`, `aud`, `exp` and `nbf` (with the issuer's clock skew) and the algorithm
 * against the issuer's allow-list. Key sets are fetched once and cached; an unknown `kid` triggers a re-fetch
 * (no more often than the issuer's cooldown).
 */
export class TokenVerifier {
  private readonly keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  constructor(private readonly issuers: readonly IssuerDefinition[]) {
    for (const issuer of issuers) {
      this.keySets.set(
        issuer.issuer,
        createRemoteJWKSet(new URL(issuer.jwksUri), {
          timeoutDuration: JWKS_TIMEOUT_MS,
          cooldownDuration: issuer.jwksCooldownSeconds * 1_000,
          cacheMaxAge: JWKS_MAX_AGE_MS,
        }),
      );
    }
  }

  async verify(token: string): Promise<VerifiedToken> {
    let iss: string | undefined;
    try {
      iss = decodeJwt(token).iss;
    } catch {
      throw unauthenticated('the bearer token is neither a known API key nor a well-formed JWT');
    }
    const issuer = this.issuers.find((candidate) => candidate.issuer === iss);
    if (!issuer) throw unauthenticated('the token was not issued by a trusted issuer');
    try {
      const { payload } = await jwtVerify(token, this.keySets.get(issuer.issuer)!, {
        issuer: issuer.issuer,
        audience: issuer.audience,
        algorithms: issuer.algorithms,
        clockTolerance: issuer.clockSkewSeconds,
        requiredClaims: ['exp'],
      });
      return { issuer, claims: payload };
    } catch (error) {
      throw unauthenticated(`the token was refused: ${reason(error)}`);
    }
  }
}

/** What the caller may be told: the check that failed, never key material. */
function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'it has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `its "${error.claim}" claim is not accepted`;
  if (error instanceof errors.JOSEAlgNotAllowed) return 'its signing algorithm is not allowed';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of the issuer matches it';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'its signature does not verify';
  if (error instanceof errors.JWKSTimeout) return "the issuer's keys could not be fetched in time";
  return 'it is not a valid signed token';
}
