import { SANDBOX_CREDENTIALS } from '../../src/config.js';
import { CsssClient, type CsssClientOptions } from '../../src/upstream/csss/client.js';
import { PaymentState } from '../../src/upstream/csss/enums.js';
import type { PlanPurchase } from '../../src/upstream/csss/model.js';
import { PLAN_CATALOGUE } from '../../src/sandbox/csss/plans.js';
import { startSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/server.js';

/**
 * Helpers the integration suites share: a small, fast sandbox on an ephemeral port, a CSSS client wired to it
 * with the credentials and endpoint table it was started with, and a purchase the sandbox accepts.
 */
const credentialsOf = new WeakMap<Sandbox, { accessCode: string; secret: string }>();

/** A 50-SIM sandbox with the default seed and quick notification retries, unless told otherwise. */
export async function startTestSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const sandbox = await startSandbox({
    sims: 50,
    ...options,
    notifier: { initialDelayMs: 20, maxDelayMs: 200, timeoutMs: 1_000, ...options.notifier },
  });
  credentialsOf.set(sandbox, {
    accessCode: options.accessCode ?? SANDBOX_CREDENTIALS.accessCode,
    secret: options.secret ?? SANDBOX_CREDENTIALS.secret,
  });
  return sandbox;
}

/** A client for the sandbox: its credentials and table, a 2 s deadline and two read retries unless overridden. */
export function csssClientFor(sandbox: Sandbox, options: Partial<CsssClientOptions> = {}): CsssClient {
  const credentials = credentialsOf.get(sandbox) ?? {
    accessCode: SANDBOX_CREDENTIALS.accessCode,
    secret: SANDBOX_CREDENTIALS.secret,
  };
  return new CsssClient({
    baseUrl: sandbox.url,
    ...credentials,
    endpoints: sandbox.csss.endpoints,
    timeoutMs: 2_000,
    retries: 2,
    ...options,
  });
}

/** One paid period of a catalogue plan (Global 500 MB monthly by default), not enabled at once. */
export function paidPurchase(planCode = 'DP20230101000004'): PlanPurchase {
  const plan = PLAN_CATALOGUE.find((candidate) => candidate.code === planCode);
  if (!plan) throw new Error(`no plan ${planCode} in the sandbox catalogue`);
  return {
    planCode,
    planName: plan.name,
    planType: plan.type,
    periods: 1,
    enableNow: false,
    paymentState: PaymentState.PAID,
    amount: plan.price,
    hostNumber: false,
  };
}
