import type { PackagePurchase, PreOrder } from '../../upstream/fms/model.js';
import type { GraphContext } from '../context.js';
import { badInput } from '../errors.js';
import { checkCount, checkMoney, totalOf } from '../money.js';
import { fromCatalogue } from './catalogue.js';
import { checkPackageId } from './ids.js';
import type { EsimPreOrderPayload, EsimPurchaseInput } from './order.type.js';

/** Limits FMS does not document; the package detail's own period limits apply when it states them. */
const MAX_PERIODS = 120;
const MAX_QUANTITY = 10;

/** The buyer's choice as FMS takes it: code, currency id and (unless the caller fixed it) the total from the catalogue. */
export async function purchaseOf(context: GraphContext, input: EsimPurchaseInput): Promise<PackagePurchase> {
  const detail = await fromCatalogue(context, 'getPackage', {
    packageId: checkPackageId(input.packageId, 'input.packageId'),
  });
  const price = detail.prices.find((entry) => entry.currency === input.currency);
  if (!price) {
    throw badInput(
      `package ${detail.id} is sold in ${detail.prices.map((entry) => entry.currency).join(', ') || 'no currency'}, not ${input.currency}`,
      'input.currency',
    );
  }
  const minPeriods = detail.minPeriods ?? 1;
  const maxPeriods = detail.maxPeriods ?? MAX_PERIODS;
  if (!Number.isInteger(input.periods) || input.periods < minPeriods || input.periods > maxPeriods) {
    throw badInput(`periods must be from ${minPeriods} to ${maxPeriods} for package ${detail.id}`, 'input.periods');
  }
  const quantity = checkCount(input.quantity, MAX_QUANTITY, 'input.quantity');
  return {
    packageId: detail.id,
    packageCode: detail.code,
    currency: price.currency,
    currencyId: price.currencyId,
    amount:
      input.total == null
        ? totalOf(price.amount, input.periods * quantity)
        : checkMoney(input.total, 'input.total', price.currency).amount,
    periods: input.periods,
    quantity,
  };
}

/** The pre-order (or top-up order) with its total and payment deadline, so an app can count down. */
export async function placed(
  context: GraphContext,
  purchase: PackagePurchase,
  placing: Promise<PreOrder>,
): Promise<EsimPreOrderPayload> {
  const preOrder = await placing;
  const start = preOrder.orderedAt ?? new Date();
  const expiresAt = new Date(start.getTime() + context.services.config.fms.preOrderTimeoutMinutes * 60_000);
  return {
    preOrder: {
      ...preOrder,
      total: { amount: purchase.amount, currency: preOrder.currency || purchase.currency },
      expiresAt,
    },
  };
}
