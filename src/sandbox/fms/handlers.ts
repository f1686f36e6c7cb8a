import { decimal, optionalDecimal, optionalText, text, type Json } from '../../upstream/decode.js';
import type { FmsEndpointName, FmsEndpoints } from '../../upstream/fms/endpoints.js';
import { PackageScope, packageScopeCodes } from '../../upstream/fms/enums.js';
import { checkEmail, type Account, type Accounts } from './accounts.js';
import {
  allCountries,
  allRegions,
  detailWire,
  findCountry,
  findPackage,
  packagesWhere,
  summaryWire,
  type CatalogueCountry,
} from './catalogue.js';
import { FmsFailure } from './failure.js';
import type { Orders, Purchase } from './orders.js';

/** One handler per row of the FMS table; rows that need a signed-in user get the caller's account. */
type Handler<Row> = Row extends { auth: 'user' } ? (body: Json, account: Account) => unknown : (body: Json) => unknown;
export type FmsHandlers = { readonly [K in FmsEndpointName]: Handler<FmsEndpoints[K]> };

export function fmsHandlers(accounts: Accounts, orders: Orders): FmsHandlers {
  return {
    login: (body) => accounts.login(text(body, 'email'), text(body, 'passwd')),
    register: (body) => accounts.register(text(body, 'email'), text(body, 'passwd')),
    requestVerificationCode: (body) => checkEmail(text(body, 'email')),
    resetPassword: (body) => accounts.resetPassword(text(body, 'email'), text(body, 'passwd'), text(body, 'newPasswd')),
    listCountries: () => allCountries(),
    listCountryPackages: (body) => packagesIn(findCountry({ mcc: decimal(body, 'countryCode') }), text(body, 'type')),
    listPackages: (body) => {
      const mcc = optionalDecimal(body, 'countryCode');
      const isoName = optionalText(body, 'isoCountryName');
      if (mcc === null && isoName === null) throw new FmsFailure('2', 'countryCode or isoCountryName is required');
      // countryCode wins when both are given (§8.7).
      return packagesIn(findCountry(mcc === null ? { isoName: isoName! } : { mcc }), text(body, 'type'));
    },
    listRegions: () => allRegions(),
    listRegionPackages: (body) => {
      const region = text(body, 'continentCode');
      return packagesWhere((item) => item.region === region).map(summaryWire);
    },
    listHotPackages: () => packagesWhere((item) => item.hot).map(summaryWire),
    getPackage: (body) => detailWire(findPackage(decimal(body, 'id'))),
    preOrder: (body, account) => orders.preOrder(account, purchaseOf(body)),
    preOrderV12: (body, account) => orders.preOrder(account, purchaseOf(body)),
    reportPayment: (body, account) =>
      orders.reportPayment(account, {
        orderId: text(body, 'orderId'),
        type: text(body, 'type'),
        payAmount: text(body, 'payAmount'),
        payCurrency: text(body, 'payCurrency'),
        dateTime: text(body, 'dateTime'),
      }),
    getOrderStatus: (body, account) => orders.status(account, decimal(body, 'orderId')),
    getEsim: (body, account) => orders.esim(account, decimal(body, 'orderId')),
    listTopUpPackages: (body, account) => orders.topUpPackages(account, decimal(body, 'orderId')).map(summaryWire),
    topUp: (body, account) => orders.topUp(account, decimal(body, 'orderId'), purchaseOf(body)),
  };
}

function packagesIn(country: CatalogueCountry | undefined, type: string): Record<string, unknown>[] {
  if (!Object.hasOwn(packageScopeCodes.byCode, type)) throw new FmsFailure('2', 'type must be 1 or 2');
  if (!country) return [];
  const onlyThere = packageScopeCodes.decode(type) === PackageScope.ONLY_COUNTRY;
  return packagesWhere(
    (item) => item.countries.includes(country.mcc) && (!onlyThere || item.countries.length === 1),
  ).map(summaryWire);
}

function purchaseOf(body: Json): Purchase {
  const pkg = findPackage(decimal(body, 'id'));
  if (text(body, 'packageCode') !== pkg.code)
    throw new FmsFailure('2', `packageCode of package ${pkg.id} is ${pkg.code}`);
  return {
    pkg,
    currency: text(body, 'currency'),
    currencyId: decimal(body, 'currencyId'),
    periods: decimal(body, 'periodNum'),
    quantity: optionalDecimal(body, 'packageNum') ?? 1,
    money: decimal(body, 'money'),
  };
}
