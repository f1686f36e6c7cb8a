import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedCsss } from '../../../../src/sandbox/spec/csss.js';
import { checkDocumented } from '../../../../src/sandbox/spec/wire.js';
import type { Sandbox } from '../../../../src/sandbox/server.js';
import type { CsssClient } from '../../../../src/upstream/csss/client.js';
import { csssEndpoints, type CsssEndpointName } from '../../../../src/upstream/csss/endpoints.js';
import {
  BalanceResource,
  OrderKind,
  OrderStatus,
  PaymentMethod,
  PaymentState,
  PlanType,
} from '../../../../src/upstream/csss/enums.js';
import type { PlanPurchase } from '../../../../src/upstream/csss/model.js';
import { FLOW_UNIT_BYTES } from '../../../../src/upstream/csss/units.js';
import { UpstreamError } from '../../../../src/upstream/errors.js';
import { csssClientFor, startTestSandbox } from '../../../support/sandbox.js';
import * as example from './csss-examples.js';

/**
 * The client against the reference's own CSSS examples: its encoding of each documented request must be the
 * example's body (global fields aside), the sandbox must accept that encoding by its own statement of the
 * reference, and each documented answer must decode.
 */
const GLOBALS = ['access_code', 'timestamp', 'version', 'sign'];

function withoutGlobals(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => !GLOBALS.includes(key)));
}

const chinaMonthly: PlanPurchase = {
  planCode: 'DP20190726001274',
  planName: 'C_M_0_P_中国20M不限速月套餐',
  planType: PlanType.MONTHLY,
  periods: 1,
  enableNow: false,
  paymentState: PaymentState.UNPAID,
  paymentMethod: PaymentMethod.ALIPAY,
  amount: '0',
  hostNumber: false,
};

/** Each documented request example, the domain input that means the same, and what the sandbox then answers. */
const requests = [
  { name: 'getSim', input: { iccid: '89852022018041800192' }, request: example.getSimRequest, answer: '2001' },
  { name: 'listSimsInUse', input: {}, request: example.listSimsInUseRequest, answer: 'ok' },
  { name: 'getUsage', input: { iccid: '89852022018041800192' }, request: example.getUsageRequest, answer: '2001' },
  {
    name: 'orderPlan',
    input: { ...chinaMonthly, iccid: '89852022018041800192' },
    request: example.orderPlanRequest,
    answer: '2001',
  },
  {
    name: 'bulkOrderPlan',
    input: {
      ...chinaMonthly,
      paymentState: PaymentState.PAID,
      paymentMethod: PaymentMethod.WECHAT_PAY,
      iccids: ['89852022018041800192', '89852022018041800193'],
    },
    request: example.bulkOrderPlanRequest,
    answer: '3002',
  },
  {
    name: 'renewOrder',
    input: { orderId: '202107061625560742397', periods: 1 },
    request: example.renewOrderRequest,
    answer: '2002',
  },
  { name: 'listOrders', input: { page: 1, pageSize: 2 }, request: example.listOrdersRequest, answer: 'ok' },
  {
    name: 'orderOtaPlan',
    input: {
      ...chinaMonthly,
      planCode: 'DP20201218003915',
      planName: 'T_T_T_0_P_S_中国100G/365天套餐',
      planType: PlanType.DAILY,
      iccid: '89852202101130001670',
      days: 364,
      timingType: '1',
    },
    request: example.orderOtaPlanRequest,
    answer: '2001',
  },
  {
    name: 'getMnoBalance',
    input: { iccid: '89314404000894480434' },
    request: example.getMnoBalanceRequest,
    answer: '2001',
  },
] as const satisfies readonly {
  name: keyof typeof documentedCsss;
  input: unknown;
  request: Record<string, unknown>;
  answer: string;
}[];

let sandbox: Sandbox;
let client: CsssClient;

beforeAll(async () => {
  sandbox = await startTestSandbox({ sims: 5 });
  client = csssClientFor(sandbox, { endpoints: csssEndpoints, retries: 0 });
});

afterAll(async () => {
  await client.close();
  await sandbox.close();
});

