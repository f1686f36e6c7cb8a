import { GraphQLError } from 'graphql';
import {
  Authorized,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import type { EventKind } from '../../events/index.js';
import type { GraphContext } from '../context.js';
import { Order } from '../order/order.type.js';
import { NotificationKind } from './notification.enums.js';
import { MAX_ICCIDS, notificationStream, type StreamItem } from './notification.stream.js';
import {
  Notification,
  notificationOf,
  OrderStatusNotification,
  SmsDeliveryNotification,
  SmsReceivedNotification,
  UsageAlertNotification,
} from './notification.type.js';

@ArgsType()
class NotificationFilterArgs {
  @Field(() => [ID], {
    nullable: true,
    description: `Only notifications about one of these SIMs (ICCIDs, at most ${MAX_ICCIDS}). Omitted: every SIM of the account; empty: none.`,
  })
  iccids?: string[] | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Replay the stored notifications after this id (the `id` of the last one received), then continue live, with no gap and no duplicate. `"0-0"` replays all that is retained. Omitted: live notifications only. When some of the missed ones are no longer retained, the first message is a REPLAY_GAP error and the replay goes on from the oldest retained.',
  })
  after?: string | null;
}

@ArgsType()
class NotificationsArgs extends NotificationFilterArgs {
  @Field(() => [NotificationKind], {
    nullable: true,
    description: 'Only notifications of these kinds. Omitted: every kind; empty: none.',
  })
  types?: EventKind[] | null;
}

type Subscribe = (data: SubscribeResolverData<unknown, NotificationsArgs, GraphContext>) => AsyncIterable<StreamItem>;

/** A subscription's source: the feed filtered by its arguments, narrowed to `kinds` for the typed subscriptions. */
function subscribeTo(kinds?: readonly EventKind[]): Subscribe {
  return ({ args, context }) =>
    notificationStream(context.services.events.feed, {
      iccids: args.iccids,
      after: args.after,
      kinds: kinds ?? args.types,
      sims: context.caller.sims,
    });
}

/**
 * One event of a subscription as GraphQL serves it. A subscription's context lives as long as the subscription:
 * each event gets its own loaders, so fields read current data and no memo grows with the events.
 */
function deliver(item: StreamItem, context: GraphContext): Notification {
  if (item instanceof GraphQLError) throw item;
  context.renewLoaders();
  return notificationOf(item);
}

const RESUME =
  'Resume after a disconnect with `after` set to the `id` of the last notification received. A subscriber that falls too far behind is ended with a SUBSCRIBER_TOO_SLOW error carrying `lastEventId` to resume from.';

@Resolver(() => OrderStatusNotification)
export class NotificationResolver {
  @Authorized('notifications:read')
  @Subscription(() => Notification, {
    description: `Verified Linksfield notifications as they arrive, of every kind or the ones asked for. ${RESUME}`,
    subscribe: subscribeTo(),
  })
  notifications(
    @Root() item: StreamItem,
    @Args(() => NotificationsArgs) _criteria: NotificationsArgs,
    @Ctx() context: GraphContext,
  ): Notification {
    return deliver(item, context);
  }

  @Authorized('notifications:read')
  @Subscription(() => UsageAlertNotification, {
    description: `Usage alerts. ${RESUME}`,
    subscribe: subscribeTo(['USAGE_ALERT']),
  })
  usageAlerts(
    @Root() item: StreamItem,
    @Args(() => NotificationFilterArgs) _criteria: NotificationFilterArgs,
    @Ctx() context: GraphContext,
  ): Notification {
    return deliver(item, context);
  }

  @Authorized('notifications:read')
  @Subscription(() => SmsReceivedNotification, {
    description: `SMS sent by devices. ${RESUME}`,
    subscribe: subscribeTo(['SMS_RECEIVED']),
  })
  smsReceived(
    @Root() item: StreamItem,
    @Args(() => NotificationFilterArgs) _criteria: NotificationFilterArgs,
    @Ctx() context: GraphContext,
  ): Notification {
    return deliver(item, context);
  }

  @Authorized('notifications:read')
  @Subscription(() => SmsDeliveryNotification, {
    description: `Delivery results of SMS sent with \`sendSms\`. ${RESUME}`,
    subscribe: subscribeTo(['SMS_DELIVERY']),
  })
  smsDelivery(
    @Root() item: StreamItem,
    @Args(() => NotificationFilterArgs) _criteria: NotificationFilterArgs,
    @Ctx() context: GraphContext,
  ): Notification {
    return deliver(item, context);
  }

  @Authorized('notifications:read')
  @Subscription(() => OrderStatusNotification, {
    description: `Plan orders changing state. ${RESUME}`,
    subscribe: subscribeTo(['ORDER_STATUS_CHANGED']),
  })
  orderStatusChanged(
    @Root() item: StreamItem,
    @Args(() => NotificationFilterArgs) _criteria: NotificationFilterArgs,
    @Ctx() context: GraphContext,
  ): Notification {
    return deliver(item, context);
  }

  @Authorized('orders:read')
  @FieldResolver(() => Order, {
    nullable: true,
    description:
      'The order as it is now, read when the notification is delivered; null when Linksfield no longer lists it.',
  })
  async order(@Root() notification: OrderStatusNotification, @Ctx() { loaders }: GraphContext): Promise<Order | null> {
    try {
      return await loaders.order.load(notification.orderId);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'NOT_FOUND') return null;
      throw error;
    }
  }
}
