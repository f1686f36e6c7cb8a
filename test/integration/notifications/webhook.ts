import type { NotificationKind } from '../../../src/upstream/notifications/payloads.js';
import type { TestGateway } from '../../support/gateway.js';
import { bodyFor } from '../../unit/events/examples.js';
import { push, type PushOptions } from '../events/webhook-server.js';

/** POSTs a notification to a gateway's webhook route the way Linksfield does, signed with the gateway's notify secret. */
export function webhook(
  t: TestGateway,
  kind: NotificationKind,
  body: Record<string, unknown>,
  options: PushOptions = {},
) {
  return push({ url: t.origin }, kind, body, { secret: t.gateway.services.config.notifySecret, ...options });
}

/** An SMS uplink body whose text tells the pushes apart. */
export function uplinkBody(iccid: string, text: string): Record<string, unknown> {
  return { ...bodyFor('sms-uplink', iccid), text_message: text };
}

/** A device's SMS `text`, pushed to the gateway. */
export function say(t: TestGateway, iccid: string, text: string, options: PushOptions = {}) {
  return webhook(t, 'sms-uplink', uplinkBody(iccid, text), options);
}
