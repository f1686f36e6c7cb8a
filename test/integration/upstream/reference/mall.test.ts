import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { createMallSandbox } from '../../../../src/sandbox/mall/family.js';
import { documentedMall } from '../../../../src/sandbox/spec/mall.js';
import { checkDocumented } from '../../../../src/sandbox/spec/wire.js';
import { MallClient } from '../../../../src/upstream/mall/client.js';
import { mallEndpoints } from '../../../../src/upstream/mall/endpoints.js';
import { DurationUnit, MallOrderStatus } from '../../../../src/upstream/mall/enums.js';
import { signMall } from '../../../../src/upstream/mall/sign.js';
import { hostFamily, type FamilyHost } from '../../../support/family-host.js';
import * as example from './mall-examples.js';

/**
 * The Mall client against the reference's own examples. A stand-in server records what the client sends and
 * answers with the documented response example, so each test checks the client's encoding against the documented
 * request (and against the sandbox's statement of it) and decodes the documented answer.
 */
interface Exchange {
  body: Record<string, unknown>;
  path: string;
}

let stage: Server;
let stageUrl: string;
let answer: unknown = null;
const seen: Exchange[] = [];

beforeAll(async () => {
  stage = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => stage.listen(0, '127.0.0.1', resolve));
  stageUrl = `http://127.0.0.1:${(stage.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => stage.close(() => resolve()));
});

/** Sends one call through a client in the default sign mode; returns what it decoded and what went on the wire. */
async function exchange<T>(
  respondWith: unknown,
  call: (client: MallClient) => Promise<T>,
): Promise<{ decoded: T; sent: Exchange }> {
  answer = respondWith;
  seen.length = 0;
  const client = new MallClient({
    vshopUrl: `${stageUrl}/vshop`,
    paymentUrl: `${stageUrl}/payment`,
    topupUrl: `${stageUrl}/topup`,
    partnerCode: 'P000270',
    secret: 'a-secret-the-documented-sign-does-not-use',
    signMode: 'documented',
    timeoutMs: 2_000,
    retries: 0,
  });
  try {
    const decoded = await call(client);
    return { decoded, sent: seen[0] };
  } finally {
    await client.close();
  }
}

const keys = (body: Record<string, unknown>) => Object.keys(body).sort();
const wrapped = (data: unknown) => ({ operateCode: 'S', message: 'success', data });

describe('Mall sign (§9.1), from the reference examples', () => {
  it('the documented mode, the default, reproduces the §9.5 and §9.6 signs: plain MD5 of the sorted content', () => {
    expect(signMall(example.verifyCardRequest, 'any secret', 'documented')).toBe(example.verifyCardRequest.sign);
    expect(signMall(example.listPlansRequest, 'any secret', 'documented')).toBe(example.listPlansRequest.sign);
    for (const mode of ['append', 'prefix', 'hmac'] as const)
      expect(signMall(example.verifyCardRequest, 'any secret', mode)).not.toBe(example.verifyCardRequest.sign);
  });
});

describe('Mall requests and answers, against the reference examples', () => {
  it('every documented row is stated by the sandbox, on the same service and path', () => {
    const documentedRows = Object.entries(mallEndpoints).filter(([, row]) => row.provenance === 'documented');
    expect(Object.keys(documentedMall).sort()).toEqual(documentedRows.map(([name]) => name).sort());
    for (const [name, row] of documentedRows)
      expect(`${row.base}${row.path}`).toBe(
        `${documentedMall[name as keyof typeof documentedMall].base}${documentedMall[name as keyof typeof documentedMall].path}`,
      );
  });

  it('§9.5 card login: the same fields as the example, signed the documented way, accepted by the sandbox statement', async () => {
    const { sent } = await exchange(
      wrapped({ partnerCode: 'P000270', deviceCode: example.verifyCardRequest.deviceCode }),
      (client) =>
        client.call('verifyCard', {
          iccid: example.verifyCardRequest.deviceCode,
          loginUrl: example.verifyCardRequest.url,
        }),
    );
    expect(sent.path).toBe('/vshop/singleVerify');
    expect(keys(sent.body)).toEqual(keys(example.verifyCardRequest));
    expect(sent.body).toMatchObject({
      deviceCode: example.verifyCardRequest.deviceCode,
      url: example.verifyCardRequest.url,
      tradeType: 'singleVerify',
      version: '3.0',
    });
    expect(sent.body.sign).toBe(signMall(sent.body, '', 'documented'));
    expect(checkDocumented(documentedMall.verifyCard, sent.body)).toBeNull();
    expect(checkDocumented(documentedMall.verifyCard, example.verifyCardRequest)).toBeNull();
  });

  it('§9.6 plans: the same fields as the example', async () => {
    const { sent } = await exchange(wrapped({ servicePlanList: [] }), (client) =>
      client.call('listPlans', { iccid: example.listPlansRequest.deviceCode, area: example.listPlansRequest.area }),
    );
    expect(sent.path).toBe('/vshop/singleServicePlanPage');
    expect(keys(sent.body)).toEqual(keys(example.listPlansRequest));
    expect(checkDocumented(documentedMall.listPlans, sent.body)).toBeNull();
    expect(checkDocumented(documentedMall.listPlans, example.listPlansRequest)).toBeNull();
  });

  it('§9.7 create order: the same fields as the example; the bare documented answer decodes', async () => {
    const r = example.createOrderRequest;
    const { sent, decoded } = await exchange(example.createOrderResponse, (client) =>
      client.call('createOrder', {
        iccid: r.deviceCode,
        orderNumber: r.orderNo,
        planCode: r.packageCode,
        periods: 1,
        amount: r.payAmount,
        currency: r.payCurrency,
        paymentId: r.payId,
        autoRenew: false,
        servicePlanCode: r.servicePlanCode,
        planName: r.servicePlanShowName,
        requestId: r.requestOrderId,
      }),
    );
    expect(keys(sent.body)).toEqual(keys(r));
    const {
      languageCode: _l,
      terminal: _t,
      tradeTime: _time,
      tradeType: _type,
      sign: _s,
      partnerCode: _p,
      ...specific
    } = sent.body;
    const {
      languageCode: _el,
      terminal: _et,
      tradeTime: _etime,
      tradeType: _etype,
      sign: _es,
      partnerCode: _ep,
      ...documentedSpecific
    } = r;
    expect(specific).toEqual(documentedSpecific);
    expect(checkDocumented(documentedMall.createOrder, sent.body)).toBeNull();
    expect(decoded).toEqual({
      iccid: '89860012018111220455',
      orderNumber: '2020061214140465562',
      paymentId: 'P0008182020061214140465562',
    });
  });

  it('§9.10 orders: the same fields as the example; the documented answer decodes', async () => {
    const { sent, decoded } = await exchange(example.listOrdersResponse, (client) =>
      client.call('listOrders', { iccid: example.listOrdersRequest.deviceCode }),
    );
    expect(keys(sent.body)).toEqual(keys(example.listOrdersRequest));
    expect(checkDocumented(documentedMall.listOrders, sent.body)).toBeNull();
    expect(checkDocumented(documentedMall.listOrders, example.listOrdersRequest)).toBeNull();
    expect(decoded).toEqual({
      iccid: '89852121501108205774',
      orders: [
        {
          status: MallOrderStatus.IN_USE,
          planName: 'Singapore 2G 30-Days Unlimited Speech',
          duration: { count: 1, unit: DurationUnit.MONTH },
          expiresOn: '2024-07-31',
          remainingDays: 0,
        },
        {
          status: MallOrderStatus.NOT_ENABLED,
          planName: 'Singapore 2G 30-Days Unlimited Speech',
          duration: { count: 1, unit: DurationUnit.MONTH },
          expiresOn: null,
          remainingDays: 30,
        },
        {
          status: MallOrderStatus.NOT_ENABLED,
          planName: 'Singapore 2G 30-Days Unlimited Speech',
          duration: { count: 2, unit: DurationUnit.MONTH },
          expiresOn: null,
          remainingDays: 60,
        },
      ],
    });
  });

  it('§9.12 third-party order: every field the (cut off) example shows', async () => {
    const r = example.createPaidOrderRequest;
    const { sent } = await exchange(
      wrapped({ deviceCode: r.deviceCode, orderNo: r.orderNo, partnerCode: 'P000270', payId: r.payId }),
      (client) =>
        client.call('createPaidOrder', {
          iccid: r.deviceCode,
          orderNumber: r.orderNo,
          planCode: r.packageCode,
          periods: 1,
          amount: r.payAmount,
          currency: r.payCurrency,
          paymentId: r.payId,
          autoRenew: false,
          paidAt: new Date('2022-06-07T07:10:35.000Z'),
        }),
    );
    const shown = Object.keys(r).filter((key) => r[key as keyof typeof r] !== '');
    expect(keys(sent.body)).toEqual(expect.arrayContaining(shown));
    expect(sent.body).toMatchObject({
      payAccount: r.payAccount,
      payResultDate: r.payResultDate,
      payRst: r.payRst,
      payStatus: r.payStatus,
      payType: r.payType,
    });
    expect(checkDocumented(documentedMall.createPaidOrder, sent.body)).toBeNull();
  });
});

describe('the Mall sandbox takes the documented examples as they are', () => {
  let host: FamilyHost;

  beforeAll(async () => {
    host = await hostFamily(createMallSandbox({ partnerCode: 'P000270', secret: 'unused', signMode: 'documented' }));
  });

  afterAll(async () => {
    await host.close();
  });

  it.each([
    ['/vshop/singleVerify', example.verifyCardRequest],
    ['/vshop/singleServicePlanPage', example.listPlansRequest],
  ])('%s: verbatim, sign included', async (path, body) => {
    const response = await request(`${host.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(await response.body.json()).toMatchObject({ operateCode: 'S' });
  });

  it('refuses the §9.5 example with one character of its sign changed', async () => {
    const body = { ...example.verifyCardRequest, sign: example.verifyCardRequest.sign.replace(/^e/, 'f') };
    const response = await request(`${host.url}/vshop/singleVerify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(await response.body.json()).toMatchObject({ operateCode: 'E0001' });
  });
});
