import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { UpstreamError } from '../../../src/upstream/errors.js';
import { HttpTransport } from '../../../src/upstream/http.js';

/**
 * An attempt's deadline covers the whole answer: an upstream that sends its headers at once and then one byte every
 * 20 ms never trips the idle timeouts between chunks, yet the attempt still ends as UPSTREAM_TIMEOUT.
 */
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.write('{"data":"');
    const drip = setInterval(() => response.write('x'), 20);
    response.on('close', () => clearInterval(drip));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

it('ends an answer that keeps trickling in at the attempt deadline', async () => {
  const transport = new HttpTransport({ baseUrl: url, timeoutMs: 300, connections: 1 });
  try {
    const error = await transport
      .request({ method: 'GET', path: '/slow', headers: {}, endpoint: 'test.slow' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ code: 'UPSTREAM_TIMEOUT', message: expect.stringContaining('answer not finished') });
  } finally {
    await transport.close();
  }
}, 5_000);
