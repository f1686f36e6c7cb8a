import { createHash } from 'node:crypto';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { MalformedUpstreamData } from '../upstream/errors.js';
import {
  NOTIFICATION_DELIVERY_HEADER,
  NOTIFICATION_SIGNATURE_HEADER,
  type NotificationKind,
  type NotificationKindSpec,
} from '../upstream/notifications/payloads.js';
import { notificationContent, verifyNotification } from '../upstream/notifications/sign.js';
import { sameText } from '../upstream/same-text.js';
import { decodeNotification } from './decoders.js';
import type { DeliveryOutcome } from './dedupe.js';
import type { Ingest } from './ingest.js';
import { senderAddress, type AddressList } from './sources.js';

/**
 * `POST /webhooks/linksfield/<kind>`, one route per row of the kinds table, plus `/order-status/<token>`.
 * Register with `app.register` so the body parser and error handler stay inside this plugin. Answers, in the
 * order they are checked: 413 body too large · 400 not UTF-8, nested deeper than 16, not JSON, or a bad
 * `x-lf-delivery` · 422 not an object · 401 wrong token, signature missing or wrong, or an unsigned order-status
 * push whose second factor fails (nothing stored) · 422 wrong shape, naming the field · 503 not stored
 * (Linksfield retries) · 200 `{}` stored, or acknowledged as a retry or a replay (see Dedupe).
 * Every refusal is counted by kind and reason and logged once, without the body; the signature, the token and
 * the secret are never logged or echoed.
 */
export interface WebhookRoutesOptions {
  kinds: Readonly<Partial<Record<NotificationKind, NotificationKindSpec>>>;
  notifySecret: string;
  /** What an unsigned push of a `signatureOptional` kind (order status, §7.7) must satisfy instead. */
  secondFactor: SecondFactor;
  maxBodyBytes: number;
  ingest: Ingest;
  observer?: WebhookObserver;
  now?: () => Date;
}

/**
 * Every factor configured must hold; with none configured unsigned pushes are refused. The token is the last
 * segment of the registered URL (`/webhooks/linksfield/order-status/<token>`), compared in constant time.
 */
interface SecondFactor {
  token: string | null;
  allowedSources: AddressList;
  /** Proxies whose `X-Forwarded-For` is believed when they are the socket's peer. */
  trustedProxies: AddressList;
}

export type RefusalReason =
  | 'body_too_large'
  | 'not_utf8'
  | 'too_deeply_nested'
  | 'not_json'
  | 'bad_delivery_id'
  | 'not_an_object'
  | 'wrong_token'
  | 'unsigned'
  | 'source_not_allowed'
  | 'bad_signature'
  | 'malformed'
  | 'not_stored'
  | 'bad_request'
  | 'internal';

export interface WebhookObserver {
  /** A push answered 200: stored, or acknowledged as Linksfield's retry or a replay. */
  accepted(kind: NotificationKind, outcome: DeliveryOutcome): void;
  refused(kind: NotificationKind, reason: RefusalReason): void;
}

/** The documented bodies nest 3 deep; far past that is an attack on the parser's or the signer's recursion. */
export const MAX_NESTING = 16;

const WEBHOOK_PATH_PREFIX = '/webhooks/linksfield/';

/** Snowflake ids are about 19 digits; anything much longer is not one, and it becomes a Redis key. */
const DELIVERY_ID = /^[\x21-\x7e]{1,128}$/;

const utf8 = new TextDecoder('utf-8', { fatal: true });

