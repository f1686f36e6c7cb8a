import { Authorized, Arg, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { GatewayConfig } from '../../config.js';
import { namespaceOf } from '../../access/namespace.js';
import { EsimOrderStatus } from '../../upstream/fms/enums.js';
import type { GatewayServices, GraphContext } from '../context.js';
import { PollerRegistry } from './poller-registry.js';
import { checkOrderId } from './ids.js';
import { orderStatus } from './order-status.js';
import { EsimOrder } from './order.type.js';
import { fmsUser } from './user.js';

/** Bounds on the order pollers of one gateway process. */
const MAX_ORDER_POLLERS = 1_000;
const SUBSCRIBERS_PER_ORDER = 50;

const FINAL_STATUSES: ReadonlySet<EsimOrderStatus> = new Set([
  EsimOrderStatus.PAYMENT_FAILED,
  EsimOrderStatus.CANCELLED,
]);

/** Paid counts as final only with its QR code, which is what the app is waiting for. */
function isFinal(order: EsimOrder): boolean {
  return FINAL_STATUSES.has(order.status) || (order.status === EsimOrderStatus.PAID && order.qrCode !== null);
}

/** The order pollers of one gateway, owned by its services (which stop them on close). */
export function createEsimOrderPollers(config: Pick<GatewayConfig, 'fms'>): PollerRegistry<EsimOrder> {
  return new PollerRegistry<EsimOrder>({
    intervalMs: config.fms.orderPollMs,
    maxPollers: MAX_ORDER_POLLERS,
    subscribersPerPoller: SUBSCRIBERS_PER_ORDER,
    same: (previous, next) => previous.status === next.status && previous.qrCode === next.qrCode,
    final: isFinal,
  });
}

/** The order pollers of a gateway (tests count them). */
export function esimOrderPollers(services: GatewayServices): PollerRegistry<EsimOrder> {
  return services.esimOrders;
}

/**
 * Pollers are keyed by order id and a digest of the user's token, so a subscriber only ever joins a poller that
 * reads with its own token: another user's subscription to the same order id gets its own poller (and FMS's answer).
 */
function watchOrder(context: GraphContext, orderId: string): Promise<AsyncIterableIterator<EsimOrder>> {
  const user = fmsUser(context);
  checkOrderId(orderId);
  return esimOrderPollers(context.services).watch(namespaceOf(context.caller), `${orderId}:${user.scope}`, () =>
    orderStatus(user, orderId),
  );
}

@Resolver()
export class EsimOrderSubscription {
  @Authorized('esim')
  @Subscription(() => EsimOrder, {
    description:
      "Follows an eSIM order: pushes its status now and whenever it changes, until it is PAID with its QR code, PAYMENT_FAILED or CANCELLED, then completes. Needs the user's token (`connectionParams.esimToken`). The gateway polls the eSIM shop with one poller per order and user, however many subscribers watch it, and stops when the last one leaves.",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { orderId: string }, GraphContext>) =>
      watchOrder(context, args.orderId),
  })
  esimOrder(
    @Root() order: EsimOrder,
    @Arg('orderId', () => ID, { description: 'The order id from `esimPreOrder` or `esimTopUp`.' }) _orderId: string,
  ): EsimOrder {
    return order;
  }
}
