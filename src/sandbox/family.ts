import type { IncomingHttpHeaders } from 'node:http';

/**
 * How one API family's simulator plugs into the sandbox's single HTTP server. The server owns the socket,
 * call counting, injected latency and faults (keyed `family.endpoint`); a family only says which endpoint a
 * request is for and answers it from its own state.
 */
export interface SandboxRequest {
  method: string;
  /** Path below the family's prefix, without the query string. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; undefined when there was none. */
  body: unknown;
}

export interface SandboxResponse {
  status: number;
  body: unknown;
}

export interface SandboxFamily {
  /** `csss`, `fms` or `mall`: the first part of the endpoint keys used by the control API. */
  name: string;
  /** Path prefix the family is served under: `''` for CSSS (its paths are the documented ones), `/fms`, `/mall`. */
  prefix: string;
  /** The endpoint name a request is for, or null when the family has no such route. */
  resolve(method: string, path: string): string | null;
  handle(endpoint: string, request: SandboxRequest): Promise<SandboxResponse>;
}
