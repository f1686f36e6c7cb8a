import { formatFmsTime } from '../../upstream/fms/units.js';
import { FmsFailure } from './failure.js';

/** The sandbox shop's fixed catalogue: countries by MCC, regions, and a dozen packages priced in three currencies. */

export interface CatalogueCountry {
  mcc: number;
  isoName: string;
  name: string;
  region: string;
}

interface Currency {
  id: number;
  abbr: string;
  name: string;
  symbol: string;
}

export interface CataloguePackage {
  id: number;
  code: string;
  name: string;
  flowMb: number;
  period: number;
  /** `periodUnit` code: 1 day, 2 month. */
  periodUnit: '1' | '2';
  minPeriods: number;
  maxPeriods: number;
  countries: readonly number[];
  region: string | null;
  hot: boolean;
  /** Adds data to an eSIM bought earlier instead of provisioning a new one. */
  topUp: boolean;
  /** Price per period by currency abbreviation. */
  prices: Readonly<Record<string, number>>;
}

const countries: readonly CatalogueCountry[] = [
  { mcc: 460, isoName: 'China', name: '中国', region: 'AS' },
  { mcc: 502, isoName: 'Malaysia', name: 'Malaysia', region: 'AS' },
  { mcc: 520, isoName: 'Thailand', name: 'Thailand', region: 'AS' },
  { mcc: 525, isoName: 'Singapore', name: 'Singapore', region: 'AS' },
  { mcc: 440, isoName: 'Japan', name: '日本', region: 'AS' },
  { mcc: 234, isoName: 'United Kingdom', name: 'United Kingdom', region: 'EU' },
  { mcc: 208, isoName: 'France', name: 'France', region: 'EU' },
  { mcc: 262, isoName: 'Germany', name: 'Deutschland', region: 'EU' },
  { mcc: 310, isoName: 'United States', name: 'United States', region: 'NA' },
  { mcc: 505, isoName: 'Australia', name: 'Australia', region: 'OC' },
];

const regions: readonly { code: string; name: string }[] = [
  { code: 'AS', name: 'Asia' },
  { code: 'EU', name: 'Europe' },
  { code: 'NA', name: 'North America' },
  { code: 'OC', name: 'Oceania' },
];

const currencies: readonly Currency[] = [
  { id: 1, abbr: 'CNY', name: 'Chinese Yuan', symbol: '¥' },
  { id: 2, abbr: 'USD', name: 'US Dollar', symbol: '$' },
  { id: 3, abbr: 'EUR', name: 'Euro', symbol: '€' },
];

const ASIA = [460, 502, 520, 525, 440];
const EUROPE = [234, 208, 262];

function pkg(
  id: number,
  name: string,
  flowMb: number,
  period: number,
  periodUnit: '1' | '2',
  countriesCovered: readonly number[],
  region: string | null,
  usd: number,
  extra: Partial<CataloguePackage> = {},
): CataloguePackage {
  return {
    id,
    code: `LP2022032500${String(id).slice(-4)}`,
    name,
    flowMb,
    period,
    periodUnit,
    minPeriods: 1,
    maxPeriods: 6,
    countries: countriesCovered,
    region,
    hot: false,
    topUp: false,
    prices: { USD: usd, EUR: Math.round(usd * 92) / 100, CNY: Math.round(usd * 720) / 100 },
    ...extra,
  };
}

export const packages: readonly CataloguePackage[] = [
  pkg(1000001, 'China 1GB 7 days', 1024, 7, '1', [460], 'AS', 5, { hot: true }),
  pkg(1000002, 'Malaysia & Thailand 500MB monthly', 500, 1, '2', [502, 520], 'AS', 8),
  pkg(1000003, 'Singapore 3GB 15 days', 3072, 15, '1', [525], 'AS', 9.5, { hot: true }),
  pkg(1000004, 'Japan 5GB 30 days', 5120, 30, '1', [440], 'AS', 15),
  pkg(1000005, 'Asia 10GB 30 days', 10240, 30, '1', ASIA, 'AS', 25, { hot: true }),
  pkg(1000006, 'Europe 5GB 30 days', 5120, 30, '1', EUROPE, 'EU', 19, { hot: true }),
  pkg(1000007, 'United Kingdom 2GB 7 days', 2048, 7, '1', [234], 'EU', 7),
  pkg(1000008, 'United States 3GB 15 days', 3072, 15, '1', [310], 'NA', 12),
  pkg(1000009, 'Australia 1GB 7 days', 1024, 7, '1', [505], 'OC', 6),
  pkg(
    1000010,
    'Global 1GB 30 days',
    1024,
    30,
    '1',
    countries.map((country) => country.mcc),
    null,
    29,
  ),
  pkg(1000011, 'Asia top-up 1GB', 1024, 30, '1', ASIA, 'AS', 4, { topUp: true }),
  pkg(1000012, 'Europe top-up 1GB', 1024, 30, '1', EUROPE, 'EU', 4, { topUp: true }),
];

