import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OrderPlanDocument, SimOverviewDocument, SmsReceivedDocument } from '../../../examples/generated/operations.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { describeWithRedis, TEST_REDIS_URL, uniquePrefix } from '../../support/redis.js';
import { removeKeys } from '../../support/redis-run.js';
import { connect, subscribe } from '../../support/subscriber.js';
import { say } from '../notifications/webhook.js';

/**
 * Every key the gateway writes carries REDIS_KEY_PREFIX. Proved with Redis itself: the gateway connects as an ACL
 * user that may touch only `<prefix>*`, so a key outside it would be refused and land in `ACL LOG`.
 */
describeWithRedis('the Redis namespace of a deployment', () => {
  const prefix = uniquePrefix('namespace');
  const user = `lf-test-${randomUUID()}`;
  const password = randomUUID();
  const admin = createClient({ url: TEST_REDIS_URL });
  let t: TestGateway;

  const deniedForUser = async () => {
    const log = (await admin.sendCommand(['ACL', 'LOG', '1000'])) as unknown[][];
    return log.map((entry) => Object.fromEntries(chunks(entry as string[]))).filter((entry) => entry.username === user);
  };

  beforeAll(async () => {
    await admin.connect();
    await admin.sendCommand(['ACL', 'SETUSER', user, 'on', `>${password}`, `~${prefix}*`, `&${prefix}*`, '+@all']);
    const url = new URL(TEST_REDIS_URL);
    url.username = user;
    url.password = password;
    t = await startTestGateway({ REDIS_URL: url.toString(), REDIS_KEY_PREFIX: prefix, SANDBOX_SIMS: '30' });
  });

  afterAll(async () => {
    await t?.close();
    await admin.sendCommand(['ACL', 'DELUSER', user]);
    admin.destroy();
  });

  it('keeps the cache, idempotency keys and claims, the event stream and the dedupe keys under the prefix', async () => {
    const { state } = t.sandbox.csss;
    const iccid = state.sims.find((sim) => sim.lifecycle === SimLifecycle.ACTIVE && !sim.ota)!.iccid;
    const planCode = state.plans.find((plan) => plan.type === 'MONTHLY' && !plan.ota)!.code;
    expect((await t.execute(SimOverviewDocument, { iccid })).errors).toBeUndefined();
    expect(
      (await t.execute(OrderPlanDocument, { input: { iccid, planCode, periods: 1 }, idempotencyKey: 'namespace-1' }))
        .errors,
    ).toBeUndefined();
    const client = connect(t.url);
    const received = subscribe(client, SmsReceivedDocument, { iccids: [iccid], after: '0-0' });
    expect((await say(t, iccid, 'inside the namespace', { deliveryId: 'namespace-delivery' })).status).toBe(200);
    expect((await received.received(1))[0].data!.smsReceived.text).toBe('inside the namespace');
    received.unsubscribe();
    await client.dispose();

    const keys = [];
    for await (const batch of admin.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) keys.push(...batch);
    const kinds = new Set(keys.map((key) => key.slice(prefix.length).split(/[:]/)[0]));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['body', 'cache', 'delivery', 'events']));
    expect(await deniedForUser()).toEqual([]);
  });

  it('leaves nothing behind once a test run removes its prefix', async () => {
    const other = `${prefix}`.replace(/:$/, '-neighbour:');
    await admin.set(`${other}kept`, '1');
    await removeKeys(TEST_REDIS_URL, prefix);
    let left = 0;
    for await (const batch of admin.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 })) left += batch.length;
    expect(left).toBe(0);
    expect(await admin.get(`${other}kept`)).toBe('1');
    await admin.del(`${other}kept`);
  });
});

function chunks(flat: string[]): [string, unknown][] {
  const pairs: [string, unknown][] = [];
  for (let index = 0; index + 1 < flat.length; index += 2) pairs.push([flat[index], flat[index + 1]]);
  return pairs;
}
