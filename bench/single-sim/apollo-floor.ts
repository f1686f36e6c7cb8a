import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { serveParent } from '../support/parent.js';

/**
 * The floor of the single-SIM bench: Apollo on fastify, as the gateway mounts it, with a trivial schema that
 * answers the same query from constants. No access, no limits, no loaders, no cache: what Apollo's own request
 * pipeline costs per request on this machine, so the gateway's own work can be told apart from Apollo's.
 */
export interface FloorReady {
  url: string;
}

const typeDefs = `#graphql
  type Usage { usedBytes: Float remainingHighSpeedBytes: Float }
  type Sim { iccid: ID! lifecycle: String! usage: Usage }
  type Query { sim(iccid: ID!): Sim }
`;
const usage = { usedBytes: 846_326_661, remainingHighSpeedBytes: 1_301_156_987 };
const resolvers = {
  Query: { sim: (_: unknown, { iccid }: { iccid: string }) => ({ iccid, lifecycle: 'ACTIVE', usage }) },
};

const apollo = new ApolloServer({ typeDefs, resolvers, plugins: [ApolloServerPluginCacheControlDisabled()] });
await apollo.start();
const app = Fastify({ logger: false });
app.route({ url: '/graphql', method: ['GET', 'POST', 'OPTIONS'], handler: fastifyApolloHandler(apollo) });
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as AddressInfo;

serveParent({ url: `http://127.0.0.1:${port}/graphql` } satisfies FloorReady, {}, async () => {
  await app.close();
  await apollo.stop();
});
