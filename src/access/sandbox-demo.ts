import { newApiKey, keyDigest } from './api-keys.js';
import type { ClientDefinition } from './clients-file.js';

/** How many sandbox SIMs the demo client may see. */
const DEMO_SIMS = 3;

export interface SandboxDemo {
  /** The key to send as `Authorization: Bearer <key>`; printed at start-up, never stored. */
  key: string;
  client: ClientDefinition;
}

/** The built-in `sandbox-demo` client: read-only, a few SIMs, a fresh key per start. Only ever on the sandbox. */
export function sandboxDemoClient(sandboxIccids: readonly string[]): SandboxDemo {
  const key = newApiKey();
  return {
    key,
    client: {
      id: 'sandbox-demo',
      keys: [{ digest: keyDigest(key), expiresAt: null }],
      scopes: ['sims:read', 'orders:read', 'notifications:read'],
      iccids: sandboxIccids.slice(0, DEMO_SIMS),
      limits: {},
    },
  };
}
