import 'reflect-metadata';
import { loadConfig } from '../../src/config.js';
import { createGateway } from '../../src/server/app.js';
import { settledMemory } from '../support/memory.js';
import { serveParent } from '../support/parent.js';

/**
 * The gateway as `npm start` builds it (`createGateway`), from the environment the runner gives (`startGatewayChild`).
 * Requests: `memory` (after a collection when started with `--expose-gc`), `cpu` (ms of CPU time so far).
 */
export interface GatewayReady {
  /** `http://127.0.0.1:<port>/graphql` */
  url: string;
  notifySecret: string;
}

const config = loadConfig(process.env);
const gateway = await createGateway(config);
const url = await gateway.listen();

serveParent(
  { url, notifySecret: config.notifySecret } satisfies GatewayReady,
  // CPU time so far (ms, user + system): the runner diffs it around a request to get what that request cost here.
  { memory: settledMemory, cpu: () => cpuMs(process.cpuUsage()) },
  () => gateway.close(),
);

function cpuMs({ user, system }: NodeJS.CpuUsage): number {
  return (user + system) / 1000;
}
