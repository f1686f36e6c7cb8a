import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Ingest } from '../../../src/events/ingest.js';
import { AddressList } from '../../../src/events/sources.js';
import { webhookRoutes, type WebhookRoutesOptions } from '../../../src/events/webhooks.js';
import { notificationKinds, type NotificationKind } from '../../../src/upstream/notifications/payloads.js';
import { signNotification } from '../../../src/upstream/notifications/sign.js';

export const NOTIFY_SECRET = 'integration-notify-secret';
export const MAX_BODY_BYTES = 4096;

export interface WebhookServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Collects the server's log lines (JSON). */
  logs?: string[];
  /** `::` listens dual-stack, so an IPv4 client is seen as `::ffff:127.0.0.1`. */
  host?: string;
}

/** A fastify app with only the webhook routes, on an ephemeral loopback port. */
export async function startWebhookServer(
  ingest: Ingest,
  options: Partial<WebhookRoutesOptions> = {},
  server: ServerOptions = {},
): Promise<WebhookServer> {
  const logs = server.logs;
  const app = Fastify({
    logger: logs ? { level: 'info', stream: { write: (line: string) => void logs.push(line) } } : false,
  });
  await app.register(webhookRoutes, {
    kinds: notificationKinds,
    notifySecret: NOTIFY_SECRET,
    secondFactor: { token: null, allowedSources: new AddressList([]), trustedProxies: new AddressList([]) },
    maxBodyBytes: MAX_BODY_BYTES,
    ingest,
    ...options,
  });
  await app.listen({ port: 0, host: server.host ?? '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, app, close: () => app.close() };
}

export interface PushOptions {
  /** Secret to sign with; the server's by default. */
  secret?: string;
  /** An explicit `x-lf-md5`, or null to send none; by default the body is signed. */
  signature?: string | null;
  /** An explicit `x-lf-delivery`, or null to send none; by default a fresh one. */
  deliveryId?: string | null;
  /** Sent instead of the JSON of `body` (which is still what gets signed). */
  rawBody?: string | Uint8Array;
  /** Appended to the route, e.g. `/<token>`. */
  path?: string;
  headers?: Record<string, string>;
}

/** POSTs a notification the way Linksfield does. */
export async function push(
  server: Pick<WebhookServer, 'url'>,
  kind: NotificationKind,
  body: Record<string, unknown>,
  options: PushOptions = {},
) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  const signature =
    options.signature === undefined ? signNotification(body, options.secret ?? NOTIFY_SECRET) : options.signature;
  if (signature !== null) headers['x-lf-md5'] = signature;
  const deliveryId = options.deliveryId === undefined ? randomUUID() : options.deliveryId;
  if (deliveryId !== null) headers['x-lf-delivery'] = deliveryId;
  const response = await fetch(`${server.url}/webhooks/linksfield/${kind}${options.path ?? ''}`, {
    method: 'POST',
    headers,
    body: options.rawBody ?? JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
