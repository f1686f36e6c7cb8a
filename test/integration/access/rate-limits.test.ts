import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, bearer, callsOf, connectAs } from '../../support/access.js';
import { apiKey, clientsFile, type ClientsFileFixture } from '../../support/clients-file.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { subscribe } from '../../support/subscriber.js';
import { FleetNotificationsDocument } from '../../../examples/generated/operations.js';
import { TOO_MANY_CONNECTIONS } from '../../../src/server/subscriptions.js';

const ALL_SCOPES = ['sims:read', 'orders:read', 'orders:write', 'sms:send', 'notifications:read'];
const tight = apiKey();
const writer = apiKey();
const roomy = apiKey();

let file: ClientsFileFixture;
let t: TestGateway;
beforeAll(async () => {
  file = clientsFile({
    clients: [
      { id: 'tight', keys: [tight.digest], scopes: ALL_SCOPES, rateLimit: { requestsPerMinute: 3 } },
      {
        id: 'writer',
        keys: [writer.digest],
        scopes: ALL_SCOPES,
        rateLimit: { requestsPerMinute: 100, writesPerMinute: 1 },
      },
      { id: 'roomy', keys: [roomy.digest], scopes: ALL_SCOPES },
    ],
  });
  t = await startTestGateway({
    SANDBOX_SIMS: '5',
    GATEWAY_CLIENTS_FILE: file.path,
    RATE_LIMIT_CONNECTIONS_PER_CLIENT: '2',
  });
});
afterAll(async () => {
  await t.close();
  file.remove();
});

describe('requests per minute over HTTP', () => {
  it("answers 429 with Retry-After and RATE_LIMITED past the client's limit, and leaves other clients alone", async () => {
    for (let index = 0; index < 3; index += 1)
      expect((await ask(t, '{ plans { code } }', {}, bearer(tight.key))).status).toBe(200);
    const before = callsOf(t);
    const response = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bearer(tight.key) },
      body: JSON.stringify({ query: '{ plans { code } }' }),
    });
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    const body = (await response.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfter });
    expect(callsOf(t)).toBe(before);
    expect((await ask(t, '{ plans { code } }', {}, bearer(roomy.key))).status).toBe(200);
  });
});

describe('writes per minute', () => {
  it('refuses the mutation past the limit with 429 before anything is sent', async () => {
    const iccid = t.sandbox.csss.state.sims[0].iccid;
    const send = () =>
      ask(
        t,
        'mutation($iccid: ID!) { sendSms(input: { iccid: $iccid, text: "hello" }) { message { id } } }',
        { iccid },
        bearer(writer.key),
      );
    expect((await send()).errors).toBeUndefined();
    const sent = t.sandbox.calls('csss.sendSms');
    const refused = await fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: bearer(writer.key) },
      body: JSON.stringify({
        query: 'mutation($iccid: ID!) { sendSms(input: { iccid: $iccid, text: "hello" }) { message { id } } }',
        variables: { iccid },
      }),
    });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(((await refused.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({
      code: 'RATE_LIMITED',
      retryAfter,
    });
    expect(t.sandbox.calls('csss.sendSms')).toBe(sent);
    // Reads still go: the write limit counts mutations only.
    expect((await ask(t, '{ plans { code } }', {}, bearer(writer.key))).status).toBe(200);
  });
});

describe('over graphql-ws', () => {
  it('counts subscribe messages against requests per minute: the one past the limit gets RATE_LIMITED', async () => {
    const limited = apiKey();
    file.write({
      clients: [
        { id: 'tight', keys: [tight.digest], scopes: ALL_SCOPES, rateLimit: { requestsPerMinute: 3 } },
        {
          id: 'writer',
          keys: [writer.digest],
          scopes: ALL_SCOPES,
          rateLimit: { requestsPerMinute: 100, writesPerMinute: 1 },
        },
        { id: 'roomy', keys: [roomy.digest], scopes: ALL_SCOPES },
        { id: 'ws', keys: [limited.digest], scopes: ALL_SCOPES, rateLimit: { requestsPerMinute: 2 } },
      ],
    });
    t.gateway.services.access.reloadIfChanged(true);
    const { client } = connectAs(t, bearer(limited.key));
    const open = [subscribe(client, FleetNotificationsDocument, {}), subscribe(client, FleetNotificationsDocument, {})];
    const third = subscribe(client, FleetNotificationsDocument, {});
    const errors = await third.ended;
    expect(errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(errors?.[0].extensions?.retryAfter).toBeGreaterThanOrEqual(1);
    // The two within the limit stay open and receive.
    t.sandbox.sendUsageAlert([t.sandbox.csss.state.sims[0].iccid], '1');
    await Promise.all(open.map((subscription) => subscription.received(1)));
    open.forEach((subscription) => subscription.unsubscribe());
    await client.dispose();
  });

  it(`closes a connection past the open connections per client with ${TOO_MANY_CONNECTIONS}, and frees the slot on close`, async () => {
    const first = connectAs(t, bearer(roomy.key));
    const second = connectAs(t, bearer(roomy.key));
    await Promise.all([waitConnected(first.client), waitConnected(second.client)]);
    const third = connectAs(t, bearer(roomy.key));
    expect(await third.closed).toBe(TOO_MANY_CONNECTIONS);
    // Another client is not affected, and a closed connection frees its slot.
    const other = connectAs(t, bearer(writer.key));
    await waitConnected(other.client);
    await first.client.dispose();
    await first.closed;
    const again = connectAs(t, bearer(roomy.key));
    await waitConnected(again.client);
    await Promise.all([second.client.dispose(), other.client.dispose(), again.client.dispose()]);
  });
});

function waitConnected(client: import('graphql-ws').Client): Promise<void> {
  return new Promise((resolve, reject) => {
    const offConnected = client.on('connected', () => {
      offConnected();
      resolve();
    });
    client.on('closed', (event) => reject(new Error(`closed with ${(event as { code: number }).code}`)));
  });
}
