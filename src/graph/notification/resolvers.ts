import { NotificationResolver } from './notification.resolver.js';

/** The notification domain's resolvers (subscriptions over the event feed). */
export const notificationResolvers: Function[] = [NotificationResolver];
