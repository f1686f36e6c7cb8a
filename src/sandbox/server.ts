import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SANDBOX_CREDENTIALS } from '../config.js';
import type { CsssEndpoints } from '../upstream/csss/endpoints.js';
import { JSON_TYPE, readJsonBody, sendJson } from './http-json.js';
import { handleControl } from './control.js';
import { createCsssFamily, type CsssFamily } from './csss/csss-family.js';
import type { SmsOptions } from './csss/sms.js';
import { CsssState } from './csss/state.js';
import type { SandboxResponse } from './family.js';
import type { HostedFamily } from './family-hooks.js';
import { FaultPlan, LatencyPlan, type FaultSpec, type FaultTargets } from './faults.js';
import { Notifier, type NotifierOptions } from './notifier.js';

/**
 * The built-in Linksfield: one real `node:http` server hosting any number of API families (CSSS always; FMS and
 * Mall are passed in `families`). The server owns what is common to them: body parsing, routing by prefix and
 * `resolve`, call counts keyed `family.endpoint`, injected latency and faults, the notifier, and the control API
 * under `/_sandbox/` (`control.ts`).
 */
export interface SandboxOptions {
  /** CSSS credentials the sandbox accepts; `SANDBOX_CREDENTIALS` by default. */
  accessCode?: string;
  secret?: string;
  /** Secret of the `x-lf-md5` header on pushes. */
  notifySecret?: string;
  /** Fleet size (1,000) and seed: the same seed gives the same fleet. */
  sims?: number;
  seed?: number | string;
  /** The effective CSSS table (overrides applied); the built-in one by default. */
  endpoints?: CsssEndpoints;
  /** Base URL of the gateway's webhook routes, e.g. `http://127.0.0.1:4000/webhooks/linksfield`. */
  notifyUrl?: string | null;
  /** The sandbox clock: timestamp window, usage, expiries, event times. */
  now?: () => number;
  /** More families (FMS, Mall), served beside CSSS. */
  families?: readonly HostedFamily[];
  /** 0 (default): an ephemeral port. */
  port?: number;
  /** 127.0.0.1 by default. */
  host?: string;
  sms?: SmsOptions;
  notifier?: Omit<NotifierOptions, 'secret' | 'url' | 'now'>;
  /** Largest request body read; 1 MiB by default. */
  maxBodyBytes?: number;
  /** How often expiries are applied between requests (ms); 1,000 by default, 0 for never. */
  tickMs?: number;
}

export interface Sandbox {
  /** Base URL, e.g. `http://127.0.0.1:40123`; CSSS paths hang directly below it. */
  readonly url: string;
  readonly port: number;
  /** The CSSS family: its `state` (fleet, plans, orders, usage, SMS) and the table it serves. */
  readonly csss: CsssFamily;
  readonly notifier: Notifier;
  /** Call counts keyed `family.endpoint`; with a key, that one count. Control requests are not counted. */
  calls(): Record<string, number>;
  calls(key: string): number;
  resetCalls(): void;
  inject(fault: FaultSpec): FaultSpec;
  faults(): FaultSpec[];
  clearFaults(): void;
  /** Added delay for every call (no endpoint) or for one `family.endpoint`; 0 removes it. */
  setLatency(ms: number, endpoint?: string): void;
  /** Where pushes go: `<url>/<kind>`; null stops them. */
  setNotifyUrl(url: string | null): void;
  /** Pushes a §7.3 usage alert for these SIMs; returns how many bodies were queued (100 devices each). */
  sendUsageAlert(iccids: readonly string[], warningCode: string): number;
  /** Stops listening, releases held requests, drops pending pushes. Never hangs. */
  close(): Promise<void>;
}

