import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SmsReceivedDocument } from '../../../examples/generated/operations.js';
import { compareEventIds } from '../../../src/events/event-id.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { sampleEvent } from '../../unit/events/examples.js';
import { connect, subscribe, watchFeed } from '../../support/subscriber.js';
import { say } from './webhook.js';

const SIM = '89860000000000000201';

let t: TestGateway;
/** A gateway with the smallest log and subscriber queue the config allows. */
let small: TestGateway;
let client: Client;
let smallClient: Client;

beforeAll(async () => {
  [t, small] = await Promise.all([
    startTestGateway(),
    startTestGateway({ EVENT_LOG_MAX_EVENTS: '100', SUBSCRIBER_QUEUE_LIMIT: '1' }),
  ]);
  client = connect(t.url);
  smallClient = connect(small.url);
});
afterAll(async () => {
  await Promise.all([client.dispose(), smallClient.dispose()]);
  await Promise.all([t.close(), small.close()]);
});

const texts = (results: { data?: { smsReceived: { text: string } } | null }[]) =>
  results.map((result) => result.data!.smsReceived.text);
const idsOf = (results: { data?: { smsReceived: { id: string } } | null }[]) =>
  results.map((result) => result.data!.smsReceived.id);

function expectIncreasing(ids: string[]): void {
  for (let index = 1; index < ids.length; index += 1)
    expect(compareEventIds(ids[index - 1], ids[index])).toBeLessThan(0);
}

describe('resuming with after', () => {
  it('replays exactly what a dropped client missed, then continues live, with no gap and no duplicate at the seam', async () => {
    const feed = watchFeed(t.gateway);
    const first = connect(t.url);
    const before = subscribe(first, SmsReceivedDocument, { iccids: [SIM] });
    const [events] = await feed.opened(1);
    const stopped = vi.spyOn(events, 'return');
    for (const text of ['m1', 'm2', 'm3']) await say(t, SIM, text);
    const seen = await before.received(3);
    expect(texts(seen)).toEqual(['m1', 'm2', 'm3']);

    await first.dispose();
    await vi.waitFor(() => expect(stopped).toHaveBeenCalled());
    for (const text of ['m4', 'm5', 'm6']) await say(t, SIM, text);

    const after = subscribe(client, SmsReceivedDocument, { iccids: [SIM], after: idsOf(seen)[2] });
    // Sent while the replay may still be reading the log.
    for (const text of ['m7', 'm8']) await say(t, SIM, text);
    await feed.opened(2);
    await say(t, SIM, 'm9');
    const resumed = await after.received(6);
    expect(texts(resumed)).toEqual(['m4', 'm5', 'm6', 'm7', 'm8', 'm9']);
    expectIncreasing([...idsOf(seen), ...idsOf(resumed)]);
    after.unsubscribe();
    expect(after.results).toHaveLength(6);
  });

  it('lets a client that reconnects by itself resume after its last id, by keeping `variables.after` current', async () => {
    const sim = '89860000000000000203';
    let allowReconnect!: () => void;
    const reconnect = new Promise<void>((resolve) => (allowReconnect = resolve));
    const resilient = connect(t.url, { retryAttempts: 3, retryWait: () => reconnect });
    // graphql-ws sends the same payload object again on every reconnect.
    const variables: { iccids: string[]; after: string | null } = { iccids: [sim], after: null };
    const feed = watchFeed(t.gateway);
    const subscriber = subscribe(resilient, SmsReceivedDocument, variables);
    await feed.opened(1);
    for (const text of ['r1', 'r2']) await say(t, sim, text);
    variables.after = idsOf(await subscriber.received(2))[1];

    resilient.terminate();
    for (const text of ['r3', 'r4']) await say(t, sim, text);
    allowReconnect();
    await feed.opened(2);
    await say(t, sim, 'r5');
    const results = await subscriber.received(5);
    expect(texts(results)).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    expectIncreasing(idsOf(results));
    await resilient.dispose();
    expect(subscriber.results).toHaveLength(5);
  });

  it('stops reading the feed when the client unsubscribes', async () => {
    const feed = watchFeed(t.gateway);
    const subscriber = subscribe(client, SmsReceivedDocument, { iccids: [SIM] });
    const [events] = await feed.opened(1);
    const stopped = vi.spyOn(events, 'return');
    subscriber.unsubscribe();
    await vi.waitFor(() => expect(stopped).toHaveBeenCalled());
  });

  it('refuses a malformed after, a malformed ICCID and too many ICCIDs as BAD_USER_INPUT', async () => {
    const refusals = [
      subscribe(client, SmsReceivedDocument, { iccids: [SIM], after: 'yesterday' }),
      subscribe(client, SmsReceivedDocument, { iccids: ['8986-0000'] }),
      subscribe(client, SmsReceivedDocument, { iccids: Array.from({ length: 1_001 }, () => SIM) }),
    ];
    for (const refusal of refusals) {
      expect(await refusal.ended).toBeNull();
      expect(refusal.results).toEqual([
        {
          errors: [
            expect.objectContaining({
              path: ['smsReceived'],
              extensions: { code: 'BAD_USER_INPUT', field: expect.any(String) },
            }),
          ],
        },
      ]);
    }
    expect(refusals.map((refusal) => refusal.results[0].errors![0].extensions!.field)).toEqual([
      'after',
      'iccids',
      'iccids',
    ]);
  });

  it('says first, in-band, when events after `after` were no longer retained, then replays the oldest retained', async () => {
    const { ingest } = small.gateway.services.events;
    const stored = [];
    for (let index = 0; index < 101; index += 1) stored.push((await ingest(sampleEvent(SIM))).event!);
    const subscriber = subscribe(smallClient, SmsReceivedDocument, { iccids: [SIM], after: '1-0' });
    const results = await subscriber.received(101);
    expect(results[0]).toEqual({
      data: null,
      errors: [
        expect.objectContaining({ extensions: { code: 'REPLAY_GAP', after: '1-0', evictedThrough: stored[0].id } }),
      ],
    });
    expect(idsOf(results.slice(1))).toEqual(stored.slice(1).map((event) => event.id));
    subscriber.unsubscribe();
  });
});

