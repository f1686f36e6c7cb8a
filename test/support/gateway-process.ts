import { spawn, spawnSync } from 'node:child_process';
import { rmdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Gateways as separate processes, started as `npm start` runs them: the gateway is compiled once per suite into a
 * folder of its own (never `dist`, which other suites build), at the lowest priority so suites running beside it
 * do not feel the compiler. A suite builds in `beforeAll` and removes the build in `afterAll`.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));

/** How long a suite's `beforeAll` may take to compile the gateway on a busy machine. */
export const BUILD_TIMEOUT_MS = 180_000;

export interface GatewayBuild {
  start(env: Record<string, string>): Promise<GatewayProcess>;
  remove(): void;
}

export interface GatewayProcess {
  /** `http://127.0.0.1:<port>/graphql` */
  url: string;
  origin: string;
  /** Kills it at once, as a crash would (no graceful close: its Redis lease is left to expire). */
  kill(): Promise<void>;
  /** SIGTERM: a graceful shutdown. */
  stop(): Promise<void>;
}

export function buildGateway(name: string): GatewayBuild {
  const out = `.build-test/${name}-${process.pid}`;
  const build = spawnSync(
    'nice',
    ['-n', '19', 'npx', 'tsc', '-p', 'tsconfig.build.json', '--outDir', out, '--incremental', 'false'],
    { cwd: root, encoding: 'utf8' },
  );
  if (build.status !== 0) throw new Error(`build failed: ${build.stdout}${build.stderr}`);
  return {
    start: (env) => startGatewayProcess(`${out}/src/main.js`, env),
    remove() {
      rmSync(`${root}/${out}`, { recursive: true, force: true });
      try {
        rmdirSync(`${root}/.build-test`);
      } catch {
        // another suite still builds there
      }
    },
  };
}

function startGatewayProcess(main: string, env: Record<string, string>): Promise<GatewayProcess> {
  const child = spawn(process.execPath, [main], {
    cwd: root,
    env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const signal = (name: NodeJS.Signals) => async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const ready = /ready at (http:\/\/\S+)/.exec(output);
      if (ready)
        resolve({
          url: ready[1],
          origin: new URL(ready[1]).origin,
          kill: signal('SIGKILL'),
          stop: signal('SIGTERM'),
        });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}: ${output}`)));
  });
}
