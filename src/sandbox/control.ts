import type { IncomingMessage, ServerResponse } from 'node:http';
import { FaultInjectionError } from './faults.js';
import { readJsonBody, sendJson } from './http-json.js';
import type { Sandbox } from './server.js';

/**
 * The sandbox's HTTP control API, JSON under `/_sandbox/`. Its requests are not counted as calls. It never shows
 * credentials: there is deliberately no route that could.
 *
 * | method | path                         | body / query                         | does                                  |
 * |--------|------------------------------|--------------------------------------|---------------------------------------|
 * | GET    | /_sandbox/calls              | `?endpoint=csss.getUsage` (optional) | call counts keyed `family.endpoint`   |
 * | POST   | /_sandbox/calls/reset        |                                      | counts back to zero                   |
 * | GET    | /_sandbox/faults             |                                      | faults still waiting                  |
 * | POST   | /_sandbox/faults             | `{endpoint, kind, code?, times?}`    | injects a fault                       |
 * | DELETE | /_sandbox/faults             |                                      | removes every waiting fault           |
 * | POST   | /_sandbox/latency            | `{ms, endpoint?}`                    | added delay, global or per endpoint   |
 * | PUT    | /_sandbox/notify-url         | `{url}` (null stops pushes)          | where notifications go                |
 * | GET    | /_sandbox/notifications      |                                      | notify URL, delivery stats, history   |
 * | POST   | /_sandbox/usage-alerts       | `{iccids, warningCode}`              | pushes a §7.3 usage alert             |
 */
const MAX_CONTROL_BODY = 256 * 1024;

type Route = (body: unknown, url: URL, sandbox: Sandbox) => [number, unknown];

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function field<T>(body: unknown, name: string, check: (value: unknown) => value is T, expected: string): T {
  const value = body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  if (!check(value)) throw new ControlError(400, `${name} must be ${expected}`);
  return value;
}

const isNumber = (value: unknown): value is number => typeof value === 'number';
const isOptionalString = (value: unknown): value is string | undefined =>
  value === undefined || typeof value === 'string';
const isUrlOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');
const isString = (value: unknown): value is string => typeof value === 'string';

const routes: Record<string, Route> = {
  'GET /_sandbox/calls': (_body, url, sandbox) => {
    const endpoint = url.searchParams.get('endpoint');
    return [200, { calls: endpoint === null ? sandbox.calls() : { [endpoint]: sandbox.calls(endpoint) } }];
  },
  'POST /_sandbox/calls/reset': (_body, _url, sandbox) => {
    sandbox.resetCalls();
    return [200, { ok: true }];
  },
  'GET /_sandbox/faults': (_body, _url, sandbox) => [200, { faults: sandbox.faults() }],
  'POST /_sandbox/faults': (body, _url, sandbox) => [201, { fault: sandbox.inject(body as never) }],
  'DELETE /_sandbox/faults': (_body, _url, sandbox) => {
    const cleared = sandbox.faults().length;
    sandbox.clearFaults();
    return [200, { cleared }];
  },
  'POST /_sandbox/latency': (body, _url, sandbox) => {
    const ms = field(body, 'ms', isNumber, 'a number of milliseconds');
    const endpoint = field(body, 'endpoint', isOptionalString, 'a family.endpoint key');
    sandbox.setLatency(ms, endpoint);
    return [200, { ok: true, ms, ...(endpoint ? { endpoint } : {}) }];
  },
  'PUT /_sandbox/notify-url': (body, _url, sandbox) => {
    const url = field(body, 'url', isUrlOrNull, 'an http(s) URL or null');
    sandbox.setNotifyUrl(url);
    return [200, { url }];
  },
  'GET /_sandbox/notifications': (_body, _url, sandbox) => [
    200,
    { url: sandbox.notifier.url, stats: sandbox.notifier.stats(), history: sandbox.notifier.history() },
  ],
  'POST /_sandbox/usage-alerts': (body, _url, sandbox) => {
    const iccids = field(body, 'iccids', isStrings, 'a list of ICCIDs');
    const warningCode = field(body, 'warningCode', isString, 'one of "1", "2", "3", "4"');
    if (sandbox.notifier.url === null)
      throw new ControlError(409, 'no notify URL is set (PUT /_sandbox/notify-url first)');
    return [202, { pushes: sandbox.sendUsageAlert(iccids, warningCode) }];
  },
};

export async function handleControl(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  sandbox: Sandbox,
): Promise<void> {
  const method = req.method ?? 'GET';
  const route = routes[`${method} ${url.pathname.replace(/\/+$/, '')}`];
  if (!route) {
    const known = Object.keys(routes).some((key) => key.endsWith(` ${url.pathname}`));
    sendJson(res, known ? 405 : 404, { error: known ? `${method} is not allowed here` : 'no such control route' });
    return;
  }
  const body = await readJsonBody(req, MAX_CONTROL_BODY);
  if (!body.ok) {
    sendJson(res, body.status, { error: body.reason });
    return;
  }
  try {
    const [status, answer] = route(body.value, url, sandbox);
    sendJson(res, status, answer);
  } catch (error) {
    if (error instanceof ControlError) sendJson(res, error.status, { error: error.message });
    else if (error instanceof FaultInjectionError || error instanceof RangeError)
      sendJson(res, 400, { error: error.message });
    else throw error;
  }
}
