import { afterEach, describe, expect, it } from 'vitest';
import { ClientsFileError, parseClients, readClientsFile } from '../../../src/access/clients-file.js';
import { apiKey, clientsFile, type ClientsFileFixture } from '../../support/clients-file.js';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const messageOf = (content: unknown) => {
  try {
    parseClients(content);
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(ClientsFileError);
    return (error as Error).message;
  }
};

describe('the clients file', () => {
  let fixture: ClientsFileFixture | undefined;
  afterEach(() => fixture?.remove());

  it('reads the documented shape: keys with and without expiry, scopes, ICCIDs and prefixes, limits, issuers', () => {
    const { digest } = apiKey();
    fixture = clientsFile({
      clients: [
        {
          id: 'acme',
          keys: [DIGEST, { digest, expiresAt: '2030-01-01T00:00:00Z' }],
          scopes: ['sims:read', 'notifications:read'],
          iccids: ['89852049017565664195', '898520490175656642*'],
          rateLimit: { requestsPerMinute: 600, writesPerMinute: 10 },
        },
      ],
      issuers: [
        { issuer: 'https://id.example.com/', audience: 'linksfield-gateway', jwksUri: 'https://id.example.com/jwks' },
      ],
    });
    const file = readClientsFile(fixture.path);
    expect(file.clients[0]).toMatchObject({
      id: 'acme',
      scopes: ['sims:read', 'notifications:read'],
      iccids: ['89852049017565664195', '898520490175656642*'],
      limits: { requestsPerMinute: 600, writesPerMinute: 10 },
    });
    expect(file.clients[0].keys).toEqual([
      { digest: 'ab'.repeat(32), expiresAt: null },
      { digest: digest.slice('sha256:'.length), expiresAt: new Date('2030-01-01T00:00:00Z') },
    ]);
    expect(file.issuers[0]).toMatchObject({
      audience: 'linksfield-gateway',
      algorithms: expect.not.arrayContaining(['HS256', 'none']),
      clockSkewSeconds: 30,
    });
  });

  it('refuses, naming the problem: unreadable, not JSON, unknown field, bad digest, bad scope, bad ICCID, duplicates, HS algorithms', () => {
    expect(() => readClientsFile('/nonexistent/clients.json')).toThrow(
      'GATEWAY_CLIENTS_FILE: cannot read /nonexistent/clients.json: ENOENT',
    );
    fixture = clientsFile('{ "clients": [ }');
    expect(() => readClientsFile(fixture!.path)).toThrow(/is not valid JSON/);
    const client = { id: 'acme', keys: [DIGEST], scopes: ['sims:read'] };
    expect(messageOf({ clients: [client] })).toBe('accepted');
    expect(messageOf({ clients: [{ ...client, scope: ['sims:read'] }] })).toMatch(
      /clients\[0\]: unknown field "scope"/,
    );
    expect(messageOf({ clients: [client], extra: true })).toMatch(/unknown field "extra"/);
    expect(messageOf({ clients: [{ ...client, keys: ['sha256:ABC'] }] })).toMatch(
      /client "acme".keys\[0\] must be "sha256:" followed by 64 lowercase hex digits/,
    );
    expect(messageOf({ clients: [{ ...client, keys: ['plain-key'] }] })).toMatch(/keys\[0\]/);
    expect(messageOf({ clients: [{ ...client, scopes: ['sims:write'] }] })).toMatch(
      /client "acme".scopes: "sims:write" is not a scope/,
    );
    expect(messageOf({ clients: [{ ...client, iccids: ['8985abc'] }] })).toMatch(/"8985abc" is neither an ICCID/);
    expect(messageOf({ clients: [{ ...client, keys: [{ digest: DIGEST, expiresAt: 'soon' }] }] })).toMatch(
      /expiresAt must be an ISO 8601/,
    );
    expect(messageOf({ clients: [{ ...client, rateLimit: { requestsPerMinute: 0 } }] })).toMatch(
      /requestsPerMinute must be a whole number/,
    );
    expect(messageOf({ clients: [client, { ...client, keys: [] }] })).toMatch(/client id "acme" is declared twice/);
    expect(messageOf({ clients: [client, { ...client, id: 'other' }] })).toMatch(/listed twice/);
    const issuer = { issuer: 'https://id.example.com/', audience: 'gw', jwksUri: 'https://id.example.com/jwks' };
    expect(messageOf({ issuers: [{ ...issuer, algorithms: ['HS256'] }] })).toMatch(/"HS256" is not allowed/);
    expect(messageOf({ issuers: [{ ...issuer, jwksUri: 'file:///etc/keys' }] })).toMatch(
      /jwksUri must be an http\(s\) URL/,
    );
  });
});
