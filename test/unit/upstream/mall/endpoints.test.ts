import { describe, expect, it } from 'vitest';
import { checkFields, type InputOf } from '../../../../src/upstream/endpoint.js';
import { MalformedUpstreamData } from '../../../../src/upstream/errors.js';
import {
  mallEndpoints,
  type MallEndpoint,
  type MallEndpointName,
  type MallEndpoints,
} from '../../../../src/upstream/mall/endpoints.js';

const checkout = {
  iccid: '89860220190905123941',
  orderNumber: '2020061214140465562',
  planCode: 'PACKAGE20180428000007',
  periods: 1,
  amount: '4.99',
  currency: 'USD',
};
const purchase = { ...checkout, paymentId: 'P0008182020061214140465562', autoRenew: false };

/** One input per row; the mapped type makes a new row without a sample a compile error. */
const samples: { [K in MallEndpointName]: InputOf<MallEndpoints[K]> } = {
  verifyCard: { iccid: '89852420180910340793', loginUrl: 'https://dist.linksfield.net/login' },
  listPlans: { iccid: '89852420180910340793', area: '欧洲' },
  createOrder: { ...purchase, servicePlanCode: 'string', planName: 'string', requestId: '000000000001' },
  listOrders: { iccid: '89860220190905123941' },
  createPaidOrder: { ...purchase, paidAt: new Date('2022-06-07T07:10:35Z') },
  listAutoRenewals: { iccid: '89860220190905123941' },
  cancelAutoRenewal: { iccid: '89860220190905123941', renewalId: 'AR1' },
  getActiveAutoRenewal: { iccid: '89860220190905123941' },
  authorizePayment: checkout,
  authorizeSubscription: checkout,
  createSubscription: { iccid: '89860220190905123941', paymentId: 'pi_1' },
  getPaymentResult: { paymentId: 'pi_1' },
  confirmPayment: { paymentId: 'pi_1' },
  addGroupSims: { groupId: 'G1', iccids: ['89860220190905123941'] },
  removeGroupSims: { groupId: 'G1', iccids: ['89860220190905123941'] },
  listGroupSims: { groupId: 'G1' },
  listGroups: {},
  getGroupOperation: { operationId: 'OP1' },
  getOrder: { purchaseOrderId: 'NO1' },
};

const rows = Object.entries(mallEndpoints) as [MallEndpointName, MallEndpoint][];

function sent(name: MallEndpointName): Record<string, unknown> {
  const spec: MallEndpoint = mallEndpoints[name];
  return spec.encode(samples[name]);
}

describe('the Mall endpoint table', () => {
  it.each(rows.map(([name]) => name))('%s sends only declared fields, with every required one', (name) => {
    const body = sent(name);
    const declared = Object.keys(mallEndpoints[name].fields);
    expect(Object.keys(body).filter((key) => body[key] !== undefined && !declared.includes(key))).toEqual([]);
    expect(checkFields(mallEndpoints[name], body)).toBeNull();
  });

  it('puts the trade fields on vshop and payment rows only, and keeps GET parameters strings', () => {
    for (const [name, spec] of rows) {
      expect([name, spec.tradeType !== undefined]).toEqual([name, spec.base !== 'topup']);
      if (spec.method === 'GET')
        for (const field of Object.values(spec.fields)) expect([name, field.type]).toEqual([name, 'string']);
    }
  });

  it('encodes create order with the documented request fields (§9.7) and the ICCID as deviceCode', () => {
    const documented = [
      'autoRenewal',
      'deviceCode',
      'orderNo',
      'orderPeriod',
      'packageCode',
      'payAmount',
      'payCurrency',
      'payId',
      'requestOrderId',
      'servicePlanCode',
      'servicePlanShowName',
    ];
    expect(Object.keys(sent('createOrder')).sort()).toEqual(documented);
    expect(sent('createOrder')).toMatchObject({
      deviceCode: checkout.iccid,
      orderPeriod: '1',
      autoRenewal: '0',
      requestOrderId: '000000000001',
    });
  });

  it('encodes a third-party paid order as paid, with its payment time in the documented format', () => {
    expect(sent('createPaidOrder')).toMatchObject({
      payRst: 'SUCCESS',
      payStatus: '1',
      payResultDate: '2022-06-07 15:10:35',
    });
  });

  it('sends one lookup key for an order, the one given (§9.24)', () => {
    expect(mallEndpoints.getOrder.encode({ purchaseOrderId: 'A' })).toEqual({ purchase_order_id: 'A' });
    expect(mallEndpoints.getOrder.encode({ orderId: 'B' })).toEqual({ order_id: 'B' });
    expect(mallEndpoints.getOrder.encode({ iccid: 'C' })).toEqual({ sim_id: 'C' });
  });

  it('decodes the documented bare create-order answer (§9.7)', () => {
    expect(
      mallEndpoints.createOrder.decode({
        deviceCode: '89860012018111220455',
        orderNo: '2020061214140465562',
        partnerCode: 'P000270',
        payId: 'P0008182020061214140465562',
      }),
    ).toEqual({
      iccid: '89860012018111220455',
      orderNumber: '2020061214140465562',
      paymentId: 'P0008182020061214140465562',
    });
  });

  it('answers null for a card with no active auto-renewal', () => {
    expect(mallEndpoints.getActiveAutoRenewal.decode(null)).toBeNull();
  });

  it('throws MalformedUpstreamData on an answer of the wrong shape', () => {
    expect(() => mallEndpoints.listOrders.decode({ deviceCode: '8986' })).toThrow(MalformedUpstreamData);
    expect(() => mallEndpoints.listGroupSims.decode({ group_id: 'G1', sim_ids: 'G2' })).toThrow(MalformedUpstreamData);
    expect(() => mallEndpoints.listPlans.decode([])).toThrow(MalformedUpstreamData);
  });
});
