import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../src/events/event.js';
import { createMemoryPubSub } from '../../../src/events/pubsub/memory.js';
import { sampleEvent } from './examples.js';

let next = 0;
const stored = (...iccids: string[]): StoredEvent =>
  ({ ...sampleEvent(iccids[0]), iccids, id: `1-${next++}` }) as StoredEvent;

describe('the memory pubsub', () => {
  it('hands an event to the listeners of its SIMs and of every event only', () => {
    const pubsub = createMemoryPubSub();
    const heard: Record<string, string[]> = { a: [], b: [], ab: [], all: [], none: [] };
    pubsub.subscribe((event) => heard.a.push(event.id), ['A']);
    pubsub.subscribe((event) => heard.b.push(event.id), ['B']);
    pubsub.subscribe((event) => heard.ab.push(event.id), ['A', 'B']);
    pubsub.subscribe((event) => heard.all.push(event.id));
    pubsub.subscribe((event) => heard.none.push(event.id), []);
    const [aOnly, bOnly, both] = [stored('A'), stored('B'), stored('A', 'B')];
    [aOnly, bOnly, both].forEach(pubsub.publish);
    expect(heard).toEqual({
      a: [aOnly.id, both.id],
      b: [bOnly.id, both.id],
      ab: [aOnly.id, bOnly.id, both.id],
      all: [aOnly.id, bOnly.id, both.id],
      none: [],
    });
  });

  it('stops a listener and forgets SIMs nobody listens to any more', () => {
    const pubsub = createMemoryPubSub();
    const heard: string[] = [];
    const stop = pubsub.subscribe((event) => heard.push(event.id), ['A']);
    pubsub.publish(stored('A'));
    stop();
    pubsub.publish(stored('A'));
    expect(heard).toHaveLength(1);
  });

  it('keeps the other listeners of a SIM when one of several leaves, and a SIM listed twice is heard once', () => {
    const pubsub = createMemoryPubSub();
    const heard: Record<string, string[]> = { first: [], second: [], third: [], twice: [] };
    const stopFirst = pubsub.subscribe((event) => heard.first.push(event.id), ['A']);
    const stopSecond = pubsub.subscribe((event) => heard.second.push(event.id), ['A']);
    pubsub.subscribe((event) => heard.third.push(event.id), ['A']);
    const stopTwice = pubsub.subscribe((event) => heard.twice.push(event.id), ['B', 'B']);
    const one = stored('A', 'B');
    pubsub.publish(one);
    stopSecond();
    stopFirst();
    const two = stored('A', 'B');
    pubsub.publish(two);
    stopTwice();
    pubsub.publish(stored('A', 'B'));
    expect(heard).toEqual({
      first: [one.id],
      second: [one.id],
      third: [one.id, two.id, `1-${next - 1}`],
      twice: [one.id, two.id],
    });
  });

  it('publishes soon: after the work under way (the acknowledgement of a webhook), in the order given', async () => {
    const pubsub = createMemoryPubSub();
    const heard: string[] = [];
    pubsub.subscribe((event) => heard.push(event.id), ['A']);
    const [one, two] = [stored('A'), stored('A')];
    pubsub.publishSoon(one);
    pubsub.publishSoon(two);
    await Promise.resolve();
    expect(heard).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(heard).toEqual([one.id, two.id]);
  });
});
