import { afterAll, beforeAll, expect, it } from 'vitest';
import { FleetNotificationsDocument } from '../../../examples/generated/operations.js';
import { MAX_SUBSCRIPTIONS_PER_SOCKET } from '../../../src/server/subscriptions.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { connect, subscribe } from '../../support/subscriber.js';

let t: TestGateway;
beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: '5' });
});
afterAll(() => t.close());

it('refuses a subscription past the per-connection limit, and keeps the others', async () => {
  const client = connect(t.url);
  const open = Array.from({ length: MAX_SUBSCRIPTIONS_PER_SOCKET }, () =>
    subscribe(client, FleetNotificationsDocument, {}),
  );
  const extra = subscribe(client, FleetNotificationsDocument, {});
  const errors = await extra.ended;
  expect(errors?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
  // The ones within the limit are still open: a new one is refused again, and the first and last still receive.
  const another = subscribe(client, FleetNotificationsDocument, {});
  expect((await another.ended)?.[0].extensions?.code).toBe('LIMIT_EXCEEDED');
  t.sandbox.sendUsageAlert([t.sandbox.csss.state.sims[0].iccid], '1');
  const [first, last] = await Promise.all([open[0].received(1), open.at(-1)!.received(1)]);
  expect(first[0].data?.notifications.kind).toBe('USAGE_ALERT');
  expect(last[0].data?.notifications.kind).toBe('USAGE_ALERT');
  open.forEach((subscription) => subscription.unsubscribe());
  await client.dispose();
});