class Refusal extends Error {
  constructor(
    readonly statusCode: number,
    readonly reason: RefusalReason,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

declare module 'fastify' {
  interface FastifyContextConfig {
    notificationKind?: NotificationKind;
    /** `false`: @fastify/cors leaves the route alone. */
    cors?: false;
  }
}

export const webhookRoutes: FastifyPluginAsync<WebhookRoutesOptions> = async (app, options) => {
  const { notifySecret, ingest, secondFactor, observer, now = () => new Date() } = options;

  // The body must be read by us, within the limit, whatever content type Linksfield labels it with.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: options.maxBodyBytes }, (_request, raw, done) =>
    done(null, raw),
  );

  app.setErrorHandler((error: FastifyError | Refusal, request, reply) => refuse(error, request, reply, observer));

  for (const [kind, spec] of Object.entries(options.kinds) as [NotificationKind, NotificationKindSpec][]) {
    const handler = async (request: FastifyRequest<{ Params: { token?: string } }>, reply: FastifyReply) => {
      const body = parse(request.body);
      const deliveryId = header(request, NOTIFICATION_DELIVERY_HEADER);
      if (deliveryId !== null && !DELIVERY_ID.test(deliveryId)) {
        throw new Refusal(
          400,
          'bad_delivery_id',
          `${NOTIFICATION_DELIVERY_HEADER} must be 1 to 128 visible ASCII characters`,
        );
      }
      if (body === null || typeof body !== 'object' || Array.isArray(body))
        throw new Refusal(422, 'not_an_object', 'the body is not a JSON object');
      const { token } = request.params;
      if (token !== undefined && (secondFactor.token === null || !sameText(token, secondFactor.token))) {
        throw new Refusal(401, 'wrong_token', 'unknown webhook URL token');
      }
      const signature = header(request, NOTIFICATION_SIGNATURE_HEADER);
      if (signature === null) {
        if (!spec.signatureOptional)
          throw new Refusal(401, 'unsigned', `missing ${NOTIFICATION_SIGNATURE_HEADER} signature`);
        checkSecondFactor(request, token, secondFactor);
      } else if (!verifyNotification(body as Record<string, unknown>, signature, notifySecret)) {
        throw new Refusal(401, 'bad_signature', `invalid ${NOTIFICATION_SIGNATURE_HEADER} signature`);
      }

      let event;
      try {
        event = decodeNotification(kind, body, { deliveryId, receivedAt: now() });
      } catch (error) {
        throw error instanceof MalformedUpstreamData ? new Refusal(422, 'malformed', error.message) : error;
      }
      let receipt;
      try {
        receipt = await ingest(event, contentDigest(kind, body as Record<string, unknown>));
      } catch (error) {
        throw new Refusal(503, 'not_stored', 'the notification could not be stored; retry later', { cause: error });
      }
      observer?.accepted(kind, receipt.outcome);
      const fields = { kind, deliveryId, eventId: receipt.event?.id ?? null, outcome: receipt.outcome };
      if (receipt.outcome === 'replay')
        request.log.warn(fields, 'notification replayed under another delivery id: acknowledged, not delivered');
      else if (receipt.outcome === 'stored-reused-id')
        request.log.warn(fields, 'notification reuses a delivery id with another body: stored');
      else request.log.info(fields, 'notification accepted');
      return reply.code(200).send({});
    };
    // Linksfield is a server: no page may read a webhook's answer, and no CORS work is spent on each push.
    const route = { config: { notificationKind: kind, cors: false as const } };
    app.post(`${WEBHOOK_PATH_PREFIX}${kind}`, route, handler);
    if (spec.signatureOptional) app.post(`${WEBHOOK_PATH_PREFIX}${kind}/:token`, route, handler);
  }
};

/** UTF-8, bounded nesting, then JSON: each failure its own clear 400, before any recursion runs over the body. */
function parse(raw: unknown): unknown {
  let text: string;
  try {
    text = utf8.decode(Buffer.isBuffer(raw) ? raw : Buffer.alloc(0));
  } catch {
    throw new Refusal(400, 'not_utf8', 'the body is not UTF-8 text');
  }
  if (nestsDeeperThan(text, MAX_NESTING))
    throw new Refusal(400, 'too_deeply_nested', `the body nests arrays and objects deeper than ${MAX_NESTING}`);
  try {
    return JSON.parse(text);
  } catch {
    throw new Refusal(400, 'not_json', 'the body is not valid JSON');
  }
}

/** Counts open brackets outside strings, so the check costs one pass and no stack. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index += 1;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if ((depth += 1) > limit) return true;
    } else if (char === 0x7d || char === 0x5d) depth -= 1;
  }
  return false;
}

function checkSecondFactor(request: FastifyRequest, token: string | undefined, factor: SecondFactor): void {
  if (factor.token === null && factor.allowedSources.isEmpty) {
    throw new Refusal(
      401,
      'unsigned',
      `missing ${NOTIFICATION_SIGNATURE_HEADER} signature (unsigned order-status pushes need a second factor configured)`,
    );
  }
  // A matching token was checked already; here only its absence matters.
  if (factor.token !== null && token === undefined)
    throw new Refusal(401, 'wrong_token', 'unsigned push without the webhook URL token');
  const sender = senderAddress(request.socket.remoteAddress, request.headers['x-forwarded-for'], factor.trustedProxies);
  if (!factor.allowedSources.isEmpty && !factor.allowedSources.has(sender)) {
    throw new Refusal(401, 'source_not_allowed', 'unsigned push from an address outside the allowed sources');
  }
}

/** Identifies a push by what its signature covers: a copy that differs only where the signature cannot see is the same push. */
function contentDigest(kind: NotificationKind, body: Record<string, unknown>): string {
  return createHash('sha256')
    .update(`${kind}\n${notificationContent(body)}`, 'utf8')
    .digest('hex');
}

function refuse(
  error: FastifyError | Refusal,
  request: FastifyRequest,
  reply: FastifyReply,
  observer: WebhookObserver | undefined,
) {
  const kind = request.routeOptions.config.notificationKind;
  const refusal = error instanceof Refusal ? error : refusalOf(error);
  if (kind) observer?.refused(kind, refusal.reason);
  const deliveryId = header(request, NOTIFICATION_DELIVERY_HEADER);
  const fields = {
    kind,
    reason: refusal.reason,
    statusCode: refusal.statusCode,
    deliveryId: deliveryId && DELIVERY_ID.test(deliveryId) ? deliveryId : null,
  };
  if (refusal.statusCode >= 500)
    request.log.error({ ...fields, err: refusal.cause }, `notification refused: ${refusal.message}`);
  else request.log.warn(fields, `notification refused: ${refusal.message}`);
  return reply
    .code(refusal.statusCode)
    .send({ statusCode: refusal.statusCode, error: errorName(refusal.statusCode), message: refusal.message });
}

/** Errors fastify raised before the handler ran, or a bug. */
function refusalOf(error: FastifyError): Refusal {
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return new Refusal(413, 'body_too_large', 'the body is larger than the webhook limit');
  const status = error.statusCode ?? 500;
  return status < 500
    ? new Refusal(status, 'bad_request', error.message)
    : new Refusal(500, 'internal', 'internal error', { cause: error });
}

function errorName(statusCode: number): string {
  return (
    {
      400: 'Bad Request',
      401: 'Unauthorized',
      413: 'Payload Too Large',
      422: 'Unprocessable Entity',
      503: 'Service Unavailable',
    }[statusCode] ?? 'Error'
  );
}

/** A header's trimmed value; null when absent or empty. Repeated headers never form a valid value. */
function header(request: FastifyRequest, name: string): string | null {
  const raw = request.headers[name];
  const value = Array.isArray(raw) ? raw.join(',') : raw?.trim();
  return value ? value : null;
}
