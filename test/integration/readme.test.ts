import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

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
const post = async (query: string) => {
  const response = await fetch(t.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { data?: Record<string, { orderId?: string }> };
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
