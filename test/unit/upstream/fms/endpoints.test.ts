import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkFields, type InputOf } from '../../../../src/upstream/endpoint.js';
import { MalformedUpstreamData } from '../../../../src/upstream/errors.js';
import {
  fmsEndpoints,
  type FmsEndpoint,
  type FmsEndpointName,
  type FmsEndpoints,
} from '../../../../src/upstream/fms/endpoints.js';
import {
  AppKind,
  EsimOrderStatus,
  PackageScope,
  PaymentOutcome,
  PeriodUnit,
} from '../../../../src/upstream/fms/enums.js';
import { parseFmsTime } from '../../../../src/upstream/fms/units.js';

const purchase = {
  packageId: '1000000',
  packageCode: 'LP20220325000000',
  currency: 'USD',
  currencyId: 2,
  amount: '5',
  periods: 1,
};

/** One input per row; the mapped type makes a new row without a sample a compile error. */
const samples: { [K in FmsEndpointName]: InputOf<FmsEndpoints[K]> } = {
  login: { email: 'a@example.com', password: 'pw' },
  register: { email: 'a@example.com', password: 'pw', app: AppKind.APP },
  requestVerificationCode: { email: 'a@example.com' },
  resetPassword: { email: 'a@example.com', password: 'pw', newPassword: 'pw2' },
  listCountries: {},
  listCountryPackages: { mcc: '460', scope: PackageScope.ONLY_COUNTRY },
  listPackages: { isoName: 'China', scope: PackageScope.INCLUDES_COUNTRY },
  listRegions: {},
  listRegionPackages: { regionCode: 'AS' },
  listHotPackages: {},
  getPackage: { packageId: '1000000' },
  preOrder: purchase,
  preOrderV12: purchase,
  reportPayment: {
    orderId: '1055200093',
    outcome: PaymentOutcome.SUCCEEDED,
    amount: '100',
    currency: 'USD',
    paidAt: new Date(1670228581_000),
  },
  getOrderStatus: { orderId: '1055200093' },
  getEsim: { orderId: '1055200093' },
  listTopUpPackages: { orderId: '1055200093' },
  topUp: { ...purchase, orderId: '1055200093' },
};

const rows = Object.entries(fmsEndpoints) as [FmsEndpointName, FmsEndpoint][];

function sent(name: FmsEndpointName): Record<string, unknown> {
  const spec: FmsEndpoint = fmsEndpoints[name];
  const body = spec.encode(samples[name]);
  return 'partnerCode' in spec.fields ? { ...body, partnerCode: 'P001101' } : body;
}

