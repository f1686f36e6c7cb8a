import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SimLifecycle } from '../../src/upstream/csss/enums.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { connect, subscribe, watchFeed } from '../support/subscriber.js';
import { signUp } from './esim/esim-world.js';

/**
 * The README's walk-throughs, run as written against what `npm start` gives a newcomer: a fresh sandbox of 1,000 SIMs,
 * no credentials. Each example's answer must have the README's shape, codes and words; only numbers that grow with
 * the clock, dates and new order ids may differ.
 */
const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const start = README.indexOf('## The schema by example');
const section = README.slice(start, README.indexOf('\n## ', start + 1));
const blocks = [...section.matchAll(/```(graphql|json)\n([\s\S]*?)```/g)].map(([, language, text]) => ({
  language,
  text,
}));
const examples = blocks.flatMap((block, index) =>
  block.language === 'graphql' && blocks[index + 1]?.language === 'json'
    ? [{ query: block.text, answer: JSON.parse(blocks[index + 1].text) }]
    : [],
);
const quickStart = JSON.parse(
  /curl -s localhost:4000\/graphql -H 'content-type: application\/json' \\\n\s+-d '([^']+)'/.exec(README)![1],
) as { query: string };

/** The SIM the schema walk-through orders for (the notifications test takes another, so the order is its own). */
const WALKED = '89852049017565664237';

/** The ```graphql blocks of one README section (`## …` heading), in order. */
function graphqlOf(heading: string): string[] {
  const at = README.indexOf(`\n${heading}\n`);
  const text = README.slice(at, README.indexOf('\n## ', at + 1));
  return [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map(([, query]) => query);
}

const VARIABLE = /^(\d{4}-\d\d-\d\dT[\d:.]+Z|ORDER_\d+)$/;
/** What must match: structure, strings (bar dates and order ids), and null; a number only as a number. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value === null) return null;
  if (typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'locations')
        .map(([key, inner]) => [key, shape(inner)]),
    );
  if (typeof value === 'string') return VARIABLE.test(value) ? 'a date or an order id' : value;
  return typeof value;
}

let t: TestGateway;
type Answer = { data?: Record<string, any>; errors?: unknown[] };
const post = async (query: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Answer;
};

beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: '1000' });
});
afterAll(() => t.close());

it('finds the examples it runs', () => {
  expect(examples.length).toBeGreaterThanOrEqual(4);
  expect(examples.map(({ query }) => /\{\s*(\w+)/.exec(query.replace(/^mutation\s*/, ''))![1])).toEqual([
    'sim',
    'sims',
    'orderPlan',
    'enableOrder',
  ]);
});

it('answers the quick start query', async () => {
  const answer = await post(quickStart.query);
  expect(answer).toMatchObject({ data: { simsInUse: { totalCount: expect.any(Number), edges: expect.any(Array) } } });
});

it('answers the walk-through of "The schema by example" as the README shows, in order', async () => {
  let orderId: string | undefined;
  for (const { query, answer } of examples) {
    // The order the walk-through enables is the one it just ordered.
    const actual = await post(orderId ? query.replace(/ORDER_\d+/g, orderId) : query);
    expect(shape(actual), query).toEqual(shape(answer));
    orderId = actual.data?.orderPlan?.orderId ?? orderId;
  }
});

it('runs the eSIM walk-through as written: pre-order, payment report, the order subscription until PAID, its QR code', async () => {
  const [preOrder, report, watch, pictures] = graphqlOf('## eSIM QR Mall and Mall/Topup');
  const user = await signUp(t);
  const asUser = { 'x-esim-token': user.token };
  const placed = await post(preOrder, asUser);
  expect(placed.errors).toBeUndefined();
  const { orderId, total } = placed.data!.esimPreOrder.preOrder;
  const ours = (query: string) => query.replaceAll('1055200001', orderId);

  const client = connect(t.url, { connectionParams: { esimToken: user.token } });
  try {
    const watcher = subscribe(
      client,
      parse(ours(watch)) as TypedDocumentNode<{ esimOrder: { status: string; qrCode: string | null } }, object>,
      {},
    );
    await watcher.received(1);
    const reported = await post(
      ours(report).replace(
        'amount: "25.00", currency: "USD"',
        `amount: "${total.amount}", currency: "${total.currency}"`,
      ),
      asUser,
    );
    expect(reported.errors).toBeUndefined();
    expect(await watcher.ended).toBeNull();
    const last = watcher.results.at(-1)!.data!.esimOrder;
    expect(last).toEqual({ status: 'PAID', qrCode: expect.stringMatching(/^LPA:1\$/) });

    const drawn = await post(ours(pictures), asUser);
    expect(drawn.errors).toBeUndefined();
    expect(drawn.data!.myEsim).toEqual({
      qrCode: last.qrCode,
      qrCodeImage: {
        svg: expect.stringMatching(/^<svg /),
        pngDataUrl: expect.stringMatching(/^data:image\/png;base64,/),
      },
    });
  } finally {
    await client.dispose();
  }
});

it('runs the notifications walk-through: its subscription sees the order placed after it, as "npm start" promises', async () => {
  const [notifications] = graphqlOf('## Notifications: webhooks in, subscriptions out');
  const { state } = t.sandbox.csss;
  const idle = state.sims.find(
    (sim) =>
      sim.lifecycle === SimLifecycle.ACTIVE && !sim.ota && !state.orders.inUse(sim.iccid) && sim.iccid !== WALKED,
  )!;
  const plan = state.plans.find((candidate) => candidate.type === 'MONTHLY' && !candidate.ota)!;
  const client = connect(t.url);
  try {
    const feed = watchFeed(t.gateway);
    const watcher = subscribe(
      client,
      parse(notifications) as TypedDocumentNode<{ notifications: Record<string, unknown> }, { iccids: string[] }>,
      { iccids: [idle.iccid] },
    );
    await feed.opened(1);
    const placed = await post(
      `mutation { orderPlan(input: { iccid: "${idle.iccid}", planCode: "${plan.code}" }) { orderId } }`,
    );
    expect(placed.errors).toBeUndefined();
    const [first] = await watcher.received(1);
    expect(first.data!.notifications).toMatchObject({
      __typename: 'OrderStatusNotification',
      kind: 'ORDER_STATUS_CHANGED',
      iccids: [idle.iccid],
      orderId: placed.data!.orderPlan.orderId,
    });
  } finally {
    await client.dispose();
  }
});
