import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALL_SCOPES } from '../../../src/access/scopes.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { ask, bearer, codesByPath, connectAs } from '../../support/access.js';
import { apiKey, clientsFile, type ClientsFileFixture } from '../../support/clients-file.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { subscribe, watchFeed } from '../../support/subscriber.js';
import { say, webhook } from '../notifications/webhook.js';

/**
 * A client restricted to two SIMs walks every root field, mutation and subscription: it sees only its SIMs,
 * a foreign SIM or order answers exactly as an unknown one, and no write on a foreign SIM reaches Linksfield.
 */
let t: TestGateway;
let file: ClientsFileFixture;
const fleet = apiKey();
const ops = apiKey();
let mine: string[];
let foreign: string;
let foreignOrder: string;
let monthlyPlan: string;
const UNKNOWN = '89000000000000000000';

const asFleet = (query: string, variables?: Record<string, unknown>) => ask(t, query, variables, bearer(fleet.key));
const asOps = (query: string, variables?: Record<string, unknown>) => ask(t, query, variables, bearer(ops.key));
const writesUpstream = () =>
  Object.entries(t.sandbox.calls()).filter(([endpoint, count]) => count > 0 && !/^csss\.(list|get)/.test(endpoint));

beforeAll(async () => {
  // The SIMs are known only once the sandbox runs: start it with no client, then restart with the file.
  const probe = await startTestGateway({ SANDBOX_SIMS: '60' });
  const { state } = probe.sandbox.csss;
  const usable = state.sims.filter(
    (sim) => sim.lifecycle === SimLifecycle.ACTIVE && !sim.ota && state.orders.inUse(sim.iccid),
  );
  mine = [usable[0].iccid, usable[1].iccid];
  foreign = usable[2].iccid;
  foreignOrder = state.orders.inUse(foreign)!.id;
  monthlyPlan = state.plans.find((plan) => plan.type === 'MONTHLY' && !plan.ota)!.code;
  await probe.close();
  file = clientsFile({
    clients: [
      { id: 'fleet', keys: [fleet.digest], scopes: ALL_SCOPES.filter((scope) => scope !== 'admin'), iccids: mine },
      { id: 'ops', keys: [ops.digest], scopes: ALL_SCOPES },
    ],
  });
  t = await startTestGateway({ SANDBOX_SIMS: '60', GATEWAY_CLIENTS_FILE: file.path });
});
afterAll(async () => {
  await t?.close();
  file?.remove();
});
beforeEach(() => t.sandbox.resetCalls());

