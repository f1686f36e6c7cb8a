import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ask, bearer, callsOf, codesByPath, connectAs } from '../../support/access.js';
import { clientsFile, type ClientsFileFixture } from '../../support/clients-file.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { startIdentityProvider, type IdentityProvider } from '../../support/identity-provider.js';
import { subscribe, watchFeed } from '../../support/subscriber.js';

/** OIDC access tokens from a local identity provider whose key set is served over HTTP. */
let t: TestGateway;
let idp: IdentityProvider;
let file: ClientsFileFixture;
let mine: string;
let other: string;
const AUDIENCE = 'linksfield-gateway';

const plans = (token: string) => ask(t, '{ plans { code } }', {}, bearer(token));
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

beforeAll(async () => {
  idp = await startIdentityProvider(AUDIENCE);
  const probe = await startTestGateway();
  [mine, other] = probe.sandbox.csss.state.sims.slice(0, 2).map((sim) => sim.iccid);
  await probe.close();
  file = clientsFile({
    clients: [{ id: 'web-app', scopes: ['sims:read', 'orders:read', 'notifications:read'], iccids: [mine] }],
    // No cooldown: the rotation test fetches the key set again at once.
    issuers: [
      { issuer: idp.issuer, audience: AUDIENCE, jwksUri: idp.jwksUri, jwksCooldownSeconds: 0, clockSkewSeconds: 5 },
    ],
  });
  t = await startTestGateway({ GATEWAY_CLIENTS_FILE: file.path });
});
beforeEach(() => t.sandbox.resetCalls());
afterAll(async () => {
  await t?.close();
  await idp?.close();
  file?.remove();
});

describe('an access token', () => {
  it("is accepted when signed by the issuer's key, with the scopes of its scope claim", async () => {
    const token = await idp.token({ sub: 'user-1', scope: 'sims:read openid' });
    const { status, data, errors } = await plans(token);
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data!.plans.length).toBeGreaterThan(0);
    const write = await ask(
      t,
      'mutation { sendSms(input: { iccid: "1", text: "x" }) { message { id } } }',
      {},
      bearer(token),
    );
    expect(codesByPath(write.errors)).toEqual({ sendSms: 'FORBIDDEN' });
  });

  it("naming a client gets that client's SIMs, and scopes bounded by the client's", async () => {
    const token = await idp.token({ sub: 'user-2', client_id: 'web-app', scope: 'sims:read orders:write' });
    const own = await ask(t, 'query($iccid: ID!) { sim(iccid: $iccid) { iccid } }', { iccid: mine }, bearer(token));
    expect(own.data).toEqual({ sim: { iccid: mine } });
    const foreign = await ask(
      t,
      'query($iccid: ID!) { sim(iccid: $iccid) { iccid } }',
      { iccid: other },
      bearer(token),
    );
    expect(codesByPath(foreign.errors)).toEqual({ sim: 'NOT_FOUND' });
    const write = await ask(
      t,
      'mutation($id: ID!) { cancelOrder(input: { orderId: $id }) { orderId } }',
      { id: '1' },
      bearer(token),
    );
    expect(codesByPath(write.errors)).toEqual({ cancelOrder: 'FORBIDDEN' });
    const azp = await idp.token({ sub: 'user-2', azp: 'web-app', scope: 'sims:read' });
    expect(
      codesByPath(
        (await ask(t, 'query($iccid: ID!) { sim(iccid: $iccid) { iccid } }', { iccid: other }, bearer(azp))).errors,
      ),
    ).toEqual({ sim: 'NOT_FOUND' });
  });

  it('is refused with 401 when from another issuer, for another audience, expired, not yet valid, unsigned, HMAC-signed or signed by an unknown key', async () => {
    const now = Math.floor(Date.now() / 1_000);
    const rogue = await generateKeyPair('RS256');
    const jwk = await exportJWK(rogue.publicKey);
    const refused = {
      'wrong issuer': await idp.token({ iss: 'https://evil.example/', scope: 'sims:read' }),
      'wrong audience': await idp.token({ aud: 'another-api', scope: 'sims:read' }),
      expired: await idp.token({ scope: 'sims:read' }, { expiresIn: now - 60 }),
      'not yet valid': await idp.token({ scope: 'sims:read' }, { notBefore: now + 600 }),
      'alg none': `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ iss: idp.issuer, aud: AUDIENCE, exp: now + 300, scope: 'sims:read' })}.`,
      'HS256 with the public key as secret': await new SignJWT({ iss: idp.issuer, aud: AUDIENCE, scope: 'sims:read' })
        .setProtectedHeader({ alg: 'HS256', kid: 'key-1' })
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(jwk.n!)),
      'unknown kid': await idp.token({ scope: 'sims:read' }, { kid: 'rogue', key: rogue.privateKey }),
      'known kid, wrong key': await idp.token({ scope: 'sims:read' }, { kid: 'key-1', key: rogue.privateKey }),
      'no exp': await new SignJWT({ iss: idp.issuer, aud: AUDIENCE, scope: 'sims:read' })
        .setProtectedHeader({ alg: 'RS256', kid: 'rogue' })
        .sign(rogue.privateKey),
    };
    for (const [name, token] of Object.entries(refused)) {
      const { status, errors } = await plans(token);
      expect(status, name).toBe(401);
      expect(codesByPath(errors), name).toEqual({ '-': 'UNAUTHENTICATED' });
    }
    expect(callsOf(t, 'csss.listPlans')).toBe(0);
  });

  it('keeps working across a key rotation: an unknown kid makes the gateway fetch the key set again', async () => {
    const before = idp.fetches;
    await idp.rotate();
    const token = await idp.token({ sub: 'user-3', scope: 'sims:read' });
    expect(JSON.parse(Buffer.from(token.split('.')[0], 'base64url').toString()).kid).toBe('key-2');
    expect((await plans(token)).status).toBe(200);
    expect(idp.fetches).toBeGreaterThan(before);
  });

  it('opens graphql-ws connections from connectionParams, and is refused there with 4401', async () => {
    const token = await idp.token({ client_id: 'web-app', scope: 'notifications:read' });
    const { client } = connectAs(t, bearer(token));
    const feed = watchFeed(t.gateway);
    const live = subscribe(client, parse('subscription { notifications { id } }') as never, {});
    await feed.opened(1);
    live.unsubscribe();
    await client.dispose();
    const expired = await idp.token(
      { scope: 'notifications:read' },
      { expiresIn: Math.floor(Date.now() / 1_000) - 60 },
    );
    expect(await connectAs(t, bearer(expired)).closed).toBe(4401);
  });
});