describe('CSSS requests, against the reference examples', () => {
  it('covers every documented row of the client table, and the sandbox states each one', () => {
    const documentedRows = Object.entries(csssEndpoints)
      .filter(([, row]) => row.provenance === 'documented')
      .map(([name]) => name);
    expect(Object.keys(documentedCsss).sort()).toEqual(documentedRows.sort());
    expect(requests.map(({ name }) => name).sort()).toEqual(documentedRows.sort());
  });

  it.each(requests)('$name: the client encodes the example body field for field', ({ name, input, request }) => {
    const row = csssEndpoints[name as CsssEndpointName];
    expect(row.path).toBe(documentedCsss[name].path);
    expect(row.encode(input as never)).toEqual(withoutGlobals(request));
  });

  it.each(requests)('$name: the sandbox accepts the example body itself', ({ name, request }) => {
    // §6.2's example leaves `timestamp` empty although its table requires it.
    const body = request.timestamp === '' ? { ...request, timestamp: '1643251754' } : request;
    expect(checkDocumented(documentedCsss[name], body)).toBeNull();
  });

  it.each(requests)(
    "$name: the sandbox takes the client's encoding past its field check",
    async ({ name, input, answer }) => {
      const outcome = await client.call(name, input as never).then(
        () => 'ok',
        (error: unknown) => (error instanceof UpstreamError ? error.upstreamCode : String(error)),
      );
      expect(outcome).toBe(answer);
    },
  );
});

describe('CSSS answers, from the reference examples', () => {
  it('§3.1 usage', () => {
    expect(csssEndpoints.getUsage.decode(example.getUsageResponse.data)).toEqual({
      iccid: '89852022018041800192',
      orderId: '202107061625560742397',
      usedBytes: 0,
      remainingHighSpeedBytes: 0,
    });
  });

  it('§3.4 monthly usage: the sample names no month, so the month asked for is used', () => {
    const asked = { month: '2018-08', page: 1, pageSize: 3 };
    expect(withoutGlobals(example.monthlyUsageRequest)).toEqual(csssEndpoints.listMonthlyUsage.encode(asked));
    expect(csssEndpoints.listMonthlyUsage.decode(example.monthlyUsageResponse.data, asked)).toEqual({
      items: [
        { iccid: '88888888888888', month: '2018-08', usedBytes: 30 * FLOW_UNIT_BYTES },
        { iccid: '88888888888889', month: '2018-08', usedBytes: Math.round(54.3 * FLOW_UNIT_BYTES) },
      ],
      page: 1,
      pageSize: 3,
      totalCount: 2,
      totalPages: 1,
    });
  });

  it('§4.2 order: dates are null while the order is not enabled', () => {
    expect(csssEndpoints.orderPlan.decode(example.orderPlanResponse.data)).toEqual({
      orderId: 'ORDER_47452122261749760',
      startsAt: null,
      expiresAt: null,
    });
  });

  it('§4.3 bulk order: one placed order per SIM', () => {
    expect(csssEndpoints.bulkOrderPlan.decode(example.bulkOrderPlanResponse.data)).toEqual([
      {
        iccid: '89852022018041800192',
        value: { orderId: 'ORDER_47454030993031168', iccid: '89852022018041800192', startsAt: null, expiresAt: null },
      },
      {
        iccid: '89852022018041800193',
        value: { orderId: 'ORDER_47453927590854656', iccid: '89852022018041800193', startsAt: null, expiresAt: null },
      },
    ]);
  });

  it('§4.4 renewal: the new expiry, China Standard Time', () => {
    expect(csssEndpoints.renewOrder.decode(example.renewOrderResponse.data)).toEqual({
      orderId: '202107061625560742397',
      startsAt: null,
      expiresAt: new Date('2023-12-31T15:59:59.000Z'),
    });
  });

  it('§4.5 orders: the six documented item fields, the page', () => {
    const page = csssEndpoints.listOrders.decode(example.listOrdersResponse.data);
    expect(page).toMatchObject({ page: 1, pageSize: 2, totalCount: 105, totalPages: 53 });
    expect(page.items).toEqual([
      expect.objectContaining({
        id: 'L201903020000000617',
        kind: OrderKind.RENEWAL,
        status: OrderStatus.IN_USE,
        dataBytes: 30 * FLOW_UNIT_BYTES,
        expiresAt: null,
      }),
    ]);
  });

  it('§6.2 MNO balance, and a remark beside a figure kept', () => {
    expect(csssEndpoints.getMnoBalance.decode(example.getMnoBalanceResponse.data)).toEqual({
      dataBytes: 1_879_048_192,
      smsCount: null,
      voiceSeconds: null,
      unavailable: [],
      remarks: [],
    });
    const withRemark = [{ ...example.getMnoBalanceResponse.data[0], msg: 'partial: roaming usage not included' }];
    expect(csssEndpoints.getMnoBalance.decode(withRemark).remarks).toEqual([
      { resource: BalanceResource.DATA, message: 'partial: roaming usage not included' },
    ]);
  });
});