describe('a client restricted to its SIMs', () => {
  it('reads its SIMs, and a foreign ICCID answers exactly as an unknown one: null with NOT_FOUND', async () => {
    const own = await asFleet(
      'query($iccid: ID!) { sim(iccid: $iccid) { iccid usage { usedBytes } activeOrder { id } } }',
      { iccid: mine[0] },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.sim.iccid).toBe(mine[0]);
    const [theirs, unknown] = await Promise.all(
      [foreign, UNKNOWN].map((iccid) => asFleet('query($iccid: ID!) { sim(iccid: $iccid) { iccid } }', { iccid })),
    );
    expect(theirs.data).toEqual({ sim: null });
    expect(codesByPath(theirs.errors)).toEqual({ sim: 'NOT_FOUND' });
    expect(codesByPath(unknown.errors)).toEqual({ sim: 'NOT_FOUND' });
    expect(theirs.errors![0].message).toBe(`no SIM with ICCID ${foreign}`);
    const list = await asFleet('query($iccids: [ID!]!) { sims(iccids: $iccids) { iccid } }', {
      iccids: [mine[0], foreign, mine[1]],
    });
    expect(list.data!.sims).toEqual([{ iccid: mine[0] }, null, { iccid: mine[1] }]);
    expect(codesByPath(list.errors)).toEqual({ 'sims.1': 'NOT_FOUND' });
    expect(t.sandbox.calls('csss.getSim') + t.sandbox.calls('csss.listSims')).toBeGreaterThan(0);
  });

  it('lists only its SIMs in simsInUse, orders and monthlyUsage, with totalCount and cursors that agree', async () => {
    const simsInUse =
      'query($after: String) { simsInUse(first: 1, after: $after) { totalCount edges { node { iccid } } pageInfo { hasNextPage endCursor } } }';
    const first = await asFleet(simsInUse);
    expect(first.data!.simsInUse).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    const second = await asFleet(simsInUse, { after: first.data!.simsInUse.pageInfo.endCursor });
    expect(second.data!.simsInUse.pageInfo.hasNextPage).toBe(false);
    expect([first, second].map((page) => page.data!.simsInUse.edges[0].node.iccid).sort()).toEqual([...mine].sort());

    const allOrders = await asOps('{ orders(first: 100) { totalCount edges { node { id sim { iccid } } } } }');
    const expected = allOrders
      .data!.orders.edges.filter((edge: any) => mine.includes(edge.node.sim?.iccid))
      .map((edge: any) => edge.node.id);
    expect(allOrders.data!.orders.totalCount).toBeGreaterThan(expected.length);
    const orders = await asFleet('{ orders(first: 100) { totalCount edges { node { id sim { iccid } } } } }');
    expect(orders.errors).toBeUndefined();
    expect(orders.data!.orders.totalCount).toBe(expected.length);
    expect(orders.data!.orders.edges.map((edge: any) => edge.node.id)).toEqual(expected);
    const paged = await asFleet('{ orders(first: 1) { totalCount pageInfo { endCursor } } }');
    const next = await asFleet(
      'query($after: String) { orders(first: 100, after: $after) { edges { node { id } } } }',
      { after: paged.data!.orders.pageInfo.endCursor },
    );
    expect(next.data!.orders.edges.map((edge: any) => edge.node.id)).toEqual(expected.slice(1));

    const byForeign = await asFleet('query($iccid: ID!) { orders(filter: { iccid: $iccid }) { totalCount } }', {
      iccid: foreign,
    });
    expect(codesByPath(byForeign.errors)).toEqual({ orders: 'NOT_FOUND' });

    const month = new Date().toISOString().slice(0, 7);
    const usage = await asFleet(
      'query($month: Month!) { monthlyUsage(month: $month, first: 100) { totalCount edges { node { sim { iccid } } } } }',
      { month },
    );
    expect(usage.errors).toBeUndefined();
    expect(usage.data!.monthlyUsage.edges.every((edge: any) => mine.includes(edge.node.sim.iccid))).toBe(true);
    expect(usage.data!.monthlyUsage.totalCount).toBe(usage.data!.monthlyUsage.edges.length);
  });

  it("cannot read a foreign SIM's order, through order(id) or a nested path", async () => {
    const theirs = await asFleet('query($id: ID!) { order(id: $id) { id } }', { id: foreignOrder });
    expect(theirs.data).toEqual({ order: null });
    expect(codesByPath(theirs.errors)).toEqual({ order: 'NOT_FOUND' });
    expect(theirs.errors![0].message).toBe(`no order with id ${foreignOrder}`);
    const history = await asFleet(
      'query($iccid: ID!) { sim(iccid: $iccid) { orders(first: 50) { edges { node { sim { iccid } } } } } }',
      { iccid: mine[0] },
    );
    expect(history.data!.sim.orders.edges.every((edge: any) => edge.node.sim.iccid === mine[0])).toBe(true);
    const card = await asFleet('query($iccid: ID!) { mallCard(iccid: $iccid) { iccid } }', {
      iccid: '89852024000000000101',
    });
    expect(codesByPath(card.errors)).toEqual({ mallCard: 'NOT_FOUND' });
    expect(Object.keys(t.sandbox.calls()).filter((endpoint) => endpoint.startsWith('mall.'))).toEqual([]);
    const plans = await asFleet('{ plans { code } }');
    expect(plans.data!.plans.length).toBeGreaterThan(0);
  });

  it('has every mutation on a foreign SIM or its order refused as not found, before any upstream write', async () => {
    const payment = { state: 'PAID', amount: { amount: '1.00', currency: 'USD' }, method: 'ALIPAY' };
    const attempts: [string, Record<string, unknown>][] = [
      [
        'mutation($iccid: ID!, $plan: ID!) { orderPlan(input: { iccid: $iccid, planCode: $plan }) { orderId } }',
        { iccid: foreign, plan: monthlyPlan },
      ],
      [
        'mutation($iccids: [ID!]!, $plan: ID!) { bulkOrderPlan(input: { iccids: $iccids, planCode: $plan }) { placements { orderId } } }',
        { iccids: [mine[0], foreign], plan: monthlyPlan },
      ],
      [
        'mutation($iccid: ID!, $plan: ID!, $payment: PaymentInput!) { orderOtaPlan(input: { iccid: $iccid, planCode: $plan, days: 1, payment: $payment }) { orderId } }',
        { iccid: foreign, plan: monthlyPlan, payment },
      ],
      ...['renewOrder', 'enableOrder', 'cancelOrder', 'endOrderEarly', 'suspendOrder', 'resumeOrder'].map(
        (name) =>
          [`mutation($id: ID!) { ${name}(input: { orderId: $id }) { orderId } }`, { id: foreignOrder }] as [
            string,
            Record<string, unknown>,
          ],
      ),
      [
        'mutation($iccid: ID!) { sendSms(input: { iccid: $iccid, text: "hello" }) { message { id } } }',
        { iccid: foreign },
      ],
      [
        'mutation($iccids: [ID!]!) { addMallBundleGroupSims(input: { groupId: "G1001", iccids: $iccids }) { operationId } }',
        { iccids: [foreign] },
      ],
      [
        'mutation($iccid: ID!) { createMallSubscription(input: { iccid: $iccid, paymentId: "P1" }) { autoRenewal { id } } }',
        { iccid: foreign },
      ],
    ];
    for (const [query, variables] of attempts) {
      const { errors } = await asFleet(query, variables);
      expect(
        errors?.map((error) => error.extensions?.code),
        query,
      ).toEqual(['NOT_FOUND']);
    }
    expect(writesUpstream()).toEqual([]);
    // The same client may write on its own SIM: the refusals above were about the SIM, not the scope.
    const sent = await asFleet(
      'mutation($iccid: ID!) { sendSms(input: { iccid: $iccid, text: "hello" }) { message { id } } }',
      { iccid: mine[0] },
    );
    expect(sent.errors).toBeUndefined();
    expect(t.sandbox.calls('csss.sendSms')).toBe(1);
  });

  it('keeps idempotency keys per client: the same key from another client is another write', async () => {
    const send = (as: typeof asFleet) =>
      as(
        'mutation($iccid: ID!) { sendSms(input: { iccid: $iccid, text: "once" }, idempotencyKey: "shared-key-1") { message { id } } }',
        { iccid: mine[1] },
      );
    const [a, again, b] = [await send(asFleet), await send(asFleet), await send(asOps)];
    expect(again.data!.sendSms.message.id).toBe(a.data!.sendSms.message.id);
    expect(b.data!.sendSms.message.id).not.toBe(a.data!.sendSms.message.id);
    expect(t.sandbox.calls('csss.sendSms')).toBe(2);
  });

  it('receives, live and replayed, only events of its SIMs; a usage alert naming several is cut down', async () => {
    const { client } = connectAs(t, bearer(fleet.key));
    const feed = watchFeed(t.gateway);
    const document = parse(
      'subscription { notifications(after: "0-0", types: [USAGE_ALERT, SMS_RECEIVED]) { id kind iccids ... on UsageAlertNotification { alerts { iccid } } ... on SmsReceivedNotification { text } } }',
    ) as never;
    const live = subscribe<any, any>(client, document, {});
    await feed.opened(1);
    const alert = {
      devices: [foreign, mine[0]].map((iccid) => ({
        deviceId: iccid,
        expireTime: '2024-01-31 23:59:59',
        warningCode: '2',
      })),
    };
    expect((await webhook(t, 'usage-alert', alert)).status).toBe(200);
    expect((await say(t, foreign, 'to-foreign')).status).toBe(200);
    expect((await say(t, mine[1], 'to-mine')).status).toBe(200);
    const upTo = async (subscription: typeof live) => {
      await vi.waitFor(() =>
        expect(subscription.results.some((result) => result.data?.notifications.text === 'to-mine')).toBe(true),
      );
      return subscription.results.map((result) => result.data!.notifications);
    };
    for (const received of [await upTo(live), await upTo(subscribe<any, any>(client, document, {}))]) {
      expect(received.every((event: any) => event.iccids.every((iccid: string) => mine.includes(iccid)))).toBe(true);
      expect(received.filter((event: any) => event.kind === 'USAGE_ALERT').at(-1)).toMatchObject({
        iccids: [mine[0]],
        alerts: [{ iccid: mine[0] }],
      });
      expect(received.some((event: any) => event.text === 'to-foreign')).toBe(false);
    }
    const asked = subscribe<any, any>(
      client,
      parse('subscription($iccids: [ID!]) { smsReceived(iccids: $iccids, after: "0-0") { iccids } }') as never,
      { iccids: [foreign] },
    );
    await feed.opened(3);
    // Another alert (the same one again would be a replay, acknowledged and dropped).
    const later = { devices: alert.devices.map((device) => ({ ...device, expireTime: '2024-02-29 23:59:59' })) };
    expect((await webhook(t, 'usage-alert', later)).status).toBe(200);
    await vi.waitFor(() =>
      expect(live.results.filter((result) => result.data?.notifications.kind === 'USAGE_ALERT')).toHaveLength(2),
    );
    expect(asked.results).toEqual([]);
    await client.dispose();
  });
});
