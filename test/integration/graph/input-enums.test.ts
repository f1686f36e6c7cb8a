import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  parse,
  type GraphQLEnumType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildGatewaySchema } from '../../../src/graph/schema.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { notificationKinds } from '../../../src/upstream/notifications/payloads.js';
import { startTestGateway, type Result, type TestGateway } from '../../support/gateway.js';
import { connect, subscribe } from '../../support/subscriber.js';
import { bodyFor } from '../../unit/events/examples.js';
import { signUp, type EsimUser } from '../esim/esim-world.js';
import { webhook } from '../notifications/webhook.js';

/**
 * Any input the schema accepts gets data or a typed error, never INTERNAL_SERVER_ERROR: every value of every enum a
 * client can send (found by walking the schema) goes through an operation that uses it, over HTTP or WebSocket.
 */
type Loose = Record<string, any>;
const doc = (source: string) => parse(source) as TypedDocumentNode<Loose, Record<string, unknown>>;

/** Every enum reachable from an argument or input field of the schema. */
function inputEnums(schema: GraphQLSchema): GraphQLEnumType[] {
  const found = new Map<string, GraphQLEnumType>();
  const seenInputs = new Set<string>();
  const visit = (type: GraphQLInputType) => {
    const named = getNamedType(type);
    if (isEnumType(named)) found.set(named.name, named);
    if (isInputObjectType(named) && !seenInputs.has(named.name)) {
      seenInputs.add(named.name);
      for (const field of Object.values(named.getFields())) visit(field.type);
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if ((isObjectType(type) || isInterfaceType(type)) && !type.name.startsWith('__')) {
      for (const field of Object.values(type.getFields())) for (const arg of field.args) visit(arg.type);
    }
  }
  return [...found.values()].filter((type) => !type.name.startsWith('__'));
}

let t: TestGateway;
let client: Client;
let user: EsimUser;
let schema: GraphQLSchema;
let idle: string[];
let plan: { code: string; price: string; currency: string };

beforeAll(async () => {
  [t, schema] = await Promise.all([startTestGateway({ SANDBOX_SIMS: '120' }), buildGatewaySchema()]);
  client = connect(t.url);
  user = await signUp(t);
  const { state } = t.sandbox.csss;
  idle = state.sims
    .filter((sim) => sim.lifecycle === SimLifecycle.ACTIVE && !sim.ota && !state.orders.inUse(sim.iccid))
    .map((sim) => sim.iccid);
  plan = state.plans.find((candidate) => candidate.type === 'MONTHLY' && !candidate.ota)!;
  // One notification of every kind, for the replays below.
  for (const kind of Object.keys(notificationKinds) as (keyof typeof notificationKinds)[])
    await webhook(t, kind, bodyFor(kind, idle[0]));
});
afterAll(async () => {
  await client.dispose();
  await t.close();
});

let nextSim = 1;
const orderPlan = (payment: Loose) =>
  t.execute(doc('mutation ($input: OrderPlanInput!) { orderPlan(input: $input) { orderId } }'), {
    input: {
      iccid: idle[nextSim++],
      planCode: plan.code,
      payment: { amount: { amount: plan.price, currency: plan.currency }, ...payment },
    },
  });

let paid: Promise<string> | undefined;
/** One paid eSIM order of the user, once its QR code is ready. */
function paidOrder(): Promise<string> {
  paid ??= (async () => {
    const placed = await user.execute(
      doc(
        'mutation { esimPreOrder(input: { packageId: "1000001", currency: "USD" }) { preOrder { orderId total { amount currency } } } }',
      ),
    );
    const { orderId, total } = placed.data!.esimPreOrder.preOrder;
    await user.execute(doc('mutation ($input: EsimPaymentInput!) { reportEsimPayment(input: $input) { outcome } }'), {
      input: { orderId, outcome: 'SUCCEEDED', amount: total, paidAt: new Date().toISOString() },
    });
    await vi.waitFor(
      async () =>
        expect(
          (await user.execute(doc('query ($id: ID!) { esimOrder(orderId: $id) { qrCode } }'), { id: orderId })).data
            ?.esimOrder?.qrCode,
        ).toBeTruthy(),
      {
        timeout: 5_000,
        interval: 100,
      },
    );
    return orderId as string;
  })();
  return paid;
}

/** For each input enum, the operation that sends one of its values. */
const sweeps: Record<string, (value: string) => Promise<Result<Loose>>> = {
  PlanTypeInput: (value) => t.execute(doc('query ($v: PlanTypeInput) { plans(type: $v) { code } }'), { v: value }),
  OrderStatusInput: (value) =>
    t.execute(doc('query ($v: OrderStatusInput) { orders(filter: { status: $v }, first: 1) { totalCount } }'), {
      v: value,
    }),
  OrderKindInput: (value) =>
    t.execute(doc('query ($v: OrderKindInput) { orders(filter: { kind: $v }, first: 1) { totalCount } }'), {
      v: value,
    }),
  PaymentStateInput: (value) => orderPlan({ state: value, method: 'ALIPAY' }),
  PaymentMethodInput: (value) => orderPlan({ state: 'PAID', method: value }),
  SmsEncoding: (value) =>
    t.execute(doc('mutation ($input: SendSmsInput!) { sendSms(input: $input) { message { id } } }'), {
      input: { iccid: idle[0], text: '0a0b', encoding: value },
    }),
  EsimPackageScope: (value) =>
    t.execute(doc('query ($v: EsimPackageScope!) { esimPackages(location: { mcc: "460" }, scope: $v) { id } }'), {
      v: value,
    }),
  EsimApp: (value) =>
    t.execute(doc('mutation ($input: EsimSignInInput!) { esimLogin(input: $input) { session { email } } }'), {
      input: { email: user.email, password: 'wrong', app: value },
    }),
  EsimPaymentOutcome: async (value) => {
    const placed = await user.execute(
      doc(
        'mutation { esimPreOrder(input: { packageId: "1000001", currency: "USD" }) { preOrder { orderId total { amount currency } } } }',
      ),
    );
    const { orderId, total } = placed.data!.esimPreOrder.preOrder;
    return user.execute(doc('mutation ($input: EsimPaymentInput!) { reportEsimPayment(input: $input) { outcome } }'), {
      input: { orderId, outcome: value, amount: total, paidAt: new Date().toISOString() },
    });
  },
  QrErrorCorrection: async (value) => {
    const orderId = await paidOrder();
    return user.execute(
      doc(
        'query ($id: ID!, $v: QrErrorCorrection) { myEsim(orderId: $id) { qrCodeImage(errorCorrection: $v) { svg } } }',
      ),
      { id: orderId, v: value },
    );
  },
  FleetLifecycleFilter: (value) =>
    t.execute(
      doc(
        'query ($v: FleetLifecycleFilter!) { fleet { sims(filter: { lifecycles: [$v] }, first: 1) { totalCount } } }',
      ),
      { v: value },
    ),
  FleetSimSortField: (value) =>
    t.execute(
      doc('query ($v: FleetSimSortField!) { fleet { sims(orderBy: { field: $v }, first: 1) { totalCount } } }'),
      { v: value },
    ),
  FleetSortDirection: (value) =>
    t.execute(
      doc(
        'query ($v: FleetSortDirection!) { fleet { sims(orderBy: { field: ICCID, direction: $v }, first: 1) { totalCount } } }',
      ),
      { v: value },
    ),
  NotificationKind: async (value) => {
    const replay = subscribe(
      client,
      doc('subscription ($v: [NotificationKind!]) { notifications(types: $v, after: "0-0") { kind } }'),
      { v: [value] },
    );
    const [first] = await replay.received(1);
    replay.unsubscribe();
    return { status: 200, ...first } as Result<Loose>;
  },
};

describe('input enums', () => {
  it('have no UNKNOWN value, and each has an operation in this sweep', () => {
    const enums = inputEnums(schema);
    expect(enums.filter((type) => type.getValue('UNKNOWN'))).toEqual([]);
    expect(enums.map((type) => type.name).sort()).toEqual(Object.keys(sweeps).sort());
  });

  it('answer every value with data or a typed error, never an internal one', async () => {
    const outcomes: string[] = [];
    for (const type of inputEnums(schema)) {
      for (const { name } of type.getValues()) {
        const result = await sweeps[type.name](name);
        expect(result.status, `${type.name}.${name}`).not.toBe(500);
        const codes = (result.errors ?? []).map((error) => error.extensions?.code);
        expect(codes, `${type.name}.${name}`).not.toContain('INTERNAL_SERVER_ERROR');
        expect(
          codes.every((code) => typeof code === 'string'),
          `${type.name}.${name}`,
        ).toBe(true);
        outcomes.push(`${type.name}.${name}: ${result.errors ? codes.join(',') : 'data'}`);
      }
    }
    // Most values reach data: the sweep exercises the resolvers, not only validation.
    expect(outcomes.filter((outcome) => outcome.endsWith(': data')).length).toBeGreaterThan(outcomes.length / 2);
  });
});
