import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local OIDC identity provider for tests: its key set served over real HTTP (`jwksUri`), tokens signed with
 * its current key. `rotate()` adds a new signing key (served from then on) as an issuer does on rotation.
 */
export interface IdentityProvider {
  issuer: string;
  jwksUri: string;
  /** How often the key set was fetched. */
  readonly fetches: number;
  token(
    claims: JWTPayload & Record<string, unknown>,
    options?: { expiresIn?: string | number; notBefore?: string | number; kid?: string; key?: CryptoKey },
  ): Promise<string>;
  rotate(): Promise<void>;
  close(): Promise<void>;
}

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

async function signingKey(kid: string): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' } };
}

export async function startIdentityProvider(audience = 'linksfield-gateway'): Promise<IdentityProvider> {
  const keys: SigningKey[] = [await signingKey('key-1')];
  let fetches = 0;
  const server: Server = createServer((request, response) => {
    if (request.url !== '/jwks') {
      response.writeHead(404).end();
      return;
    }
    fetches++;
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ keys: keys.map((key) => key.jwk) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${origin}/`;
  return {
    issuer,
    jwksUri: `${origin}/jwks`,
    get fetches() {
      return fetches;
    },
    async token(claims, options = {}) {
      const current = keys.at(-1)!;
      const jwt = new SignJWT({ iss: issuer, aud: audience, ...claims })
        .setProtectedHeader({ alg: 'RS256', kid: options.kid ?? current.kid })
        .setIssuedAt()
        .setExpirationTime(options.expiresIn ?? '5m');
      if (options.notBefore !== undefined) jwt.setNotBefore(options.notBefore);
      return jwt.sign(options.key ?? current.privateKey);
    },
    async rotate() {
      keys.push(await signingKey(`key-${keys.length + 1}`));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
