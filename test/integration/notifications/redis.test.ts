import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SmsReceivedDocument } from '../../../examples/generated/operations.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { describeWithRedis, TEST_REDIS_URL } from '../../support/redis.js';
import { connect, subscribe } from '../../support/subscriber.js';
import { say } from './webhook.js';

/**
 * The gateway keeps its event stream under a fixed key (`lf:events`) that every run on this Redis shares, so each
 * test listens to a SIM of its own, after the newest event stored when it starts.
 */
let sims = 0;
const uniqueIccid = () => `89${Date.now()}${String(process.pid % 100_000).padStart(5, '0')}${(sims += 1) % 10}`;

describeWithRedis('two gateway instances sharing Redis', () => {
  let a: TestGateway;
  let b: TestGateway;
  let clientA: Client;
  let clientB: Client;

  beforeAll(async () => {
    [a, b] = await Promise.all([
      startTestGateway({ REDIS_URL: TEST_REDIS_URL }),
      startTestGateway({ REDIS_URL: TEST_REDIS_URL }),
    ]);
    clientA = connect(a.url);
    clientB = connect(b.url);
  });
  afterAll(async () => {
    await Promise.all([clientA.dispose(), clientB.dispose()]);
    await Promise.all([a.close(), b.close()]);
  });

  const newest = async (gateway: TestGateway) => (await gateway.gateway.services.events.log.latestId()) ?? '0-0';

  it('relays a webhook received by one instance to the subscribers of the other, and stores a repeat once', async () => {
    const sim = uniqueIccid();
    const after = await newest(a);
    const onA = subscribe(clientA, SmsReceivedDocument, { iccids: [sim], after });
    const onB = subscribe(clientB, SmsReceivedDocument, { iccids: [sim], after });

    expect((await say(a, sim, 'to A', { deliveryId: 'shared-once-' + sim })).status).toBe(200);
    expect((await say(b, sim, 'to B')).status).toBe(200);
    expect(await say(b, sim, 'to A', { deliveryId: 'shared-once-' + sim })).toEqual({ status: 200, body: {} });
    expect((await say(a, sim, 'sentinel')).status).toBe(200);

    for (const subscriber of [onA, onB]) {
      const results = await subscriber.received(3);
      expect(results.map((result) => result.data!.smsReceived.text)).toEqual(['to A', 'to B', 'sentinel']);
      subscriber.unsubscribe();
      expect(subscriber.results).toHaveLength(3);
    }
    expect(onA.results.map((result) => result.data!.smsReceived.id)).toEqual(
      onB.results.map((result) => result.data!.smsReceived.id),
    );
  });
});

describe('a Redis outage', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({ REDIS_URL: 'redis://127.0.0.1:1' });
  });
  afterAll(() => t.close());

  it('makes the webhook answer 503, so Linksfield retries instead of the event being lost', async () => {
    const response = await say(t, uniqueIccid(), 'nowhere to go');
    expect(response.status).toBe(503);
    expect(JSON.stringify(response.body)).not.toContain(t.gateway.services.config.notifySecret);
  });
});
