import { PlanType } from '../../upstream/csss/enums.js';

/**
 * The sandbox's plan catalogue: every `package_type` (§4), data in MB (the gateway's assumed CSSS unit), and a few
 * OTA plans for `/package/createOtaOrder`. Two codes and names come from the docs' examples.
 */
export interface PlanState {
  code: string;
  name: string;
  type: PlanType;
  /** High-speed data of one period, MB. */
  flowMb: number;
  price: string;
  currency: string;
  /** Days one period lasts; for OTA plans the suggested `days`. */
  periodDays: number;
  ota: boolean;
}

/** Days in one period of each plan type (§4: daily, monthly, 3-month, 6-month, yearly). */
export const PERIOD_DAYS: Readonly<Record<PlanType, number>> = {
  [PlanType.UNLIMITED_DAILY]: 1,
  [PlanType.DAILY]: 1,
  [PlanType.MONTHLY]: 30,
  [PlanType.QUARTERLY]: 90,
  [PlanType.HALF_YEARLY]: 180,
  [PlanType.YEARLY]: 365,
  [PlanType.UNKNOWN]: 30,
};

function plan(
  code: string,
  name: string,
  type: PlanType,
  flowMb: number,
  price: string,
  ota = false,
  periodDays = PERIOD_DAYS[type],
): PlanState {
  return { code, name, type, flowMb, price, currency: 'USD', periodDays, ota };
}

export const PLAN_CATALOGUE: readonly PlanState[] = [
  plan(
    'DP20230101000001',
    'G_D_1_U_全球1GB不限速日套餐 (Global 1 GB/day, unlimited at low speed)',
    PlanType.UNLIMITED_DAILY,
    1024,
    '1.50',
  ),
  plan('DP20230101000002', 'C_D_0_P_中国100M日套餐 (China 100 MB daily)', PlanType.DAILY, 100, '0.20'),
  plan('DP20230101000003', 'A_D_0_P_亚洲500M日套餐 (Asia 500 MB daily)', PlanType.DAILY, 500, '0.80'),
  plan('DP20190726001274', 'C_M_0_P_中国20M不限速月套餐', PlanType.MONTHLY, 20, '0.50'),
  plan('DP20230101000004', 'G_M_0_P_全球500M月套餐 (Global 500 MB monthly)', PlanType.MONTHLY, 500, '4.00'),
  plan('DP20230101000005', 'G_M_0_P_全球1G月套餐 (Global 1 GB monthly)', PlanType.MONTHLY, 1024, '7.00'),
  plan('DP20230101000006', 'A_M_0_P_亚洲3G月套餐 (Asia 3 GB monthly)', PlanType.MONTHLY, 3072, '12.00'),
  plan('DP20230101000007', 'G_Q_0_P_全球3G季度套餐 (Global 3 GB quarterly)', PlanType.QUARTERLY, 3072, '18.00'),
  plan('DP20230101000008', 'E_Q_0_P_欧洲10G季度套餐 (Europe 10 GB quarterly)', PlanType.QUARTERLY, 10240, '45.00'),
  plan('DP20230101000009', 'G_H_0_P_全球6G半年套餐 (Global 6 GB half-yearly)', PlanType.HALF_YEARLY, 6144, '30.00'),
  plan('DP20230101000010', 'G_Y_0_P_全球12G年套餐 (Global 12 GB yearly)', PlanType.YEARLY, 12288, '55.00'),
  plan('DP20230101000011', 'C_Y_0_P_中国100G年套餐 (China 100 GB yearly)', PlanType.YEARLY, 102400, '90.00'),
  plan('DP20201218003915', 'T_T_T_0_P_S_中国100G/365天套餐', PlanType.DAILY, 102400, '95.00', true, 364),
  plan(
    'DP20230101000012',
    'T_T_T_0_P_S_欧洲1G/7天套餐 (OTA Europe 1 GB / 7 days)',
    PlanType.DAILY,
    1024,
    '6.00',
    true,
    7,
  ),
  plan(
    'DP20230101000013',
    'T_T_T_0_P_U_全球不限速/30天套餐 (OTA global unlimited / 30 days)',
    PlanType.UNLIMITED_DAILY,
    30720,
    '40.00',
    true,
    30,
  ),
];
