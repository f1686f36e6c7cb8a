import { describe, expect, it } from 'vitest';
import { documentedFms } from '../../../../src/sandbox/spec/fms.js';
import { checkDocumented } from '../../../../src/sandbox/spec/wire.js';
import { fmsEndpoints } from '../../../../src/upstream/fms/endpoints.js';
import { unwrapFms } from '../../../../src/upstream/fms/envelope.js';
import { AccountKind, AppKind, PackageScope, PaymentOutcome } from '../../../../src/upstream/fms/enums.js';
import * as example from './fms-examples.js';

/**
 * The FMS client against the reference's own examples: its encoding of each documented request is the example's
 * body (the `partnerCode` the client adds aside), the sandbox's statement accepts the examples, and the
 * documented answers decode.
 */
const withoutPartner = ({ partnerCode: _partner, ...rest }: Record<string, unknown>) => rest;

describe('FMS requests, against the reference examples', () => {
  it('every documented row is stated by the sandbox, at the same path', () => {
    const documentedRows = Object.entries(fmsEndpoints).filter(([, row]) => row.provenance === 'documented');
    expect(Object.keys(documentedFms).sort()).toEqual(documentedRows.map(([name]) => name).sort());
    for (const [name, row] of documentedRows)
      expect(row.path).toBe(documentedFms[name as keyof typeof documentedFms].path);
  });

  it('§8.2 pre-order', () => {
    const input = {
      packageId: '1000000',
      packageCode: 'LP20220325000000',
      currency: 'USD',
      currencyId: 2,
      amount: '5',
      periods: 1,
      quantity: 1,
    };
    expect(fmsEndpoints.preOrder.encode(input)).toEqual(withoutPartner(example.preOrderRequest));
    expect(checkDocumented(documentedFms.preOrder, example.preOrderRequest)).toBeNull();
    expect(fmsEndpoints.preOrder.decode(unwrapFms('fms.preOrder', example.preOrderResponse))).toMatchObject({
      orderId: '1055200093',
      orderNumber: 'ESIM_L202212050000000',
      quantity: 1,
      orderedAt: new Date('2022-12-05T03:14:50.958Z'),
    });
  });

  it('§8.4 payment webhook, and its documented answer', () => {
    const input = {
      orderId: 'string',
      outcome: PaymentOutcome.SUCCEEDED,
      amount: '100',
      currency: 'USD',
      paidAt: new Date(1_670_228_581_000),
    };
    expect(fmsEndpoints.reportPayment.encode(input)).toEqual(withoutPartner(example.reportPaymentRequest));
    expect(checkDocumented(documentedFms.reportPayment, example.reportPaymentRequest)).toBeNull();
    const decode: (data: unknown) => unknown = fmsEndpoints.reportPayment.decode;
    expect(unwrapFms('fms.reportPayment', example.reportPaymentResponse)).toBeNull();
    expect(decode(null)).toBe(true);
  });

  it('§8.5 registration: the password goes as its MD5; the unused `verifyCode` is left out', () => {
    const encoded = fmsEndpoints.register.encode({
      email: 'buyer@example.com',
      password: '123456',
      app: AppKind.APP,
      accountKind: AccountKind.CUSTOMER,
    });
    const { verifyCode: _unused, ...documented } = withoutPartner(example.registerRequest);
    expect(encoded).toEqual(documented);
    expect(checkDocumented(documentedFms.register, example.registerRequest)).toBeNull();
  });

  it('§8.7 packages by country: the deprecated paging is not sent', () => {
    const encoded = fmsEndpoints.listCountryPackages.encode({ mcc: '460', scope: PackageScope.ONLY_COUNTRY });
    expect(encoded).toEqual({ countryCode: 460, type: 2 });
    expect(checkDocumented(documentedFms.listCountryPackages, example.countryPackageListRequest)).toBeNull();
    expect(checkDocumented(documentedFms.listCountryPackages, { ...encoded, partnerCode: 'P001101' })).toBeNull();
  });

  it('§8.7 package detail', () => {
    expect(fmsEndpoints.getPackage.encode({ packageId: '1000000' })).toEqual(example.packageDetailRequest);
    expect(checkDocumented(documentedFms.getPackage, example.packageDetailRequest)).toBeNull();
  });
});
