import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { inject } from 'vitest';
import { loadConfig, SANDBOX_CREDENTIALS } from '../../src/config.js';
import { createGateway, type Gateway } from '../../src/server/app.js';
import type { Sandbox } from '../../src/sandbox/server.js';
import { TEST_REDIS_URL } from './redis-run.js';

/** What a GraphQL HTTP response holds, typed by the document that asked. */
export interface Result<TData> {
  status: number;
  data?: TData | null;
  errors?: GraphQLFormattedError[];
}

export interface TestGateway {
  gateway: Gateway;
  sandbox: Sandbox;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  url: string;
  execute<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<Result<TData>>;
  close(): Promise<void>;
}

/**
 * A gateway over its own in-process sandbox, on ephemeral ports, with a small fleet unless told otherwise. With
 * Redis its keys are under the test run's prefix (shared by the run's gateways, removed when the run ends).
 */
export async function startTestGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  const defaults = {
    PORT: '0',
    HOST: '127.0.0.1',
    SANDBOX_PORT: '0',
    SANDBOX_SIMS: '50',
    LOG_LEVEL: 'silent',
    REDIS_KEY_PREFIX: inject('redisKeyPrefix'),
  };
  const config = loadConfig({ ...defaults, ...env });
  const gateway = await createGateway(config);
  const url = await gateway.listen();
  // The fleet inventory's first build runs at start-up: tests that count upstream calls begin after it.
  await gateway.services.fleet.start();
  return {
    gateway,
    sandbox: gateway.sandbox!,
    origin: new URL(url).origin,
    url,
    async execute(document, variables, headers = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as { data?: never; errors?: GraphQLFormattedError[] };
      return { status: response.status, ...body };
    },
    close: () => gateway.close(),
  };
}

/**
 * One of several gateways on one Linksfield (a shared sandbox) and the real Redis under `prefix`, as instances of one
 * deployment behind a load balancer; anyone may call it.
 */
export function startInstance(
  sandbox: Sandbox,
  prefix: string,
  env: Record<string, string> = {},
): Promise<TestGateway> {
  return startTestGateway({
    LINKSFIELD_BASE_URL: sandbox.url,
    LINKSFIELD_ACCESS_CODE: SANDBOX_CREDENTIALS.accessCode,
    LINKSFIELD_SECRET: SANDBOX_CREDENTIALS.secret,
    LINKSFIELD_NOTIFY_SECRET: SANDBOX_CREDENTIALS.notifySecret,
    GATEWAY_AUTH: 'none',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: prefix,
    ...env,
  });
}
