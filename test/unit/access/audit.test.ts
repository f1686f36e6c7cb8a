import { describe, expect, it } from 'vitest';
import { idsOf, memoryAuditLog, outcomeOf, type NewAuditRecord } from '../../../src/access/audit.js';
import { UpstreamError } from '../../../src/upstream/errors.js';

const record = (operation: string, iccids: string[] = [], clientId: string | null = null): NewAuditRecord => ({
  at: new Date(0).toISOString(),
  clientId,
  callerKind: clientId ? 'apiKey' : 'anonymous',
  operation,
  iccids,
  orderIds: [],
  paymentIds: [],
  groupIds: [],
  esimAccount: null,
  idempotencyKey: null,
  outcome: 'ok',
  errorCode: null,
  upstreamCode: null,
});

describe('the memory audit log', () => {
  it('keeps only the newest records, and reads them newest first, a page at a time', async () => {
    const log = memoryAuditLog(3);
    for (const name of ['a', 'b', 'c', 'd', 'e']) await log.append(record(name));
    const first = await log.read({ first: 2 });
    expect(first.records.map((entry) => entry.operation)).toEqual(['e', 'd']);
    expect(first.hasNextPage).toBe(true);
    const rest = await log.read({ first: 2, after: first.endCursor });
    expect(rest.records.map((entry) => entry.operation)).toEqual(['c']);
    expect(rest.hasNextPage).toBe(false);
  });

  it('filters by SIM and by client', async () => {
    const log = memoryAuditLog(10);
    await log.append(record('a', ['1'], 'acme'));
    await log.append(record('b', ['2'], 'acme'));
    await log.append(record('c', ['1'], 'other'));
    expect((await log.read({ first: 10, iccid: '1' })).records.map((entry) => entry.operation)).toEqual(['c', 'a']);
    expect((await log.read({ first: 10, clientId: 'acme' })).records.map((entry) => entry.operation)).toEqual([
      'b',
      'a',
    ]);
  });
});

describe('what a record keeps of a write', () => {
  it('takes order, payment and group ids by name only, never other values', () => {
    const ids = idsOf(
      { iccid: '1', text: 'secret', paymentId: 'pi_1', clientSecret: 'pi_1_secret' },
      { placements: [{ orderId: 'O1' }, { orderId: 'O2' }], groupId: 'G1' },
    );
    expect(ids).toEqual({ orderIds: ['O1', 'O2'], paymentIds: ['pi_1'], groupIds: ['G1'] });
  });

  it('tells refused, failed and unknown outcomes apart', () => {
    const refusedCode = { extensions: { code: 'NOT_FOUND' } };
    expect(outcomeOf(refusedCode, false)).toEqual({ outcome: 'refused', errorCode: 'NOT_FOUND', upstreamCode: null });
    const failed = new UpstreamError('x', { code: 'UPSTREAM_ERROR', endpoint: 'csss.sendSms', upstreamCode: '9999' });
    expect(outcomeOf(failed, true)).toEqual({ outcome: 'failed', errorCode: 'UPSTREAM_ERROR', upstreamCode: '9999' });
    const timeout = new UpstreamError('x', { code: 'UPSTREAM_TIMEOUT', endpoint: 'csss.sendSms' });
    expect(outcomeOf(timeout, true)).toEqual({ outcome: 'unknown', errorCode: 'UPSTREAM_TIMEOUT', upstreamCode: null });
  });
});
