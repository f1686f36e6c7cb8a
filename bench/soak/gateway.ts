import 'reflect-metadata';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../../src/config.js';
import type { FaultSpec } from '../../src/sandbox/faults.js';
import { createGateway } from '../../src/server/app.js';
import { SimLifecycle } from '../../src/upstream/csss/enums.js';
import { settledMemory, type MemorySample } from '../support/memory.js';
import { serveParent } from '../support/parent.js';

/**
 * The gateway of `npm run soak`, as `npm start` builds it over its in-process sandbox (which pushes its own
 * notifications to the gateway), in a process of its own so its memory and event loop are measured alone.
 * Requests: `sample` (memory after a collection, event-loop delay since the last sample), `inject` (a sandbox fault),
 * `world` (ICCIDs and an orderable plan).
 */
export interface SoakReady {
  url: string;
  notifySecret: string;
}

export interface SoakSample extends MemorySample {
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
}

// A small event log and dedupe memory reach their bounds in the first minute, so later growth would be a leak.
const config = loadConfig({
  ...process.env,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'silent',
  REDIS_URL: '',
  LINKSFIELD_BASE_URL: '',
  EVENT_LOG_MAX_EVENTS: process.env.EVENT_LOG_MAX_EVENTS ?? '1000',
  // The soak loads the gateway, not its per-client limits: one anonymous client would be refused most of the time.
  RATE_LIMIT_REQUESTS_PER_MINUTE: '0',
  RATE_LIMIT_WRITES_PER_MINUTE: '0',
  RATE_LIMIT_CONNECTIONS_PER_CLIENT: '0',
});
const gateway = await createGateway(config);
const url = await gateway.listen();
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const { state } = gateway.sandbox!.csss;

serveParent(
  { url, notifySecret: config.notifySecret } satisfies SoakReady,
  {
    sample: async (): Promise<SoakSample> => {
      const memory = await settledMemory();
      const sample = {
        rss: memory.rss,
        heap: memory.heap,
        loopDelayP99Ms: loop.percentile(99) / 1e6,
        loopDelayMaxMs: loop.max / 1e6,
      };
      loop.reset();
      return sample;
    },
    inject: (fault: FaultSpec) => gateway.sandbox!.inject(fault),
    world: () => ({
      iccids: state.sims.filter((sim) => sim.lifecycle === SimLifecycle.ACTIVE).map((sim) => sim.iccid),
      planCode: state.plans.find((plan) => plan.type === 'MONTHLY' && !plan.ota)!.code,
    }),
  },
  () => gateway.close(),
);
