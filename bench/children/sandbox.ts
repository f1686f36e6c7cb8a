import { startSandbox } from '../../src/sandbox/server.js';
import { BENCH_CREDENTIALS } from '../support/credentials.js';
import { serveParent } from '../support/parent.js';

/**
 * The sandbox in a process of its own, shared by the gateway and the hand-written baselines of a part, so both
 * talk to the same upstream over the same loopback and neither pays for serving it.
 * Env: `BENCH_SANDBOX_SIMS` (fleet size). Requests: `iccids`, `calls`, `callsByEndpoint`, `simsWithOrder`, `resetCalls`, `setLatency`.
 */
export interface SandboxReady {
  url: string;
}

const sims = Number(process.env.BENCH_SANDBOX_SIMS ?? 1_000);
// Expiries are applied once a second by default; the bench wants a fleet that holds still.
const sandbox = await startSandbox({ sims, tickMs: 0, ...BENCH_CREDENTIALS });

serveParent(
  { url: sandbox.url } satisfies SandboxReady,
  {
    iccids: () => sandbox.csss.state.sims.map((sim) => sim.iccid),
    /** Calls to CSSS endpoints since the last reset, summed: what the gateway cost the upstream. */
    calls: () =>
      Object.entries(sandbox.calls()).reduce((sum, [key, count]) => (key.startsWith('csss.') ? sum + count : sum), 0),
    /** Calls per CSSS endpoint since the last reset. */
    callsByEndpoint: () => sandbox.calls(),
    /** SIMs with an order in use: those whose usage a fleet build reads. */
    simsWithOrder: () => sandbox.csss.state.sims.filter((sim) => sandbox.csss.state.orders.inUse(sim.iccid)).length,
    resetCalls: () => sandbox.resetCalls(),
    setLatency: (ms: number) => sandbox.setLatency(ms),
  },
  () => sandbox.close(),
);
