import { MallFailure } from './failure.js';

/** The Mall's plan products, by area. Area names come in English and, as in the docs' example (`欧洲`), in Chinese. */

export interface PlanProduct {
  packageCode: string;
  servicePlanCode: string;
  name: string;
  area: string;
  /** Length of one period: `time` of `unit` (1 day, 2 month, 3 year). */
  time: number;
  unit: '1' | '2' | '3';
  price: number;
  currency: string;
}

const AREA_ALIASES: Readonly<Record<string, string>> = { 欧洲: 'Europe', 亚洲: 'Asia', 全球: 'Global' };

const plans: readonly PlanProduct[] = [
  {
    packageCode: 'PACKAGE20180428000007',
    servicePlanCode: 'SP-EU-5G-30',
    name: 'Europe 5GB 30-Days',
    area: 'Europe',
    time: 1,
    unit: '2',
    price: 4.99,
    currency: 'USD',
  },
  {
    packageCode: 'PACKAGE20180428000008',
    servicePlanCode: 'SP-EU-10G-30',
    name: 'Europe 10GB 30-Days',
    area: 'Europe',
    time: 1,
    unit: '2',
    price: 8.99,
    currency: 'USD',
  },
  {
    packageCode: 'PACKAGE20180428000009',
    servicePlanCode: 'SP-EU-1G-7',
    name: 'Europe 1GB 7-Days',
    area: 'Europe',
    time: 7,
    unit: '1',
    price: 2.49,
    currency: 'USD',
  },
  {
    packageCode: 'PACKAGE20180428000010',
    servicePlanCode: 'SP-SG-2G-30',
    name: 'Singapore 2G 30-Days Unlimited Speech',
    area: 'Asia',
    time: 1,
    unit: '2',
    price: 6,
    currency: 'USD',
  },
  {
    packageCode: 'PACKAGE20180428000011',
    servicePlanCode: 'SP-AS-3G-15',
    name: 'Asia 3GB 15-Days',
    area: 'Asia',
    time: 15,
    unit: '1',
    price: 5.5,
    currency: 'USD',
  },
  {
    packageCode: 'DP20190726001274',
    servicePlanCode: 'SP-GL-1G-30',
    name: 'Global 1GB 30-Days',
    area: 'Global',
    time: 1,
    unit: '2',
    price: 12.36,
    currency: 'GBP',
  },
  {
    packageCode: 'PACKAGE20180428000012',
    servicePlanCode: 'SP-GL-500M-1Y',
    name: 'Global 500MB 1-Year',
    area: 'Global',
    time: 1,
    unit: '3',
    price: 39,
    currency: 'USD',
  },
];

const DAY_MS = 24 * 3600 * 1000;
const UNIT_DAYS: Readonly<Record<PlanProduct['unit'], number>> = { '1': 1, '2': 30, '3': 365 };

export function plansIn(area: string | null): readonly PlanProduct[] {
  if (area === null) return plans;
  const name = AREA_ALIASES[area] ?? area;
  return plans.filter((plan) => plan.area.toLowerCase() === name.toLowerCase());
}

export function findPlan(packageCode: string, servicePlanCode?: string): PlanProduct {
  const plan = plans.find(
    (entry) =>
      entry.packageCode === packageCode && (servicePlanCode === undefined || entry.servicePlanCode === servicePlanCode),
  );
  if (!plan) throw new MallFailure('E1002', servicePlanCode ? `${packageCode} / ${servicePlanCode}` : packageCode);
  return plan;
}

export function planDays(plan: PlanProduct, periods: number): number {
  return plan.time * UNIT_DAYS[plan.unit] * periods;
}

export function planMs(plan: PlanProduct, periods: number): number {
  return planDays(plan, periods) * DAY_MS;
}

/** The total for `periods`, checked against what the partner says it charged. */
export function checkPrice(plan: PlanProduct, periods: number, payAmount: string, payCurrency: string): number {
  if (!Number.isInteger(periods) || periods < 1 || periods > 24)
    throw new MallFailure('E0003', 'orderPeriod must be from 1 to 24');
  const total = Math.round(plan.price * periods * 100) / 100;
  const paid = Number(payAmount);
  if (payCurrency !== plan.currency || !Number.isFinite(paid) || Math.round(paid * 100) !== Math.round(total * 100)) {
    throw new MallFailure(
      'E2002',
      `${periods} period(s) of ${plan.packageCode} cost ${total.toFixed(2)} ${plan.currency}`,
    );
  }
  return total;
}
