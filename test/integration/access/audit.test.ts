import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'redis';
import {
  AddMallBundleGroupSimsDocument,
  AuthorizeMallPaymentDocument,
  BulkOrderPlanDocument,
  CancelOrderDocument,
  ConfirmMallPaymentDocument,
  CreateMallOrderDocument,
  EnableOrderDocument,
  EsimLoginDocument,
  EsimPreOrderDocument,
  OrderOtaPlanDocument,
  OrderPlanDocument,
  ResetEsimPasswordDocument,
  SendSmsDocument,
} from '../../../examples/generated/operations.js';
import { SimLifecycle } from '../../../src/upstream/csss/enums.js';
import { ask, bearer } from '../../support/access.js';
import { startTestGateway, type TestGateway } from '../../support/gateway.js';
import { describeWithRedis, TEST_REDIS_URL, uniquePrefix } from '../../support/redis.js';
import { signUp } from '../esim/esim-world.js';

const AUDIT_LOG = `query Audit($first: Int, $after: String, $iccid: ID, $clientId: String) {
  auditLog(first: $first, after: $after, iccid: $iccid, clientId: $clientId) {
    edges { cursor node { id at clientId callerKind operation iccids orderIds paymentIds groupIds esimAccount idempotencyKey outcome errorCode upstreamCode } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Record_ {
  operation: string;
  iccids: string[];
  orderIds: string[];
  paymentIds: string[];
  groupIds: string[];
  esimAccount: string | null;
  idempotencyKey: string | null;
  outcome: string;
  errorCode: string | null;
  upstreamCode: string | null;
  clientId: string | null;
  callerKind: string;
}

async function auditOf(
  t: TestGateway,
  variables: Record<string, unknown> = {},
): Promise<{ records: Record_[]; hasNextPage: boolean; endCursor: string | null }> {
  const { data, errors } = await ask(t, AUDIT_LOG, { first: 100, ...variables });
  expect(errors).toBeUndefined();
  return { records: data!.auditLog.edges.map((edge: { node: Record_ }) => edge.node), ...data!.auditLog.pageInfo };
}

/** The newest record, which must be the only one the last write added. */
async function lastWrite(t: TestGateway, before: number): Promise<Record_> {
  const { records } = await auditOf(t);
  expect(records).toHaveLength(before + 1);
  return records[0];
}

const countOf = async (t: TestGateway) => (await auditOf(t)).records.length;

let t: TestGateway;
let idle: string[];
let plan: string;
beforeAll(async () => {
  t = await startTestGateway({ SANDBOX_SIMS: '60', UPSTREAM_TIMEOUT_MS: '300', UPSTREAM_RETRIES: '0' });
  const { state } = t.sandbox.csss;
  idle = state.sims
    .filter((sim) => sim.lifecycle === SimLifecycle.ACTIVE && !sim.ota && !state.orders.inUse(sim.iccid))
    .map((sim) => sim.iccid);
  plan = state.plans.find((candidate) => candidate.type === 'MONTHLY' && !candidate.ota)!.code;
});
afterAll(() => t.close());

describe('one audit record per write', () => {
  it('for a plan order and each change of it, with its SIM, order id and idempotency key', async () => {
    let count = await countOf(t);
    const placed = await t.execute(OrderPlanDocument, {
      input: { iccid: idle[0], planCode: plan },
      idempotencyKey: 'audit-order-1',
    });
    const orderId = placed.data!.orderPlan!.orderId;
    expect(await lastWrite(t, count++)).toMatchObject({
      operation: 'orderPlan',
      iccids: [idle[0]],
      orderIds: [orderId],
      idempotencyKey: 'audit-order-1',
      outcome: 'OK',
      errorCode: null,
      clientId: null,
      callerKind: 'anonymous',
    });
    await t.execute(EnableOrderDocument, { input: { orderId } });
    expect(await lastWrite(t, count++)).toMatchObject({ operation: 'enableOrder', orderIds: [orderId] });
    await t.execute(CancelOrderDocument, { input: { orderId } });
    expect(await lastWrite(t, count++)).toMatchObject({ operation: 'cancelOrder', orderIds: [orderId] });
  });

  it('for a bulk order and an OTA order', async () => {
    let count = await countOf(t);
    const bulk = await t.execute(BulkOrderPlanDocument, { input: { iccids: idle.slice(1, 3), planCode: plan } });
    expect(bulk.errors).toBeUndefined();
    const record = await lastWrite(t, count++);
    expect(record).toMatchObject({ operation: 'bulkOrderPlan', iccids: idle.slice(1, 3), outcome: 'OK' });
    expect(record.orderIds.sort()).toEqual(
      bulk.data!.bulkOrderPlan!.placements.map((placement) => placement.orderId).sort(),
    );
    const ota = t.sandbox.csss.state.sims.find((sim) => sim.ota && sim.lifecycle === SimLifecycle.ACTIVE)!.iccid;
    const otaPlan = t.sandbox.csss.state.plans.find((candidate) => candidate.ota)!;
    const placed = await t.execute(OrderOtaPlanDocument, {
      input: {
        iccid: ota,
        planCode: otaPlan.code,
        days: otaPlan.periodDays,
        payment: { method: 'ALIPAY', state: 'PAID', amount: { amount: otaPlan.price, currency: otaPlan.currency } },
      },
    });
    expect(await lastWrite(t, count++)).toMatchObject({
      operation: 'orderOtaPlan',
      iccids: [ota],
      orderIds: [placed.data!.orderOtaPlan!.orderId],
    });
  });

  it('for an SMS, without its text; and says how a failed one ended', async () => {
    let count = await countOf(t);
    const text = 'secret door code 4711';
    await t.execute(SendSmsDocument, { input: { iccid: idle[3], text }, idempotencyKey: 'sms-1' });
    const record = await lastWrite(t, count++);
    expect(record).toMatchObject({ operation: 'sendSms', iccids: [idle[3]], idempotencyKey: 'sms-1', outcome: 'OK' });
    expect(JSON.stringify(record)).not.toContain('4711');
    // Linksfield refuses it: FAILED with its code. No answer: UNKNOWN. Stopped by the gateway: REFUSED.
    t.sandbox.inject({ endpoint: 'csss.sendSms', kind: 'business', code: '9999' });
    await t.execute(SendSmsDocument, { input: { iccid: idle[3], text: 'again' } });
    expect(await lastWrite(t, count++)).toMatchObject({
      operation: 'sendSms',
      outcome: 'FAILED',
      upstreamCode: '9999',
    });
    t.sandbox.inject({ endpoint: 'csss.sendSms', kind: 'timeout' });
    await t.execute(SendSmsDocument, { input: { iccid: idle[3], text: 'again' } });
    expect(await lastWrite(t, count++)).toMatchObject({
      operation: 'sendSms',
      outcome: 'UNKNOWN',
      errorCode: 'UPSTREAM_TIMEOUT',
      upstreamCode: null,
    });
    const reused = await t.execute(SendSmsDocument, {
      input: { iccid: idle[3], text: 'another text' },
      idempotencyKey: 'sms-1',
    });
    expect(reused.errors?.[0].extensions?.code).toBeDefined();
    expect(await lastWrite(t, count++)).toMatchObject({
      operation: 'sendSms',
      outcome: 'REFUSED',
      idempotencyKey: 'sms-1',
    });
  });

  it('for Mall payments, orders and bundle-group changes, with payment, order and group ids', async () => {
    let count = await countOf(t);
    const authorized = await t.execute(AuthorizeMallPaymentDocument, {
      input: { iccid: '89860012018111220455', planCode: 'PACKAGE20180428000009', orderNumber: 'AUDIT-1' },
    });
    const { paymentId } = authorized.data!.authorizeMallPayment!.authorization;
    const record = await lastWrite(t, count++);
    expect(record).toMatchObject({
      operation: 'authorizeMallPayment',
      iccids: ['89860012018111220455'],
      paymentIds: [paymentId],
      outcome: 'OK',
    });
    expect(JSON.stringify(record)).not.toContain(authorized.data!.authorizeMallPayment!.authorization.clientSecret);
    await t.execute(ConfirmMallPaymentDocument, { input: { paymentId } });
    expect(await lastWrite(t, count++)).toMatchObject({
      operation: 'confirmMallPayment',
      paymentIds: [paymentId],
      outcome: 'OK',
    });
    const order = await t.execute(CreateMallOrderDocument, {
      input: {
        iccid: '89852420180910340793',
        planCode: 'PACKAGE20180428000009',
        periods: 1,
        orderNumber: 'AUDIT-2',
        paymentId: 'PAY-AUDIT-2',
      },
    });
    expect(order.errors).toBeUndefined();
    expect(await lastWrite(t, count++)).toMatchObject({
      operation: 'createMallOrder',
      iccids: ['89852420180910340793'],
      paymentIds: ['PAY-AUDIT-2'],
      orderIds: ['AUDIT-2'],
      outcome: 'OK',
    });
    await t.execute(AddMallBundleGroupSimsDocument, {
      input: { groupId: 'G1002', iccids: ['89852024000000000104'] },
      idempotencyKey: 'group-1',
    });
    expect(await lastWrite(t, count++)).toMatchObject({
      operation: 'addMallBundleGroupSims',
      groupIds: ['G1002'],
      iccids: ['89852024000000000104'],
      idempotencyKey: 'group-1',
    });
  });

  it("for an eSIM order, without the user's address or token", async () => {
    const user = await signUp(t);
    const count = await countOf(t);
    const placed = await user.execute(EsimPreOrderDocument, { input: { packageId: '1000001', currency: 'USD' } });
    expect(placed.errors).toBeUndefined();
    const record = await lastWrite(t, count);
    expect(record).toMatchObject({ operation: 'esimPreOrder', outcome: 'OK' });
    expect(record.orderIds).toContain(placed.data!.esimPreOrder!.preOrder.orderId);
    expect(JSON.stringify(record)).not.toContain(user.token);
    expect(JSON.stringify(record)).not.toContain(user.email);
  });
  it('for eSIM sign-ins and password changes, naming the account by digest, never its address or secrets', async () => {
    let count = await countOf(t);
    const user = await signUp(t, 'first password');
    const account = createHash('sha256').update(user.email.toLowerCase()).digest('hex');
    expect(await lastWrite(t, count++)).toMatchObject({
      operation: 'esimRegister',
      esimAccount: account,
      outcome: 'OK',
    });

    const wrong = await t.execute(EsimLoginDocument, { input: { email: user.email, password: 'not it' } });
    expect(wrong.errors).toBeDefined();
    const failed = await lastWrite(t, count++);
    expect(failed).toMatchObject({ operation: 'esimLogin', esimAccount: account, outcome: 'FAILED' });
    expect(failed.upstreamCode).not.toBeNull();

    const reset = await t.execute(ResetEsimPasswordDocument, {
      input: { email: user.email.toUpperCase(), password: 'first password', newPassword: 'second password' },
    });
    expect(reset.errors).toBeUndefined();
    expect(await lastWrite(t, count++)).toMatchObject({
      operation: 'resetEsimPassword',
      esimAccount: account,
      outcome: 'OK',
    });

    const malformed = await t.execute(EsimLoginDocument, { input: { email: 'not an address', password: 'x' } });
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await lastWrite(t, count++)).toMatchObject({
      operation: 'esimLogin',
      outcome: 'REFUSED',
      upstreamCode: null,
    });

    const { records } = await auditOf(t);
    for (const secret of [user.email, user.token, 'first password', 'second password', 'not it'])
      expect(JSON.stringify(records)).not.toContain(secret);
  });
});

describe('auditLog', () => {
  it('filters by SIM and by client, pages with after, and needs the admin scope', async () => {
    const bySim = await auditOf(t, { iccid: idle[3] });
    expect(bySim.records.length).toBe(4);
    expect(bySim.records.every((record) => record.iccids.includes(idle[3]))).toBe(true);
    expect((await auditOf(t, { clientId: 'nobody' })).records).toEqual([]);
    const first = await auditOf(t, { first: 2 });
    expect(first.records).toHaveLength(2);
    expect(first.hasNextPage).toBe(true);
    const next = await auditOf(t, { first: 2, after: first.endCursor });
    expect(next.records[0]).toEqual((await auditOf(t)).records[2]);
    expect((await ask(t, AUDIT_LOG, { after: 'bogus' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const demo = await ask(t, AUDIT_LOG, {}, bearer(t.gateway.sandboxDemo!.key));
    expect(demo.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describeWithRedis('the audit stream in Redis', () => {
  const prefix = uniquePrefix('audit');
  let a: TestGateway;
  let b: TestGateway;
  beforeAll(async () => {
    const env = {
      SANDBOX_SIMS: '5',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      AUDIT_LOG_MAX_RECORDS: '100',
    };
    [a, b] = await Promise.all([startTestGateway(env), startTestGateway(env)]);
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
    const redis = createClient({ url: TEST_REDIS_URL });
    await redis.connect();
    for await (const keys of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 1000 }))
      if (keys.length > 0) await redis.del(keys);
    await redis.close();
  });

  it('is shared by instances, under the key prefix, and bounded', async () => {
    const iccid = a.sandbox.csss.state.sims[0].iccid;
    await a.execute(SendSmsDocument, { input: { iccid, text: 'hello' } });
    expect((await auditOf(b)).records).toMatchObject([{ operation: 'sendSms', iccids: [iccid] }]);
    const redis = createClient({ url: TEST_REDIS_URL });
    await redis.connect();
    try {
      expect(await redis.type(`${prefix}audit`)).toBe('stream');
      const { id: _id, ...record } = (await auditOf(b, { first: 1 })).records[0] as Record_ & { id: string };
      for (let index = 0; index < 300; index += 1)
        await a.gateway.services.audit.append({ ...record, at: new Date().toISOString() } as never);
      expect(await redis.xLen(`${prefix}audit`)).toBeLessThan(300);
    } finally {
      await redis.close();
    }
  });
});
