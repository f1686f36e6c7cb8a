import {
  orderKindCodes,
  orderStatusCodes,
  paymentMethodCodes,
  paymentStateCodes,
  planTypeCodes,
  simLifecycleCodes,
} from '../../upstream/csss/enums.js';
import { bytesToFlow } from '../../upstream/csss/units.js';
import { formatInstant } from './calendar.js';
import type { SimState } from './fleet.js';
import type { OrderState } from './orders.js';
import type { PlanState } from './plans.js';

/**
 * The sandbox's state written in the upstream's words: snake_case for most answers, camelCase for `/device/syncAssetInfo`
 * and `/package/queryOrder` items (as documented), codes through the same maps the decoders read them with.
 */

/** Item of `/device/queryDevice` and `/device/queryDeviceList`; a plan not in use is omitted (null), as §2.2 says. */
export function simItem(sim: SimState, inUse: OrderState | undefined): Record<string, unknown> {
  return {
    device_id: sim.iccid,
    imsi: sim.imsi,
    msisdn: sim.msisdn,
    life_cycle: simLifecycleCodes.encode(sim.lifecycle),
    order_code: inUse?.id ?? null,
    package_code: inUse?.planCode ?? null,
    package_name: inUse?.planName ?? null,
    activate_time: formatInstant(sim.activatedAt),
    expire_time: formatInstant(inUse?.expiresAt ?? null),
  };
}

/** Item of `/device/syncAssetInfo` (§2.3): `assetId` and `lifeCycle` documented, the other six assumed. */
export function assetItem(sim: SimState, inUse: OrderState): Record<string, unknown> {
  return {
    assetId: sim.iccid,
    lifeCycle: simLifecycleCodes.encode(sim.lifecycle),
    imsi: sim.imsi,
    msisdn: sim.msisdn,
    orderCode: inUse.id,
    packageCode: inUse.planCode,
    packageName: inUse.planName,
    activateTime: formatInstant(sim.activatedAt),
  };
}

/** §3.1 answer; without an order in use the figures are zero and `order_code` null. */
export function usageItem(
  iccid: string,
  inUse: OrderState | undefined,
  usedBytes: number,
  remainingBytes: number,
): Record<string, unknown> {
  return {
    device_id: iccid,
    order_code: inUse?.id ?? null,
    order_used_flow: bytesToFlow(usedBytes),
    high_flow_balance: bytesToFlow(remainingBytes),
  };
}

/** Item of `/package/queryOrder`: the six documented fields and sixteen assumed ones, 22 in all. */
export function orderItem(order: OrderState, usedBytes: number, imsi: string): Record<string, unknown> {
  return {
    orderCode: order.id,
    orderStatus: orderStatusCodes.encode(order.status),
    buyType: orderKindCodes.encode(order.kind),
    flow: order.flowMb.toFixed(2),
    orderDate: formatInstant(order.orderedAt),
    expireDate: formatInstant(order.expiresAt) ?? '',
    deviceId: order.iccid,
    imsi,
    packageCode: order.planCode,
    packageName: order.planName,
    packageType: planTypeCodes.encode(order.planType),
    orderPeriod: String(order.periods),
    periodDays: String(order.periodDays),
    startDate: formatInstant(order.startsAt) ?? '',
    endDate: formatInstant(order.endedAt) ?? '',
    usedFlow: bytesToFlow(usedBytes),
    payRst: paymentStateCodes.encode(order.paymentState),
    payType: order.paymentMethod === null ? '' : paymentMethodCodes.encode(order.paymentMethod),
    payAmount: order.amount,
    globalOrder: order.hostNumber ? '1' : '0',
    testFlowFlag: order.testFlowMb > 0 ? '1' : '0',
    testFlow: String(order.testFlowMb),
  };
}

/** Item of `/package/syncPackage` (assumed). */
export function planItem(plan: PlanState): Record<string, unknown> {
  return {
    package_code: plan.code,
    package_name: plan.name,
    package_type: planTypeCodes.encode(plan.type),
    flow: plan.flowMb.toFixed(2),
    price: plan.price,
    currency: plan.currency,
    period_days: plan.periodDays,
    ota_flag: plan.ota ? '1' : '0',
  };
}

/** Answer of the order writes (§4.2 shape): dates null while the order is not enabled. */
export function orderChange(order: OrderState): Record<string, unknown> {
  return {
    order_id: order.id,
    order_start_date: formatInstant(order.startsAt),
    order_expire_date: formatInstant(order.expiresAt),
  };
}
