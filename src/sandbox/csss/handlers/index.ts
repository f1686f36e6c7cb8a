import type { CsssEndpointName } from '../../../upstream/csss/endpoints.js';
import { getMnoBalance } from './balance.js';
import type { CsssHandler } from './context.js';
import {
  bulkOrderPlan,
  cancelOrder,
  enableOrder,
  endOrderEarly,
  listOrders,
  orderOtaPlan,
  orderPlan,
  renewOrder,
  resumeOrder,
  suspendOrder,
} from './orders.js';
import { listOrderablePlans, listPlans } from './plans.js';
import { getSim, listSims, listSimsInUse } from './sims.js';
import { sendSms } from './sms.js';
import { getDailyUsage, getUsage, getUsageBatch, listMonthlyUsage } from './usage.js';

/** One handler per row of the CSSS table: the type makes a new row without a handler a compile error. */
export const csssHandlers: Readonly<Record<CsssEndpointName, CsssHandler>> = {
  listSims,
  getSim,
  listSimsInUse,
  getUsage,
  getUsageBatch,
  getDailyUsage,
  listMonthlyUsage,
  listPlans,
  orderPlan,
  bulkOrderPlan,
  renewOrder,
  listOrders,
  enableOrder,
  cancelOrder,
  endOrderEarly,
  suspendOrder,
  resumeOrder,
  listOrderablePlans,
  sendSms,
  orderOtaPlan,
  getMnoBalance,
};
