import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { rmdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createClient } from 'redis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiKey, clientsFile } from '../../support/clients-file.js';
import { describeWithRedis, TEST_REDIS_URL, uniquePrefix } from '../../support/redis.js';

/**
 * Rate limits shared by two gateway processes through the real Redis: the gateway is compiled once into a folder
 * of its own (never `dist`, which other suites build) and started twice, as `npm start` would run it.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const out = `.build-test/rate-limits-${process.pid}`;
const SETUP_TIMEOUT_MS = 180_000;

interface Child {
  process: ChildProcess;
  url: string;
}

function startGatewayProcess(env: Record<string, string>): Promise<Child> {
  const child = spawn(process.execPath, [`${out}/src/main.js`], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      SANDBOX_PORT: '0',
      SANDBOX_SIMS: '5',
      LOG_LEVEL: 'silent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      const ready = /ready at (http:\/\/\S+)/.exec(output);
      if (ready) resolve({ process: child, url: ready[1] });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}: ${output}`)));
  });
}

async function post(url: string, key: string, query: string): Promise<{ status: number; codes: unknown[] }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
  return { status: response.status, codes: (body.errors ?? []).map((error) => error.extensions?.code) };
}

describeWithRedis('rate limits across two gateway processes on Redis', () => {
  const prefix = uniquePrefix('rate-limits');
  const key = apiKey();
  const file = clientsFile({
    clients: [
      {
        id: 'shared',
        keys: [key.digest],
        scopes: ['sims:read', 'sms:send'],
        rateLimit: { requestsPerMinute: 4, writesPerMinute: 1 },
      },
    ],
  });
  const children: Child[] = [];

  beforeAll(async () => {
    // At the lowest priority: the suites running beside this one should not feel the compiler.
    const build = spawnSync(
      'nice',
      ['-n', '19', 'npx', 'tsc', '-p', 'tsconfig.build.json', '--outDir', out, '--incremental', 'false'],
      { cwd: root, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
    const env = { REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: prefix, GATEWAY_CLIENTS_FILE: file.path };
    children.push(...(await Promise.all([startGatewayProcess(env), startGatewayProcess(env)])));
  }, SETUP_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all(
      children.map((child) => new Promise((resolve) => child.process.once('exit', resolve).kill('SIGTERM'))),
    );
    rmSync(`${root}/${out}`, { recursive: true, force: true });
    try {
      rmdirSync(`${root}/.build-test`);
    } catch {
      // another run still builds there
    }
    file.remove();
    const redis = createClient({ url: TEST_REDIS_URL });
    await redis.connect();
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 }))
      if (keys.length > 0) await redis.del(keys);
    await redis.close();
  }, SETUP_TIMEOUT_MS);

  it("counts one client's requests and writes once, whichever instance it calls", async () => {
    const [a, b] = children.map((child) => child.url);
    const read = '{ plans { code } }';
    const write = 'mutation { sendSms(input: { iccid: "89852000000000000000", text: "hi" }) { message { id } } }';
    expect((await post(a, key.key, read)).status).toBe(200);
    expect((await post(b, key.key, read)).status).toBe(200);
    // The first write goes (whatever Linksfield says of that SIM); the second, on the other instance, is over the limit.
    expect((await post(a, key.key, write)).codes).not.toContain('RATE_LIMITED');
    expect(await post(b, key.key, write)).toEqual({ status: 429, codes: ['RATE_LIMITED'] });
    // That was the fourth request of the minute: the fifth is refused on either instance.
    expect(await post(a, key.key, read)).toEqual({ status: 429, codes: ['RATE_LIMITED'] });
    expect(await post(b, key.key, read)).toEqual({ status: 429, codes: ['RATE_LIMITED'] });
  });
});
