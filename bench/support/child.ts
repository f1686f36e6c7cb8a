import { fork, type ChildProcess } from 'node:child_process';
import type { ParentMessage, ChildMessage } from './messages.js';

/**
 * The runner's side of a bench child: a compiled module started with `fork`, which says `ready` once it listens
 * and then answers requests by id over the IPC channel. Servers under test run in children so the load
 * generator in the runner never takes their CPU time (and so their memory can be measured alone).
 */
export interface Child<Ready> {
  readonly ready: Ready;
  readonly pid: number;
  /** Asks the child to do `type`; rejects on its error, its exit, or after `timeoutMs`. */
  request<T>(type: string, args?: unknown, timeoutMs?: number): Promise<T>;
  /** SIGTERM, then SIGKILL if it has not exited within two seconds. */
  stop(): Promise<void>;
}

export interface LaunchOptions {
  env?: Record<string, string>;
  /** Node flags, e.g. `--expose-gc` so the child can collect before measuring memory. */
  execArgv?: string[];
  startTimeoutMs?: number;
}

const DEFAULT_REQUEST_TIMEOUT_MS = 120_000;

export async function launch<Ready>(module: URL, options: LaunchOptions = {}): Promise<Child<Ready>> {
  const child = fork(module, [], {
    env: { ...process.env, ...options.env },
    execArgv: options.execArgv ?? [],
    // The children's stdout would interleave with the tables; their errors still show.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  let exited = false;
  const failAll = (error: Error) => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  child.on('exit', (code, signal) => {
    exited = true;
    failAll(new Error(`${module.pathname} exited (${signal ?? code})`));
  });
  child.on('message', (message: ChildMessage) => {
    if (!('id' in message)) return;
    const waiter = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) waiter?.resolve(message.value);
    else waiter?.reject(new Error(`${module.pathname}: ${message.error}`));
  });

  const ready = await waitForReady<Ready>(child, module, options.startTimeoutMs ?? 60_000);
  return {
    ready,
    pid: child.pid!,
    request<T>(type: string, args?: unknown, timeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) {
      if (exited) return Promise.reject(new Error(`${module.pathname} has exited`));
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${module.pathname}: ${type} took longer than ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, {
          resolve: (value) => (clearTimeout(timer), resolve(value as T)),
          reject: (error) => (clearTimeout(timer), reject(error)),
        });
        child.send({ id, type, args } satisfies ParentMessage);
      });
    },
    stop: () => stopChild(child, () => exited),
  };
}

function waitForReady<Ready>(child: ChildProcess, module: URL, timeoutMs: number): Promise<Ready> {
  return new Promise<Ready>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${module.pathname} was not ready within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: ChildMessage) => {
      if (!('ready' in message)) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message.ready as Ready);
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      reject(new Error(`${module.pathname} exited (${code}) before it was ready`));
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function stopChild(child: ChildProcess, hasExited: () => boolean): Promise<void> {
  if (hasExited()) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2_000);
  await exited;
  clearTimeout(timer);
}
