import { randomUUID } from 'node:crypto';
import Fastify from 'fastify';
import type { Ingest } from '../../../src/events/ingest.js';
import { webhookRoutes, type WebhookRoutesOptions } from '../../../src/events/webhooks.js';
import { notificationKinds, type NotificationKind } from '../../../src/upstream/notifications/payloads.js';
import { signNotification } from '../../../src/upstream/notifications/sign.js';

export const NOTIFY_SECRET = 'integration-notify-secret';
export const MAX_BODY_BYTES = 4096;

export interface WebhookServer {
  url: string;
  close(): Promise<void>;
}

/** A fastify app with only the webhook routes, on an ephemeral loopback port. */
export async function startWebhookServer(ingest: Ingest, options: Partial<WebhookRoutesOptions> = {}): Promise<WebhookServer> {
  const app = Fastify({ logger: false });
  await app.register(webhookRoutes, {
    kinds: notificationKinds,
    notifySecret: NOTIFY_SECRET,
    requireOrderStatusSignature: true,
    maxBodyBytes: MAX_BODY_BYTES,
    ingest,
    ...options,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, close: () => app.close() };
}

export interface PushOptions {
  /** Secret to sign with; the server's by default. */
  secret?: string;
  /** An explicit `x-lf-md5`, or null to send none; by default the body is signed. */
  signature?: string | null;
  /** An explicit `x-lf-delivery`, or null to send none; by default a fresh one. */
  deliveryId?: string | null;
  /** Sent instead of the JSON of `body` (which is still what gets signed). */
  rawBody?: string;
}

/** POSTs a notification the way Linksfield does. */
export async function push(server: WebhookServer, kind: NotificationKind, body: Record<string, unknown>, options: PushOptions = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const signature = options.signature === undefined ? signNotification(body, options.secret ?? NOTIFY_SECRET) : options.signature;
  if (signature !== null) headers['x-lf-md5'] = signature;
  const deliveryId = options.deliveryId === undefined ? randomUUID() : options.deliveryId;
  if (deliveryId !== null) headers['x-lf-delivery'] = deliveryId;
  const response = await fetch(`${server.url}/webhooks/linksfield/${kind}`, {
    method: 'POST',
    headers,
    body: options.rawBody ?? JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}
