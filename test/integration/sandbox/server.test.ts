import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../../../src/config.js';
import { signCsss } from '../../../src/upstream/csss/sign.js';
import type { SandboxFamily } from '../../../src/sandbox/family.js';
import type { Sandbox } from '../../../src/sandbox/server.js';
import { startTestSandbox } from '../../support/sandbox.js';

/** Raw HTTP against the sandbox, to see exactly what it answers. */
let sandbox: Sandbox;

/** A stand-in for the FMS family another helper builds: proves families plug in by prefix and resolve. */
const echoFamily: SandboxFamily = {
  name: 'echo',
  prefix: '/echo',
  resolve: (method, path) =>
    method === 'POST' && path === '/v1/say' ? 'say' : method === 'GET' && path === '/items' ? 'items' : null,
  handle: async (endpoint, request) => ({
    status: 200,
    body: { endpoint, path: request.path, query: request.query.get('q'), body: request.body ?? null },
  }),
};

beforeAll(async () => {
  sandbox = await startTestSandbox({ sims: 20, families: [echoFamily] });
});

afterAll(async () => {
  await sandbox.close();
});

function signedBody(fields: Record<string, unknown> = {}, timestamp = String(Math.floor(Date.now() / 1000))) {
  const body = { access_code: SANDBOX_CREDENTIALS.accessCode, timestamp, version: '2.0', ...fields };
  return { ...body, sign: signCsss(body, SANDBOX_CREDENTIALS.secret) };
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function control(method: string, path: string, body?: unknown) {
  const response = await fetch(`${sandbox.url}/_sandbox${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown>, text: '' };
}

describe('sandbox CSSS envelope', () => {
  it('answers in the documented envelope, 成功 by default and success for EN-US, with a data.sign', async () => {
    const iccid = sandbox.csss.state.sims[0].iccid;
    const chinese = await post('/flow/queryDeviceFlowUsage', signedBody({ device_id: iccid }));
    expect(chinese.status).toBe(200);
    expect(chinese.json).toMatchObject({ code: '0000', message: '成功', success: true, data: { device_id: iccid } });
    const data = chinese.json.data as Record<string, unknown>;
    expect(data.sign).toBe(signCsss(data, SANDBOX_CREDENTIALS.secret));
    const english = await post('/flow/queryDeviceFlowUsage', signedBody({ device_id: iccid }), {
      'accept-language': 'EN-US',
    });
    expect(english.json.message).toBe('success');
  });

  it('accepts a 13-digit millisecond timestamp', async () => {
    const answer = await post('/package/syncPackage', signedBody({}, String(Date.now())));
    expect(answer.json.code).toBe('0000');
  });

  it('refuses a missing field with 1004, in the failure envelope', async () => {
    const answer = await post('/flow/queryDeviceFlowUsage', signedBody(), { 'accept-language': 'EN-US' });
    expect(answer.json).toEqual({
      code: '1004',
      message: 'missing or malformed parameter: device_id is required',
      data: null,
      success: false,
    });
  });

  it('answers malformed JSON with 400 and a CSSS failure envelope', async () => {
    const answer = await post('/flow/queryDeviceFlowUsage', '{"access_code": ', { 'accept-language': 'EN-US' });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ code: '1004', success: false, data: null });
    const notObject = await post('/flow/queryDeviceFlowUsage', '[1,2]');
    expect(notObject.json).toMatchObject({ code: '1004', success: false });
  });

  it('refuses a body over the size bound with 413', async () => {
    const answer = await post('/flow/queryDeviceFlowUsage', { padding: 'x'.repeat(1_100_000) });
    expect(answer.status).toBe(413);
    expect(answer.json).toMatchObject({ code: '1004', success: false });
  });

  it('answers an unknown route with 404 JSON', async () => {
    const answer = await post('/device/nothingHere', signedBody());
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ error: 'no such route', path: '/device/nothingHere' });
    const wrongMethod = await fetch(`${sandbox.url}/device/queryDevice`);
    expect(wrongMethod.status).toBe(404);
  });
});

describe('sandbox families', () => {
  it('routes by prefix and resolve, and counts per family.endpoint', async () => {
    sandbox.resetCalls();
    const said = await post('/echo/v1/say', { hello: 'world' });
    expect(said.json).toEqual({ endpoint: 'say', path: '/v1/say', query: null, body: { hello: 'world' } });
    const listed = await fetch(`${sandbox.url}/echo/items?q=7`);
    expect(await listed.json()).toMatchObject({ endpoint: 'items', query: '7', body: null });
    expect(sandbox.calls()).toEqual({ 'echo.say': 1, 'echo.items': 1 });
    expect((await post('/echo/v1/unknown', {})).status).toBe(404);
  });

  it('gives families without hooks generic fault answers', async () => {
    sandbox.inject({ endpoint: 'echo.say', kind: 'business', code: '9999' });
    expect((await post('/echo/v1/say', {})).json).toMatchObject({ code: '9999', success: false });
    sandbox.inject({ endpoint: 'echo.*', kind: 'http-503' });
    expect((await post('/echo/v1/say', {})).status).toBe(503);
  });

  it('refuses two families with one name', async () => {
    await expect(startTestSandbox({ sims: 1, families: [echoFamily, echoFamily] })).rejects.toThrow(/distinct names/);
  });
});

describe('sandbox control API', () => {
  it('reports and resets call counts, and does not count itself', async () => {
    await control('POST', '/calls/reset');
    await post('/package/syncPackage', signedBody());
    await post('/package/syncPackage', signedBody());
    expect((await control('GET', '/calls')).json).toEqual({ calls: { 'csss.listPlans': 2 } });
    expect((await control('GET', '/calls?endpoint=csss.getSim')).json).toEqual({ calls: { 'csss.getSim': 0 } });
    expect((await control('POST', '/calls/reset')).status).toBe(200);
    expect((await control('GET', '/calls')).json).toEqual({ calls: {} });
    expect(sandbox.calls()).toEqual({});
  });

  it('injects, lists and clears faults, refusing bad ones with 400', async () => {
    expect(
      (await control('POST', '/faults', { endpoint: 'csss.listPlans', kind: 'business', code: '9999', times: 2 }))
        .status,
    ).toBe(201);
    expect((await control('GET', '/faults')).json).toEqual({
      faults: [{ endpoint: 'csss.listPlans', kind: 'business', code: '9999', times: 2 }],
    });
    expect((await post('/package/syncPackage', signedBody(), { 'accept-language': 'EN-US' })).json).toEqual({
      code: '9999',
      message: 'internal error',
      data: null,
      success: false,
    });
    expect((await control('DELETE', '/faults')).json).toEqual({ cleared: 1 });
    expect((await post('/package/syncPackage', signedBody())).json.code).toBe('0000');
    for (const bad of [
      { endpoint: 'csss.nope', kind: 'timeout' },
      { endpoint: 'csss.getSim', kind: 'boom' },
      { endpoint: 'nofamily.*', kind: 'timeout' },
    ]) {
      const answer = await control('POST', '/faults', bad);
      expect(answer.status).toBe(400);
      expect(answer.json.error).toEqual(expect.any(String));
    }
  });

  it('injects every fault kind over HTTP', async () => {
    const answers: Record<string, { status: number; text: string }> = {};
    for (const kind of ['http-500', 'http-503', 'malformed', 'wrong-shape']) {
      await control('POST', '/faults', { endpoint: 'csss.listPlans', kind });
      const response = await fetch(`${sandbox.url}/package/syncPackage`, {
        method: 'POST',
        body: JSON.stringify(signedBody()),
      });
      answers[kind] = { status: response.status, text: await response.text() };
    }
    expect(answers['http-500'].status).toBe(500);
    expect(answers['http-503'].status).toBe(503);
    expect(answers.malformed.status).toBe(200);
    expect(() => JSON.parse(answers.malformed.text)).toThrow();
    expect(JSON.parse(answers['wrong-shape'].text)).toMatchObject({
      code: '0000',
      success: true,
      data: expect.any(String),
    });
  });

  it('holds a timed-out request until the client gives up', async () => {
    await control('POST', '/faults', { endpoint: 'csss.listPlans', kind: 'timeout' });
    const outcome = await fetch(`${sandbox.url}/package/syncPackage`, {
      method: 'POST',
      body: JSON.stringify(signedBody()),
      signal: AbortSignal.timeout(200),
    }).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    expect(outcome).toBe('TimeoutError');
  });

  it('adds latency globally or per endpoint', async () => {
    expect((await control('POST', '/latency', { ms: 150, endpoint: 'csss.listPlans' })).status).toBe(200);
    let started = performance.now();
    await post('/package/syncPackage', signedBody());
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    started = performance.now();
    await post('/flow/queryDeviceFlowUsage', signedBody({ device_id: sandbox.csss.state.sims[0].iccid }));
    expect(performance.now() - started).toBeLessThan(140);
    await control('POST', '/latency', { ms: 0, endpoint: 'csss.listPlans' });
    expect((await control('POST', '/latency', { ms: 'slow' })).status).toBe(400);
    expect((await control('POST', '/latency', { ms: 10, endpoint: 'csss.nope' })).status).toBe(400);
  });

  it('sets the notify URL and refuses usage alerts without one', async () => {
    expect(
      (await control('POST', '/usage-alerts', { iccids: [sandbox.csss.state.sims[0].iccid], warningCode: '1' })).status,
    ).toBe(409);
    expect((await control('PUT', '/notify-url', { url: 'ftp://example' })).status).toBe(400);
    expect((await control('GET', '/notifications')).json).toMatchObject({ url: null, stats: { delivered: 0 } });
  });

  it('never exposes credentials', async () => {
    for (const path of ['/credentials', '/secret', '/config']) {
      const response = await fetch(`${sandbox.url}/_sandbox${path}`);
      const text = await response.text();
      expect(response.status).toBe(404);
      expect(text).not.toContain(SANDBOX_CREDENTIALS.secret);
      expect(text).not.toContain(SANDBOX_CREDENTIALS.notifySecret);
    }
    expect((await control('DELETE', '/calls')).status).toBe(405);
  });
});

describe('sandbox shutdown', () => {
  it('closes promptly while a request is held by a timeout fault and another is delayed', async () => {
    const doomed = await startTestSandbox({ sims: 5 });
    doomed.inject({ endpoint: 'csss.listPlans', kind: 'timeout' });
    doomed.setLatency(60_000, 'csss.getSim');
    const held = fetch(`${doomed.url}/package/syncPackage`, {
      method: 'POST',
      body: JSON.stringify(signedBody()),
    }).catch((error: Error) => error.name);
    const delayed = fetch(`${doomed.url}/device/queryDevice`, {
      method: 'POST',
      body: JSON.stringify(signedBody()),
    }).catch((error: Error) => error.name);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await doomed.close();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(await held).toBe('TypeError');
    expect(await delayed).toBe('TypeError');
    await doomed.close();
  });
});
