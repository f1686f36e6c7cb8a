import { utimesSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Authenticator } from '../../../src/access/authenticator.js';
import { SANDBOX_ANONYMOUS } from '../../../src/access/caller.js';
import { AccessDeniedError } from '../../../src/access/errors.js';
import { apiKey, clientsFile, type ClientsFileFixture } from '../../support/clients-file.js';

let fixture: ClientsFileFixture | undefined;
afterEach(() => fixture?.remove());

/** Rewrites the file with a later modification time, so the reload sees a change whatever the clock resolution. */
function rewrite(content: unknown, secondsLater: number) {
  fixture!.write(content);
  const later = new Date(Date.now() + secondsLater * 1_000);
  utimesSync(fixture!.path, later, later);
}

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: AccessDeniedError) => `${error.code} ${error.httpStatus} ${error.closeCode}`,
  );

describe('the authenticator', () => {
  it('without a clients file lets anonymous callers in with every scope, but still refuses a bad key', async () => {
    const open = new Authenticator({ clientsFile: null });
    expect(await open.authenticate(undefined)).toBe(SANDBOX_ANONYMOUS);
    expect(await refusal(open.authenticate('Bearer lfk_nope'))).toBe('UNAUTHENTICATED 401 4401');
  });

  it('identifies a key as its client, with its scopes, SIMs and limits', async () => {
    const key = apiKey();
    fixture = clientsFile({
      clients: [
        {
          id: 'acme',
          keys: [key.digest],
          scopes: ['sims:read'],
          iccids: ['898520*'],
          rateLimit: { writesPerMinute: 5 },
        },
      ],
    });
    const caller = await new Authenticator({ clientsFile: fixture.path }).authenticate(`bearer ${key.key}`);
    expect(caller).toMatchObject({ kind: 'apiKey', clientId: 'acme', limits: { writesPerMinute: 5 } });
    expect([...caller.scopes]).toEqual(['sims:read']);
    expect(caller.sims!.allows('89852049017565664195')).toBe(true);
    expect(caller.sims!.allows('89862049017565664195')).toBe(false);
  });

  it('re-reads a changed file: a removed key is revoked, a broken file is reported and the previous clients stay', async () => {
    const [kept, removed] = [apiKey(), apiKey()];
    const clients = [
      { id: 'kept', keys: [kept.digest], scopes: ['sims:read'] },
      { id: 'removed', keys: [removed.digest], scopes: ['sims:read'] },
    ];
    fixture = clientsFile({ clients });
    const onReloadError = vi.fn();
    const access = new Authenticator({ clientsFile: fixture.path, onReloadError });
    const caller = await access.authenticate(`Bearer ${removed.key}`);
    rewrite('{ "clients": [', 10);
    access.reloadIfChanged(true);
    expect(onReloadError).toHaveBeenCalledWith(
      expect.objectContaining({ message: expect.stringMatching(/is not valid JSON/) }),
    );
    expect(access.standing(caller)).toBe('valid');
    rewrite({ clients: [clients[0]] }, 20);
    access.reloadIfChanged(true);
    expect(access.standing(caller)).toBe('revoked');
    expect(await refusal(access.authenticate(`Bearer ${removed.key}`))).toBe('UNAUTHENTICATED 401 4401');
    expect((await access.authenticate(`Bearer ${kept.key}`)).clientId).toBe('kept');
  });

  it('marks a caller whose key expires as expired, and refuses credentials that grant no scope with 403', async () => {
    const [soon, none] = [apiKey(), apiKey()];
    const expiresAt = new Date(Date.now() + 60_000);
    fixture = clientsFile({
      clients: [
        { id: 'soon', keys: [{ digest: soon.digest, expiresAt: expiresAt.toISOString() }], scopes: ['sims:read'] },
        { id: 'none', keys: [none.digest], scopes: [] },
      ],
    });
    const access = new Authenticator({ clientsFile: fixture.path });
    const caller = await access.authenticate(`Bearer ${soon.key}`);
    expect(access.standing(caller)).toBe('valid');
    expect(access.standing(caller, new Date(expiresAt.getTime() + 1))).toBe('expired');
    expect(await refusal(access.authenticate(`Bearer ${none.key}`))).toBe('FORBIDDEN 403 4403');
    expect(await refusal(access.authenticate(undefined))).toBe('UNAUTHENTICATED 401 4401');
  });

  it('works a key out once: the same caller each time, until the key expires or the file changes its scopes', async () => {
    const key = apiKey();
    const expiresAt = new Date(Date.now() + 60_000);
    const client = { id: 'acme', keys: [{ digest: key.digest, expiresAt: expiresAt.toISOString() }] };
    fixture = clientsFile({ clients: [{ ...client, scopes: ['sims:read'] }] });
    const access = new Authenticator({ clientsFile: fixture.path });
    const first = await access.authenticate(`Bearer ${key.key}`);
    expect(await access.authenticate(`Bearer ${key.key}`)).toBe(first);
    rewrite({ clients: [{ ...client, scopes: ['sims:read', 'orders:write'] }] }, 10);
    access.reloadIfChanged(true);
    const reread = await access.authenticate(`Bearer ${key.key}`);
    expect([...reread.scopes]).toEqual(['sims:read', 'orders:write']);
    vi.useFakeTimers({ now: expiresAt.getTime() + 1 });
    try {
      expect(await refusal(access.authenticate(`Bearer ${key.key}`))).toBe('UNAUTHENTICATED 401 4401');
    } finally {
      vi.useRealTimers();
    }
  });
});
