import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientsFileError } from '../../../src/access/clients-file.js';
import { ConfigError, SANDBOX_CREDENTIALS } from '../../../src/config.js';
import type { Sandbox } from '../../../src/sandbox/server.js';
import { clientsFile } from '../../support/clients-file.js';
import { startTestGateway } from '../../support/gateway.js';
import { startTestSandbox } from '../../support/sandbox.js';

/** Secure by default: a gateway in front of a real upstream does not start open by accident, nor with a bad file. */
let upstream: Sandbox;
const real = () => ({
  LINKSFIELD_BASE_URL: upstream.url,
  LINKSFIELD_ACCESS_CODE: SANDBOX_CREDENTIALS.accessCode,
  LINKSFIELD_SECRET: SANDBOX_CREDENTIALS.secret,
  LINKSFIELD_NOTIFY_SECRET: SANDBOX_CREDENTIALS.notifySecret,
});
beforeAll(async () => {
  upstream = await startTestSandbox();
});
afterAll(() => upstream?.close());

describe('start-up', () => {
  it('is refused against a real upstream URL with no clients file, naming the way out, and makes no upstream call', async () => {
    const refused = await startTestGateway(real()).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ConfigError);
    expect((refused as ConfigError).problems).toEqual([
      'GATEWAY_CLIENTS_FILE is required when LINKSFIELD_BASE_URL is set (or set GATEWAY_AUTH=none to let anyone who reaches the port call it)',
    ]);
    expect(Object.values(upstream.calls())).toEqual([]);
  });

  it('goes ahead with GATEWAY_AUTH=none (anyone may call) or with a clients file (credentials required)', async () => {
    const open = await startTestGateway({ ...real(), GATEWAY_AUTH: 'none' });
    const anonymous = await fetch(open.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(anonymous.status).toBe(200);
    await open.close();
    const file = clientsFile({ clients: [] });
    const closed = await startTestGateway({ ...real(), GATEWAY_CLIENTS_FILE: file.path });
    const refused = await fetch(closed.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(refused.status).toBe(401);
    await closed.close();
    file.remove();
  });

  it('is refused with a clients file that cannot be read or holds a mistake, naming it', async () => {
    const missing = await startTestGateway({ GATEWAY_CLIENTS_FILE: '/nonexistent/clients.json' }).catch(
      (error: unknown) => error,
    );
    expect(missing).toBeInstanceOf(ClientsFileError);
    expect((missing as Error).message).toBe('GATEWAY_CLIENTS_FILE: cannot read /nonexistent/clients.json: ENOENT');
    const file = clientsFile({ clients: [{ id: 'acme', keys: ['sha256:nope'], scopes: ['sims:read'] }] });
    const bad = await startTestGateway({ GATEWAY_CLIENTS_FILE: file.path }).catch((error: unknown) => error);
    expect((bad as Error).message).toMatch(/^GATEWAY_CLIENTS_FILE: client "acme".keys\[0\] must be "sha256:"/);
    file.remove();
  });
});
