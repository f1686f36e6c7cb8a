import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createEventPipeline, type EventPipeline, type StoredEvent } from '../../../../src/events/index.js';
import {
  MAX_ICCIDS,
  notificationStream,
  type StreamItem,
} from '../../../../src/graph/notification/notification.stream.js';
import { sampleEvent, testConfig } from '../../events/examples.js';

const SIM = '89860220190123456789';
const OTHER_SIM = '89860220190123456790';

let pipeline: EventPipeline;
afterEach(() => pipeline.close());

function pipelineWith(events: Parameters<typeof testConfig>[0] = {}): EventPipeline {
  pipeline = createEventPipeline(testConfig(events));
  return pipeline;
}

async function store(count: number, iccid = SIM): Promise<StoredEvent[]> {
  const stored: StoredEvent[] = [];
  for (let index = 0; index < count; index += 1) stored.push((await pipeline.ingest(sampleEvent(iccid))).event!);
  return stored;
}

const codeOf = (error: unknown) => (error instanceof GraphQLError ? error.extensions.code : error);

describe('the notification stream of one subscription', () => {
  it('refuses malformed criteria before subscribing, each as BAD_USER_INPUT naming the argument', () => {
    const { feed } = pipelineWith();
    const refusal = (criteria: Omit<Parameters<typeof notificationStream>[1], 'sims'>) => {
      try {
        notificationStream(feed, { ...criteria, sims: null });
      } catch (error) {
        return error instanceof GraphQLError ? error.extensions : error;
      }
      return 'accepted';
    };
    expect(refusal({ after: 'yesterday' })).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(refusal({ iccids: ['8986'] })).toEqual({ code: 'BAD_USER_INPUT', field: 'iccids' });
    expect(refusal({ iccids: Array.from({ length: MAX_ICCIDS + 1 }, () => SIM) })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'iccids',
    });
    expect(refusal({ iccids: Array.from({ length: MAX_ICCIDS }, () => SIM), after: '0-0' })).toBe('accepted');
  });

  it('yields only the events of its SIMs and kinds', async () => {
    const { feed } = pipelineWith();
    const [mine] = await store(1);
    await store(1, OTHER_SIM);
    const items = notificationStream(feed, { sims: null, iccids: [SIM], kinds: ['SMS_RECEIVED'], after: '0-0' });
    expect((await items.next()).value).toEqual(mine);
    const none = notificationStream(feed, { sims: null, iccids: [SIM], kinds: ['USAGE_ALERT'], after: '0-0' });
    await items.return!();
    const pending = none.next();
    await none.return!();
    expect(await pending).toEqual({ done: true, value: undefined });
  });

  it('reports a replay gap first, at once, even when no event follows', async () => {
    const { feed } = pipelineWith({ maxEvents: 100 });
    const [firstStored] = await store(101, OTHER_SIM);
    const items = notificationStream(feed, { sims: null, iccids: [SIM], after: '1-0' });
    const gap = (await items.next()).value as StreamItem;
    expect(gap).toBeInstanceOf(GraphQLError);
    expect((gap as GraphQLError).extensions).toEqual({
      code: 'REPLAY_GAP',
      after: '1-0',
      evictedThrough: firstStored.id,
    });
    const [live] = await store(1);
    expect((await items.next()).value).toEqual(live);
    await items.return!();
  });

  it('stops the feed when returned while waiting for an event', async () => {
    const { feed } = pipelineWith();
    const items = notificationStream(feed, { sims: null, iccids: [SIM] });
    const waiting = items.next();
    expect(await items.return!()).toEqual({ done: true, value: undefined });
    expect(await waiting).toEqual({ done: true, value: undefined });
    await store(1);
    expect(await items.next()).toEqual({ done: true, value: undefined });
  });

  it('ends a subscriber that fell behind with SUBSCRIBER_TOO_SLOW and the id to resume after', async () => {
    const { feed } = pipelineWith({ subscriberQueueLimit: 2 });
    const items = notificationStream(feed, { sims: null, iccids: [SIM] });
    const waiting = items.next();
    const [first] = await store(1);
    expect((await waiting).value).toEqual(first);
    await Promise.all(Array.from({ length: 5 }, () => pipeline.ingest(sampleEvent(SIM))));
    // Published right after they were acknowledged, while this subscriber was not reading.
    await new Promise((resolve) => setImmediate(resolve));
    const ended = await items.next().catch((error: unknown) => error);
    expect(codeOf(ended)).toBe('SUBSCRIBER_TOO_SLOW');
    expect((ended as GraphQLError).extensions).toMatchObject({ limit: 2, lastEventId: first.id });
  });
});
