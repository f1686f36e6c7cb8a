import { trace } from '@opentelemetry/api';
import { OperationTypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SANDBOX_ANONYMOUS } from '../../../src/access/caller.js';
import { traceOperation } from '../../../src/server/operation.js';
import { withRequestBudget } from '../../../src/upstream/request-budget.js';

function recorder() {
  const lines: { details: Record<string, unknown>; message: string }[] = [];
  return {
    lines,
    logger: { info: (details: Record<string, unknown>, message: string) => lines.push({ details, message }) },
  };
}

describe('operation log lines', () => {
  it('writes one structured line per mutation, with the caller and outcome but no variables', () => {
    const { lines, logger } = recorder();
    withRequestBudget({ calls: 0 }, () => {
      const operation = traceOperation(trace.getTracer('test'), logger, SANDBOX_ANONYMOUS);
      operation.named(OperationTypeNode.MUTATION, 'SendSms');
      operation.end(['UPSTREAM_TIMEOUT', 'UPSTREAM_TIMEOUT']);
    });
    expect(lines).toEqual([
      {
        message: 'mutation',
        details: {
          operation: 'SendSms',
          caller: { kind: 'anonymous', clientId: null, subject: null },
          outcome: ['UPSTREAM_TIMEOUT'],
        },
      },
    ]);
  });

  it('writes nothing for a query', () => {
    const { lines, logger } = recorder();
    const operation = traceOperation(trace.getTracer('test'), logger, SANDBOX_ANONYMOUS);
    operation.named(OperationTypeNode.QUERY, 'SimOverview');
    operation.end([]);
    expect(lines).toEqual([]);
  });
});