/** For a family without its own rule: any short code without spaces, carried as it is in the generic envelope. */
function isPlainBusinessCode(code: string): boolean {
  return /^\S{1,32}$/.test(code);
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const accessCode = options.accessCode ?? SANDBOX_CREDENTIALS.accessCode;
  const now = options.now ?? Date.now;
  const notifier = new Notifier({
    ...options.notifier,
    secret: options.notifySecret ?? SANDBOX_CREDENTIALS.notifySecret,
    url: options.notifyUrl ?? null,
    now,
  });
  const state = new CsssState({
    sims: options.sims,
    seed: options.seed,
    now,
    partnerCode: accessCode,
    notify: notifier,
    sms: options.sms,
  });
  const csss = createCsssFamily({
    accessCode,
    secret: options.secret ?? SANDBOX_CREDENTIALS.secret,
    endpoints: options.endpoints,
    state,
  });
  const families: HostedFamily[] = [csss, ...(options.families ?? [])];
  const names = families.map((family) => family.name);
  if (new Set(names).size !== names.length)
    throw new Error(`sandbox families must have distinct names (got ${names.join(', ')})`);
  // Longest prefix first, so `/fms/...` is never taken by CSSS's empty prefix.
  const byPrefix = [...families].sort((a, b) => b.prefix.length - a.prefix.length);
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;

  const counts = new Map<string, number>();
  const faults = new FaultPlan();
  const latency = new LatencyPlan();
  const held = new Set<ServerResponse>();
  const sleepers = new Set<() => void>();
  let closing = false;

  const route = (method: string, path: string): { family: HostedFamily; endpoint: string; path: string } | null => {
    for (const family of byPrefix) {
      if (family.prefix !== '' && path !== family.prefix && !path.startsWith(`${family.prefix}/`)) continue;
      const below = path.slice(family.prefix.length) || '/';
      const endpoint = family.resolve(method, below);
      if (endpoint !== null) return { family, endpoint, path: below };
    }
    return null;
  };

  /** The families an endpoint key or pattern reaches, or null when it names nothing served. */
  const reached = (pattern: string): HostedFamily[] | null => {
    if (pattern === '*') return families;
    const dot = pattern.indexOf('.');
    if (dot <= 0) return null;
    const family = families.find((candidate) => candidate.name === pattern.slice(0, dot));
    const endpoint = pattern.slice(dot + 1);
    if (!family || endpoint === '') return null;
    return endpoint === '*' || (family.endpointNames?.().includes(endpoint) ?? true) ? [family] : null;
  };
  const knownKey = (pattern: string): boolean => reached(pattern) !== null;
  const targets: FaultTargets = {
    knownKey,
    isBusinessCode: (pattern, code) =>
      (reached(pattern) ?? []).every((family) =>
        family.isBusinessCode ? family.isBusinessCode(code) : isPlainBusinessCode(code),
      ),
  };

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleepers.add(wake);
    });

  const respond = (res: ServerResponse, answer: SandboxResponse) => sendJson(res, answer.status, answer.body);

  const serve = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const method = req.method ?? 'GET';
    const found = route(method, url.pathname);
    if (!found) {
      sendJson(res, 404, { error: 'no such route', method, path: url.pathname });
      return;
    }
    const { family, endpoint } = found;
    const key = `${family.name}.${endpoint}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const body = await readJsonBody(req, maxBodyBytes);
    if (!body.ok) {
      respond(
        res,
        family.badBody?.(body.status, body.reason, req.headers) ?? {
          status: body.status,
          body: { error: body.reason },
        },
      );
      return;
    }
    const delay = latency.for(key);
    if (delay > 0) await sleep(delay);
    if (closing) {
      res.destroy();
      return;
    }
    const fault = faults.take(key);
    if (fault) {
      injectFault(fault, family, req, res);
      return;
    }
    respond(
      res,
      await family.handle(endpoint, {
        method,
        path: found.path,
        query: url.searchParams,
        headers: req.headers,
        body: body.value,
      }),
    );
  };

  const injectFault = (fault: FaultSpec, family: HostedFamily, req: IncomingMessage, res: ServerResponse) => {
    switch (fault.kind) {
      case 'business':
        respond(
          res,
          family.businessFault?.(fault.code!, req.headers) ?? {
            status: 200,
            body: { code: fault.code, message: 'injected failure', data: null, success: false },
          },
        );
        return;
      case 'http-500':
        sendJson(res, 500, { error: 'injected HTTP 500' });
        return;
      case 'http-503':
        sendJson(res, 503, { error: 'injected HTTP 503' }, { 'retry-after': '1' });
        return;
      case 'timeout':
        // Never answered: released when the client gives up or the sandbox closes.
        held.add(res);
        res.on('close', () => held.delete(res));
        return;
      case 'malformed':
        res.writeHead(200, { 'content-type': JSON_TYPE });
        res.end('{"code":"0000","data":{"device_id": <html>upstream proxy error');
        return;
      case 'wrong-shape':
        respond(
          res,
          family.wrongShape?.(req.headers) ?? {
            status: 200,
            body: { code: '0000', data: 'a wrong-shape answer', success: true },
          },
        );
        return;
    }
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const work =
      url.pathname === '/_sandbox' || url.pathname.startsWith('/_sandbox/')
        ? handleControl(req, res, url, sandbox)
        : serve(req, res, url);
    work.catch((error: unknown) => {
      process.stderr.write(`sandbox: ${req.method} ${url.pathname} failed: ${(error as Error).message}\n`);
      sendJson(res, 500, { error: 'sandbox internal error' });
    });
  });
  server.keepAliveTimeout = 5_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port, address } = server.address() as AddressInfo;
  const tickMs = options.tickMs ?? 1_000;
  const ticker = tickMs > 0 ? setInterval(() => state.tick(), tickMs).unref() : undefined;

  const sandbox: Sandbox = {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    port,
    csss,
    notifier,
    calls: ((key?: string) =>
      key === undefined ? Object.fromEntries(counts) : (counts.get(key) ?? 0)) as Sandbox['calls'],
    resetCalls: () => counts.clear(),
    inject: (fault) => faults.add(fault, targets),
    faults: () => faults.pending(),
    clearFaults: () => faults.clear(),
    setLatency: (ms, endpoint) => {
      if (endpoint !== undefined && (!knownKey(endpoint) || endpoint.endsWith('*')))
        throw new RangeError(`unknown endpoint ${endpoint}`);
      latency.set(ms, endpoint);
    },
    setNotifyUrl: (url) => notifier.setUrl(url),
    sendUsageAlert: (iccids, warningCode) => state.sendUsageAlert(iccids, warningCode),
    close: async () => {
      if (closing) return;
      closing = true;
      if (ticker) clearInterval(ticker);
      for (const wake of [...sleepers]) wake();
      for (const res of held) res.destroy();
      await notifier.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
  return sandbox;
}
