import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ClientsFileError } from '../../../src/access/clients-file.js';
import { clientsFile } from '../../support/clients-file.js';
import { startTestGateway } from '../../support/gateway.js';

/** A loopback port free right now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Whether something may listen on the port again (nothing holds it). */
async function released(port: number): Promise<boolean> {
  const server = createServer();
  const ok = await new Promise<boolean>((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => resolve(true));
  });
  if (ok) await new Promise((resolve) => server.close(resolve));
  return ok;
}

describe('lifecycle', () => {
  it('releases what a failed start had opened: the sandbox started before the clients file was refused is closed', async () => {
    const port = await freePort();
    const bad = clientsFile({ clients: [{ id: 'broken' }] });
    const refused = await startTestGateway({ SANDBOX_PORT: String(port), GATEWAY_CLIENTS_FILE: bad.path }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(ClientsFileError);
    expect(await released(port)).toBe(true);
  });

  it('closes everything it opened, once, however often close is called', async () => {
    const port = await freePort();
    const t = await startTestGateway({ SANDBOX_PORT: String(port) });
    expect(await released(port)).toBe(false);
    await Promise.all([t.close(), t.close()]);
    expect(await released(port)).toBe(true);
  });
});
