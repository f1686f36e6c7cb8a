import type { IncomingHttpHeaders } from 'node:http';
import type { SandboxFamily, SandboxResponse } from './family.js';

/**
 * Optional extras a family may offer the server, beside the shared `SandboxFamily` contract. The server uses them
 * to answer in the family's own envelope; a family without them gets plain JSON.
 */
interface SandboxFamilyHooks {
  /** The answer to a body the server could not read: `status` 400 (not JSON) or 413 (too large). */
  badBody?(status: 400 | 413, reason: string, headers: IncomingHttpHeaders): SandboxResponse;
  /** Whether `code` is a failure code this family's envelope can carry, so the control API refuses one it cannot. */
  isBusinessCode?(code: string): boolean;
  /** The answer an injected `business` fault gives: the family's failure envelope carrying `code`. */
  businessFault?(code: string, headers: IncomingHttpHeaders): SandboxResponse;
  /** The answer an injected `wrong-shape` fault gives: a success envelope whose data has the wrong shape. */
  wrongShape?(headers: IncomingHttpHeaders): SandboxResponse;
  /** Every endpoint name, so the control API can refuse a fault aimed at a misspelt endpoint. */
  endpointNames?(): readonly string[];
}

export type HostedFamily = SandboxFamily & SandboxFamilyHooks;
