import { SANDBOX_CREDENTIALS } from '../../src/config.js';

/**
 * The credentials of the bench's sandbox: its own secrets rather than the built-in sandbox's public ones, so the
 * gateway under test runs as deployed (`NODE_ENV=production`, which refuses those). The access code is no secret.
 */
export const BENCH_CREDENTIALS = {
  accessCode: SANDBOX_CREDENTIALS.accessCode,
  secret: 'bench-csss-secret-not-the-sandbox-one',
  notifySecret: 'bench-notify-secret-not-the-sandbox-one',
} as const;
