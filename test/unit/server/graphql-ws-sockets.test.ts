import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { serveGraphqlWs } from '../../../src/server/graphql-ws-sockets.js';

/** Each subscriber gets the ticks pushed to it; `returned` counts sources the server closed. */
const source = { push: [] as ((tick: string) => void)[], returned: 0 };

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString, resolve: () => 'ok' } } }),
  subscription: new GraphQLObjectType({
    name: 'Subscription',
    fields: {
      ticks: {
        type: GraphQLString,
        resolve: (tick: string) => tick,
        subscribe: () => {
          const waiting: ((result: IteratorResult<string>) => void)[] = [];
          const ticks: string[] = [];
          source.push.push((tick) => {
            const wake = waiting.shift();
            if (wake) wake({ done: false, value: tick });
            else ticks.push(tick);
          });
          return {
            next: () =>
              ticks.length > 0
                ? Promise.resolve({ done: false, value: ticks.shift()! })
                : new Promise<IteratorResult<string>>((resolve) => waiting.push(resolve)),
            return: async () => {
              source.returned += 1;
              for (const wake of waiting.splice(0)) wake({ done: true, value: undefined });
              return { done: true, value: undefined };
            },
            [Symbol.asyncIterator]() {
              return this;
            },
          };
        },
      },
    },
  }),
});

let http: Server;
let dispose: () => Promise<void>;
const errors: unknown[] = [];

async function start(initWaitMs: number, keepAliveMs: number): Promise<string> {
  http = createServer();
  const sockets = new WebSocketServer({ server: http });
  ({ dispose } = serveGraphqlWs({ schema, connectionInitWaitTimeout: initWaitMs }, sockets, keepAliveMs, {
    error: (fields: unknown) => void errors.push(fields),
  }));
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return `ws://127.0.0.1:${(http.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await dispose();
  await new Promise((resolve) => http.close(resolve));
  source.push = [];
  source.returned = 0;
  errors.length = 0;
});

function open(url: string, options: WebSocket.ClientOptions = {}) {
  const socket = new WebSocket(url, 'graphql-transport-ws', options);
  const messages: { type: string; id?: string; payload?: unknown }[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  const opened = new Promise((resolve) => socket.once('open', resolve));
  const until = async (count: number) => {
    while (messages.length < count) await new Promise((resolve) => socket.once('message', resolve));
    return messages;
  };
  return { socket, messages, closed, opened, until };
}

describe('graphql-ws over ws', () => {
  it('speaks graphql-transport-ws: ack, next per event, complete; the source is closed when the client leaves', async () => {
    const client = open(await start(1_000, 60_000));
    await client.opened;
    client.socket.send(JSON.stringify({ type: 'connection_init' }));
    expect((await client.until(1))[0]).toEqual({ type: 'connection_ack' });
    client.socket.send(JSON.stringify({ id: 'a', type: 'subscribe', payload: { query: 'subscription { ticks }' } }));
    while (source.push.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    source.push[0]('one');
    source.push[0]('two');
    expect((await client.until(3)).slice(1)).toEqual([
      { id: 'a', type: 'next', payload: { data: { ticks: 'one' } } },
      { id: 'a', type: 'next', payload: { data: { ticks: 'two' } } },
    ]);
    client.socket.send(JSON.stringify({ id: 'q', type: 'subscribe', payload: { query: '{ ok }' } }));
    expect((await client.until(5)).slice(3)).toEqual([
      { id: 'q', type: 'next', payload: { data: { ok: 'ok' } } },
      { id: 'q', type: 'complete' },
    ]);
    client.socket.close();
    await client.closed;
    while (source.returned === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(source.returned).toBe(1);
    expect(errors).toEqual([]);
  });

  it('keeps a subscription that reuses the id of one the client just completed, and completes it on request', async () => {
    const client = open(await start(1_000, 60_000));
    await client.opened;
    client.socket.send(JSON.stringify({ type: 'connection_init' }));
    await client.until(1);
    const subscribe = JSON.stringify({ id: 'a', type: 'subscribe', payload: { query: 'subscription { ticks }' } });
    client.socket.send(subscribe);
    while (source.push.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    // The first one's end is still under way when its id is taken again.
    client.socket.send(JSON.stringify({ id: 'a', type: 'complete' }));
    client.socket.send(subscribe);
    while (source.push.length < 2 || source.returned < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 20));
    source.push[1]('again');
    expect((await client.until(2))[1]).toEqual({ id: 'a', type: 'next', payload: { data: { ticks: 'again' } } });
    client.socket.send(JSON.stringify({ id: 'a', type: 'complete' }));
    while (source.returned < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(source.returned).toBe(2);
    expect(client.messages).toHaveLength(2);
    client.socket.close();
  });

  it('closes a socket that never sends connection_init with 4408, and keeps one that did', async () => {
    const url = await start(50, 60_000);
    const silent = open(url);
    const polite = open(url);
    await polite.opened;
    polite.socket.send(JSON.stringify({ type: 'connection_init' }));
    expect(await silent.closed).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
    expect(polite.socket.readyState).toBe(WebSocket.OPEN);
    polite.socket.close();
  });

  it('terminates a peer that stops answering pings, and keeps one that answers', async () => {
    const url = await start(1_000, 50);
    const alive = open(url);
    const dead = open(url, { autoPong: false });
    let pings = 0;
    alive.socket.on('ping', () => (pings += 1));
    await Promise.all([alive.opened, dead.opened]);
    const { code } = await dead.closed;
    expect(code).toBe(1006);
    expect(pings).toBeGreaterThan(0);
    expect(alive.socket.readyState).toBe(WebSocket.OPEN);
    alive.socket.close();
  });
});
