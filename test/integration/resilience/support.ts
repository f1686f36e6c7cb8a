import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import type { Result, TestGateway } from '../../support/gateway.js';

export interface SimWithUsage {
  sim: { iccid: string; usage: { usedBytes: string } | null } | null;
}

/** A SIM's own fields (one upstream endpoint) and its usage (another), so one can fail while the other answers. */
export const SimWithUsageDocument = parse(
  'query SimWithUsage($iccid: ID!) { sim(iccid: $iccid) { iccid usage { usedBytes } } }',
) as TypedDocumentNode<SimWithUsage, { iccid: string }>;

export const SimOnlyDocument = parse(
  'query SimOnly($iccid: ID!) { sim(iccid: $iccid) { iccid } }',
) as TypedDocumentNode<{ sim: { iccid: string } | null }, { iccid: string }>;

export function codes(result: Result<unknown>): string[] {
  return (result.errors ?? []).map((error) => String(error.extensions?.code));
}

export function iccids(t: TestGateway): string[] {
  return t.sandbox.csss.state.sims.map((sim) => sim.iccid);
}

/** The metrics token the resilience suites start their gateways with (`/metrics` is never public). */
export const METRICS_TOKEN = 'resilience-metrics-token-0123456789';

/** A metric's value in `/metrics`, NaN when absent. */
export async function metric(t: TestGateway, line: string): Promise<number> {
  const text = await (
    await fetch(`${t.origin}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  return Number(new RegExp(`^${line.replace(/[{}]/g, '\\$&')} (\\S+)`, 'm').exec(text)?.[1] ?? NaN);
}

/** Asks again (every 50 ms, at most `tries` times) until `done` holds for the answer. */
export async function until<T>(ask: () => Promise<T>, done: (value: T) => boolean, tries = 200): Promise<T> {
  let value = await ask();
  for (let i = 1; i < tries && !done(value); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await ask();
  }
  return value;
}
