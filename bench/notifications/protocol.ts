/**
 * What the notifications orchestrator, the subscribers child and the two servers under test agree on.
 */

/** Where subscribers connect and where webhooks go, for either server. */
export interface NotificationServerReady {
  subscribeUrl: string;
  /** The SMS-uplink route: one SIM per event, so each event is for exactly one subscriber. */
  webhookUrl: string;
  notifySecret: string;
}

/** `graphql-ws` speaks graphql-transport-ws to the gateway; `bare-ws` opens `<url>?iccid=…` on the baseline. */
export type SubscriberProtocol = 'graphql-ws' | 'bare-ws';

/** Each subscriber watches its own SIM, as a per-device dashboard would. */
export const SUBSCRIPTION =
  'subscription Watch($iccids: [ID!]) { notifications(iccids: $iccids) { id kind receivedAt } }';

export interface ConnectArgs {
  url: string;
  protocol: SubscriberProtocol;
  count: number;
  concurrency: number;
}

export interface ConnectResult {
  connected: number;
  seconds: number;
}

export interface WarmupArgs {
  webhookUrl: string;
  notifySecret: string;
  seconds: number;
  concurrency: number;
}

export interface LiveArgs {
  webhookUrl: string;
  notifySecret: string;
  ratePerSecond: number;
  seconds: number;
  burstSeconds: number;
  burstConcurrency: number;
  graceMs: number;
}

export interface PhaseResult {
  sent: number;
  /** Webhooks answered 200. */
  acked: number;
  /** Webhooks with no answer within the sender's timeout (their events may still be delivered). */
  unanswered: number;
  /** Acknowledged webhooks per second over the phase. */
  ingestRate: number;
  ackP50: number;
  ackP99: number;
  delivered: number;
  /** Not refused, yet not delivered within the grace time. */
  lost: number;
  /** Messages no webhook accounts for (a duplicate, or an event for another SIM). */
  unexpected: number;
  latencyP50: number;
  latencyP99: number;
  latencyMax: number;
}

export interface LiveResult {
  paced: PhaseResult;
  burst: PhaseResult;
  /** Subscriptions that ended or failed before the end (a slow-subscriber close, an error). */
  ended: number;
}

export function subscriberUrl(protocol: SubscriberProtocol, url: string, iccid: string): string {
  return protocol === 'bare-ws' ? `${url}?iccid=${iccid}` : url;
}

export function parseSubscriberIccid(url: string | undefined): string {
  return new URL(url ?? '/', 'ws://localhost').searchParams.get('iccid') ?? '';
}

export interface SubscribersStatus {
  open: number;
  ended: number;
  /** Why the first subscription ended, e.g. the server's error for the subscribe message. */
  firstProblem: string | null;
}