/** Fixed so the catalogue's answers do not change from run to run. */
const UPDATED_AT = formatFmsTime(new Date('2024-01-15T08:00:00.000Z'));

function countryWire(country: CatalogueCountry): Record<string, unknown> {
  return {
    countryCode: country.mcc,
    isoCountryName: country.isoName,
    countryName: country.name,
    continentCode: country.region,
  };
}

export function allCountries(): Record<string, unknown>[] {
  return countries.map(countryWire);
}

export function allRegions(): Record<string, unknown>[] {
  return regions.map((region) => ({ continentCode: region.code, continentName: region.name }));
}

export function findCountry(query: { mcc?: number; isoName?: string }): CatalogueCountry | undefined {
  if (query.mcc !== undefined) return countries.find((country) => country.mcc === query.mcc);
  const name = query.isoName?.toLowerCase();
  return countries.find((country) => country.isoName.toLowerCase() === name);
}

/** Packages sold on their own (not top-ups) matching the filter. */
export function packagesWhere(filter: (item: CataloguePackage) => boolean): CataloguePackage[] {
  return packages.filter((item) => !item.topUp && filter(item));
}

export function findPackage(id: number): CataloguePackage {
  const found = packages.find((item) => item.id === id);
  if (!found) throw new FmsFailure('4001', `no package ${id}`);
  return found;
}

function currencyInfos(item: CataloguePackage): Record<string, unknown>[] {
  return currencies
    .filter((currency) => Object.hasOwn(item.prices, currency.abbr))
    .map((currency) => ({
      currencyAbbr: currency.abbr,
      currencyId: currency.id,
      currencyName: currency.name,
      currencySymbol: currency.symbol,
      digitsNum: 2,
      price: item.prices[currency.abbr],
      unit: item.periodUnit,
    }));
}

/** The subset of the detail's fields a list item carries. */
export function summaryWire(item: CataloguePackage): Record<string, unknown> {
  return {
    id: item.id,
    packageCode: item.code,
    packageShowName: item.name,
    packageShortDesc: `${item.flowMb} MB, ${item.period} ${item.periodUnit === '1' ? 'days' : 'months'}`,
    logo: `https://sandbox.linksfield.test/logo/${item.id}.png`,
    packageFlow: item.flowMb,
    period: item.period,
    periodUnit: item.periodUnit,
    currencyInfos: currencyInfos(item),
  };
}

/** Every documented field of `/v1.1/package/detail` (§8.7). */
export function detailWire(item: CataloguePackage): Record<string, unknown> {
  const infos = currencyInfos(item);
  return {
    ...summaryWire(item),
    buyType: item.topUp ? 2 : 1,
    configFlag: 0,
    coverCountrys: countries.filter((country) => item.countries.includes(country.mcc)).map(countryWire),
    currencyIds: infos.map((info) => info.currencyId),
    maxOrderPeriod: item.maxPeriods,
    minOrderPeriod: item.minPeriods,
    packageDesc: `${item.name}. Data is shared across every covered country; the validity starts at first use.`,
    packageId: item.id,
    packageType: 1,
    priceType: 1,
    saleCount: (item.id % 97) * 13,
    surplusFlow: item.flowMb,
    updateTime: UPDATED_AT,
  };
}

/** The total for a purchase, or a refusal when the currency pair is not one the package is sold in. */
export function priceOf(
  item: CataloguePackage,
  currency: string,
  currencyId: number,
  periods: number,
  quantity: number,
): number {
  const known = currencies.find((entry) => entry.abbr === currency && entry.id === currencyId);
  if (!known || !Object.hasOwn(item.prices, currency))
    throw new FmsFailure('2', `package ${item.id} is not sold in ${currency} (${currencyId})`);
  if (!Number.isInteger(periods) || periods < item.minPeriods || periods > item.maxPeriods) {
    throw new FmsFailure('2', `periodNum must be from ${item.minPeriods} to ${item.maxPeriods}`);
  }
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > 10)
    throw new FmsFailure('2', 'packageNum must be from 1 to 10');
  return Math.round(item.prices[currency] * periods * quantity * 100) / 100;
}
