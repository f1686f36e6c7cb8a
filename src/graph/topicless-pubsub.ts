import type { PubSub } from 'type-graphql';

/**
 * type-graphql requires a pubSub once the schema has a subscription, but every subscription here brings its own
 * `subscribe` (the event feed, a poller): this one refuses topics outright.
 */
export const topiclessPubSub: PubSub = {
  publish() {
    throw new Error('no subscription of this schema reads topics: nothing listens to a publish');
  },
  subscribe() {
    throw new Error('give the @Subscription a `subscribe` function: this schema has no topic pubsub');
  },
};
