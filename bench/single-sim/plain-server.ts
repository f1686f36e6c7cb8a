import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BENCH_CREDENTIALS } from '../support/credentials.js';
import { CsssClient } from '../../src/upstream/csss/client.js';
import type { SimRecord, UsageRecord } from '../../src/upstream/csss/model.js';
import { serveParent } from '../support/parent.js';

/**
 * The baseline of the single-SIM bench: what one would write by hand instead of the gateway. A `node:http`
 * server that reads the ICCID from the same GraphQL request body (the query itself is ignored), makes the same
 * two signed upstream calls, getSim and getUsage, at once, and answers the same JSON shape.
 * Env: `BENCH_UPSTREAM_URL`; `BENCH_PLAIN_CACHE=1` keeps answers in a Map (the hot run), otherwise every
 * request goes upstream (the cold run). The client has the gateway's upstream settings (pool, deadline, retries).
 */
export interface PlainReady {
  url: string;
}

const client = new CsssClient({
  baseUrl: process.env.BENCH_UPSTREAM_URL!,
  accessCode: BENCH_CREDENTIALS.accessCode,
  secret: BENCH_CREDENTIALS.secret,
  timeoutMs: 5_000,
  retries: 2,
});
const cache = process.env.BENCH_PLAIN_CACHE === '1' ? new Map<string, string>() : null;

async function answer(iccid: string): Promise<string> {
  const cached = cache?.get(iccid);
  if (cached) return cached;
  const [sim, usage]: [SimRecord, UsageRecord] = await Promise.all([
    client.call('getSim', { iccid }),
    client.call('getUsage', { iccid }),
  ]);
  const body = JSON.stringify({
    data: {
      sim: {
        iccid: sim.iccid,
        lifecycle: sim.lifecycle,
        usage: { usedBytes: usage.usedBytes, remainingHighSpeedBytes: usage.remainingHighSpeedBytes },
      },
    },
  });
  cache?.set(iccid, body);
  return body;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text;
}

const server = createServer(async (request, response) => {
  try {
    const { variables } = JSON.parse(await readBody(request)) as { variables: { iccid: string } };
    const body = await answer(variables.iccid);
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    response
      .writeHead(502, { 'content-type': 'application/json' })
      .end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
  }
});
server.keepAliveTimeout = 5_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

// `cpu`: CPU time so far (ms), which the runner diffs around a run, as for the gateway.
function cpu(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
serveParent({ url: `http://127.0.0.1:${port}/graphql` } satisfies PlainReady, { cpu }, async () => {
  server.closeAllConnections();
  server.close();
  await client.close();
});