describe('the FMS endpoint table', () => {
  it.each(rows.map(([name]) => name))('%s sends only declared fields, with every required one', (name) => {
    const body = sent(name);
    const declared = Object.keys(fmsEndpoints[name].fields);
    expect(Object.keys(body).filter((key) => body[key] !== undefined && !declared.includes(key))).toEqual([]);
    expect(checkFields(fmsEndpoints[name], body)).toBeNull();
  });

  it('needs the user token exactly for orders, payments, eSIMs and top-ups; v1.1 opened the catalogue', () => {
    const user = rows.filter(([, spec]) => spec.auth === 'user').map(([name]) => name);
    expect(user.sort()).toEqual([
      'getEsim',
      'getOrderStatus',
      'listTopUpPackages',
      'preOrder',
      'preOrderV12',
      'reportPayment',
      'topUp',
    ]);
  });

  it('retries only reads: never sign-in, pre-orders, payments or top-ups', () => {
    const reads = rows.filter(([, spec]) => spec.effect === 'read').map(([name]) => name);
    for (const write of [
      'login',
      'register',
      'requestVerificationCode',
      'resetPassword',
      'preOrder',
      'preOrderV12',
      'reportPayment',
      'topUp',
    ]) {
      expect(reads).not.toContain(write);
    }
  });

  it('hashes the password to MD5 hex and sends the documented appId and userType', () => {
    expect(sent('register')).toEqual({
      email: 'a@example.com',
      passwd: createHash('md5').update('pw').digest('hex'),
      appId: 12,
      userType: 4,
      partnerCode: 'P001101',
    });
    expect(sent('resetPassword').newPasswd).toBe(createHash('md5').update('pw2').digest('hex'));
  });

  it('encodes a pre-order as the documented body (§8.2)', () => {
    expect(sent('preOrder')).toEqual({
      currency: 'USD',
      currencyId: 2,
      deviceType: '10',
      discountFlag: 0,
      id: 1000000,
      money: 5,
      packageCode: 'LP20220325000000',
      packageNum: 1,
      partnerCode: 'P001101',
      periodNum: 1,
    });
  });

  it('encodes a payment result as the documented webhook body (§8.4)', () => {
    expect(sent('reportPayment')).toEqual({
      dateTime: '1670228581',
      orderId: '1055200093',
      partnerCode: 'P001101',
      payAmount: '100',
      payCurrency: 'USD',
      type: 'payment_intent.succeeded',
    });
  });

  it('sends the MCC when given, else the ISO country name', () => {
    expect(sent('listCountryPackages')).toMatchObject({ countryCode: 460, type: 2 });
    expect(fmsEndpoints.listPackages.encode({ mcc: '460', scope: PackageScope.INCLUDES_COUNTRY })).toEqual({
      countryCode: 460,
      type: 1,
    });
    expect(sent('listPackages')).toMatchObject({ isoCountryName: 'China', type: 1 });
  });

  it('decodes the documented pre-order answer (§8.2)', () => {
    const data = {
      amount: 1,
      id: 1055200093,
      orderNo: 'ESIM_L202212050000000',
      packageName: 'C_T_马来西亚泰国500M不限速月套餐(esim)',
      orderTime: '2022-12-05T03:14:50.958+0000',
      periodNum: 1,
      currency: 'USD',
      clientId: 'ASNnc_k89vx4JfTiDnIsNE97X009900990j4BsjIsGuwACOK9S2QK7fMDZNu6rA3i9iwq',
    };
    expect(fmsEndpoints.preOrder.decode(data)).toEqual({
      orderId: '1055200093',
      orderNumber: 'ESIM_L202212050000000',
      packageName: 'C_T_马来西亚泰国500M不限速月套餐(esim)',
      quantity: 1,
      periods: 1,
      currency: 'USD',
      orderedAt: new Date('2022-12-05T03:14:50.958Z'),
      paymentClientId: data.clientId,
    });
  });

  it('decodes a package detail with its documented fields and currencies', () => {
    const detail = fmsEndpoints.getPackage.decode({
      buyType: 1,
      configFlag: 0,
      coverCountrys: [{ countryCode: 502, isoCountryName: 'Malaysia' }],
      currencyIds: [2],
      currencyInfos: [
        {
          currencyAbbr: 'USD',
          currencyId: 2,
          currencyName: 'US Dollar',
          currencySymbol: '$',
          digitsNum: 2,
          price: 8,
          unit: '2',
        },
      ],
      id: 1000002,
      logo: null,
      maxOrderPeriod: 6,
      minOrderPeriod: 1,
      packageCode: 'LP20220325000002',
      packageDesc: 'desc',
      packageFlow: 500,
      packageId: 1000002,
      packageShortDesc: '',
      packageShowName: 'Malaysia 500MB monthly',
      packageType: 1,
      period: 1,
      periodUnit: 2,
      priceType: 1,
      saleCount: 12,
      surplusFlow: 500,
      updateTime: '2024-01-15T08:00:00.000+0000',
    });
    expect(detail).toEqual({
      id: '1000002',
      code: 'LP20220325000002',
      name: 'Malaysia 500MB monthly',
      shortDescription: null,
      logoUrl: null,
      dataBytes: 500 * 1024 * 1024,
      period: 1,
      periodUnit: PeriodUnit.MONTH,
      prices: [{ currency: 'USD', currencyId: 2, currencyName: 'US Dollar', symbol: '$', decimals: 2, amount: '8' }],
      description: 'desc',
      minPeriods: 1,
      maxPeriods: 6,
      coveredCountries: [{ mcc: '502', isoName: 'Malaysia', name: 'Malaysia', regionCode: null }],
      salesCount: 12,
      updatedAt: new Date('2024-01-15T08:00:00.000Z'),
    });
  });

  it('decodes every order status, keeping an unknown one visible', () => {
    const decode = fmsEndpoints.getOrderStatus.decode;
    expect(decode({ orderPayStatus: 1, qrCode: 'LPA:1$x$y' })).toEqual({
      status: EsimOrderStatus.PAID,
      qrCode: 'LPA:1$x$y',
    });
    expect(decode({ orderPayStatus: 0 }).status).toBe(EsimOrderStatus.WAITING_FOR_PAYMENT);
    expect(decode({ orderPayStatus: 2 }).status).toBe(EsimOrderStatus.PAYMENT_FAILED);
    expect(decode({ orderPayStatus: 3 }).status).toBe(EsimOrderStatus.CANCELLED);
    expect(decode({ orderPayStatus: 9 }).status).toBe(EsimOrderStatus.UNKNOWN);
  });

  it('throws MalformedUpstreamData on an answer of the wrong shape', () => {
    expect(() => fmsEndpoints.listCountries.decode({ countries: [] })).toThrow(MalformedUpstreamData);
    expect(() => fmsEndpoints.getPackage.decode({ id: 1 })).toThrow(MalformedUpstreamData);
    expect(() => fmsEndpoints.login.decode({ email: 'a@example.com' })).toThrow(MalformedUpstreamData);
  });

  it('reads FMS times with a +0000 offset and nothing else', () => {
    expect(parseFmsTime('2022-12-05T03:14:50.958+0800')).toEqual(new Date('2022-12-04T19:14:50.958Z'));
    expect(parseFmsTime('soon')).toBeNull();
    expect(parseFmsTime(null)).toBeNull();
  });
});
