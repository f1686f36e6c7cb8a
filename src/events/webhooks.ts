import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { MalformedUpstreamData } from '../upstream/errors.js';
import {
  NOTIFICATION_DELIVERY_HEADER,
  NOTIFICATION_SIGNATURE_HEADER,
  type NotificationKind,
  type NotificationKindSpec,
} from '../upstream/notifications/payloads.js';
import { verifyNotification } from '../upstream/notifications/sign.js';
import { decodeNotification } from './decoders.js';
import type { Ingest } from './ingest.js';

/**
 * `POST /webhooks/linksfield/<kind>`, one route per row of the kinds table. Register with `app.register` so the
 * body parser stays inside this plugin. Answers, in the order they are checked:
 * 413 body too large · 400 not JSON or a bad `x-lf-delivery` · 422 not an object · 401 signature missing or wrong
 * (nothing stored) · 422 wrong shape, naming the field · 503 not stored (Linksfield retries) · 200 `{}` stored,
 * or a repeat of a stored delivery. Refusals use fastify's error body (`statusCode`, `error`, `message`).
 * The signature and the secret are never logged or echoed.
 */
export interface WebhookRoutesOptions {
  kinds: Readonly<Partial<Record<NotificationKind, NotificationKindSpec>>>;
  notifySecret: string;
  /** When false, an order-status push without `x-lf-md5` is accepted (§7.7); a wrong signature never is. */
  requireOrderStatusSignature: boolean;
  maxBodyBytes: number;
  ingest: Ingest;
  now?: () => Date;
}

const WEBHOOK_PATH_PREFIX = '/webhooks/linksfield/';

/** Snowflake ids are about 19 digits; anything much longer is not one, and it becomes a Redis key. */
const DELIVERY_ID = /^[\x21-\x7e]{1,128}$/;

export const webhookRoutes: FastifyPluginAsync<WebhookRoutesOptions> = async (app, options) => {
  const { notifySecret, ingest, now = () => new Date() } = options;

  // The body must be parsed by us, within the limit, whatever content type Linksfield labels it with.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: options.maxBodyBytes }, (_request, raw, done) => {
    try {
      done(null, JSON.parse(raw as string));
    } catch {
      done(refusal(400, 'the body is not valid JSON'), undefined);
    }
  });

  // One line per refused notification (a 503 is logged where it happens); the message never holds the signature.
  app.addHook('onError', async (request, reply, error) => {
    const status = (error as { statusCode?: number }).statusCode ?? reply.statusCode;
    if (status < 400 || status >= 500) return;
    request.log.warn({ path: request.url, status, reason: error.message, deliveryId: header(request, NOTIFICATION_DELIVERY_HEADER) }, 'notification refused');
  });

  for (const [kind, spec] of Object.entries(options.kinds) as [NotificationKind, NotificationKindSpec][]) {
    const unsignedAccepted = spec.signatureOptional && !options.requireOrderStatusSignature;

    app.post(`${WEBHOOK_PATH_PREFIX}${kind}`, async (request, reply) => {
      const deliveryId = header(request, NOTIFICATION_DELIVERY_HEADER);
      if (deliveryId !== null && !DELIVERY_ID.test(deliveryId)) {
        throw refusal(400, `${NOTIFICATION_DELIVERY_HEADER} must be 1 to 128 visible ASCII characters`);
      }
      const body = request.body;
      if (body === null || typeof body !== 'object' || Array.isArray(body)) throw refusal(422, 'the body is not a JSON object');
      const signature = header(request, NOTIFICATION_SIGNATURE_HEADER);
      const trusted = signature === null ? unsignedAccepted : verifyNotification(body as Record<string, unknown>, signature, notifySecret);
      if (!trusted) throw refusal(401, `missing or invalid ${NOTIFICATION_SIGNATURE_HEADER} signature`);

      let event;
      try {
        event = decodeNotification(kind, body, { deliveryId, receivedAt: now() });
      } catch (error) {
        throw error instanceof MalformedUpstreamData ? refusal(422, error.message) : error;
      }
      try {
        const stored = await ingest(event);
        request.log.info({ kind, deliveryId, eventId: stored?.id ?? null, repeat: stored === null }, 'notification accepted');
      } catch (error) {
        request.log.error({ err: error, kind, deliveryId }, 'notification not stored');
        throw refusal(503, 'the notification could not be stored; retry later');
      }
      return reply.code(200).send({});
    });
  }
};

/** A header's trimmed value; null when absent or empty. Repeated headers never form a valid value. */
function header(request: FastifyRequest, name: string): string | null {
  const raw = request.headers[name];
  const value = Array.isArray(raw) ? raw.join(',') : raw?.trim();
  return value ? value : null;
}

function refusal(statusCode: number, message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode });
}