describe('a subscriber that falls behind', () => {
  it('is ended with SUBSCRIBER_TOO_SLOW and the id to resume after, and loses nothing when it does', async () => {
    const sim = '89860000000000000202';
    const feed = watchFeed(small.gateway);
    const slow = subscribe(smallClient, SmsReceivedDocument, { iccids: [sim] });
    await feed.opened(1);
    await say(small, sim, 'first');
    const [first] = await slow.received(1);
    // Stored in one tick, faster than any socket can deliver them: the one-event queue overflows.
    const { ingest } = small.gateway.services.events;
    const burst = await Promise.all(Array.from({ length: 10 }, () => ingest(sampleEvent(sim))));

    const errors = await slow.ended;
    // The event a waiting subscriber was handed at once may still reach it; the error names the last one it got.
    const got = idsOf(slow.results);
    const burstIds = burst.map((receipt) => receipt.event!.id);
    expect(got[0]).toBe(first.data!.smsReceived.id);
    expect(got.slice(1)).toEqual(burstIds.slice(0, got.length - 1));
    expect(got.length).toBeLessThan(1 + burstIds.length);
    const lastEventId = got.at(-1)!;
    expect(errors).toEqual([
      expect.objectContaining({ extensions: { code: 'SUBSCRIBER_TOO_SLOW', limit: 1, lastEventId } }),
    ]);
    const resumed = subscribe(smallClient, SmsReceivedDocument, { iccids: [sim], after: lastEventId });
    const missed = burstIds.slice(got.length - 1);
    expect(idsOf(await resumed.received(missed.length))).toEqual(missed);
    resumed.unsubscribe();
  });
});
