import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csssEndpoints } from '../../../src/upstream/csss/endpoints.js';
import { csssCodeTable } from '../../../src/upstream/csss/codes.js';
import { fmsCodeTable } from '../../../src/upstream/fms/codes.js';
import { mallCodeTable } from '../../../src/upstream/mall/codes.js';
import {
  applyCodeOverrides,
  applyOverrides,
  EndpointOverrideError,
  loadOverrides,
  readOverridesFile,
} from '../../../src/upstream/overrides.js';

const dir = mkdtempSync(join(tmpdir(), 'overrides-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EndpointOverrideError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('endpoint overrides (LINKSFIELD_ENDPOINTS_FILE)', () => {
  it('applies a valid file to a copy of the table', () => {
    const overrides = readOverridesFile(
      file(
        'ok.json',
        JSON.stringify({
          csss: { getUsageBatch: { path: '/flow/batchUsage', batchLimit: 50 }, listOrders: { pageSizeLimit: 20 } },
        }),
      ),
    );
    const table = applyOverrides('csss', csssEndpoints, overrides);
    expect(table.getUsageBatch.path).toBe('/flow/batchUsage');
    expect(table.getUsageBatch.batch).toEqual({ field: 'deviceList', limit: 50 });
    expect(table.listOrders.pageSizeLimit).toBe(20);
    expect(table.getUsage).toBe(csssEndpoints.getUsage);
    expect(csssEndpoints.getUsageBatch.path).toBe('/flow/batchQueryDeviceFlowUsage');
    expect(csssEndpoints.getUsageBatch.batch.limit).toBe(100);
  });

  it('returns the table itself when the family has no overrides', () => {
    expect(applyOverrides('csss', csssEndpoints, undefined)).toBe(csssEndpoints);
    expect(applyOverrides('csss', csssEndpoints, { fms: {} })).toBe(csssEndpoints);
  });

  it('refuses an unknown endpoint, naming it and the known ones', () => {
    const message = refusal(() => applyOverrides('csss', csssEndpoints, { csss: { getUsages: { path: '/x' } } }));
    expect(message).toContain('"csss.getUsages" is not an endpoint');
    expect(message).toContain('getUsage,');
  });

  it('refuses an unknown key', () => {
    expect(
      refusal(() => applyOverrides('csss', csssEndpoints, { csss: { getUsage: { url: '/x' } as never } })),
    ).toContain('"csss.getUsage.url" is not a setting');
  });

  it('refuses values of the wrong type or out of range', () => {
    expect(
      refusal(() => applyOverrides('csss', csssEndpoints, { csss: { getUsage: { path: 42 as never } } })),
    ).toContain('"csss.getUsage.path" must be a string starting with "/"');
    expect(refusal(() => applyOverrides('csss', csssEndpoints, { csss: { getUsage: { path: 'flow' } } }))).toContain(
      'must be a string starting with "/"',
    );
    expect(
      refusal(() => applyOverrides('csss', csssEndpoints, { csss: { listSims: { batchLimit: '10' as never } } })),
    ).toContain('"csss.listSims.batchLimit" must be a whole number');
    expect(refusal(() => applyOverrides('csss', csssEndpoints, { csss: { listSims: { batchLimit: 0 } } }))).toContain(
      'must be a whole number of at least 1',
    );
    expect(refusal(() => applyOverrides('csss', csssEndpoints, { csss: { getUsage: { batchLimit: 5 } } }))).toContain(
      'has no batch form',
    );
    expect(
      refusal(() => applyOverrides('csss', csssEndpoints, { csss: { getUsage: { pageSizeLimit: 5 } } })),
    ).toContain('is not paginated');
    expect(refusal(() => applyOverrides('csss', csssEndpoints, { csss: { getUsage: 'x' as never } }))).toContain(
      '"csss.getUsage" must be an object',
    );
  });

  it('refuses a file that is not JSON, not an object, or missing', () => {
    expect(refusal(() => readOverridesFile(file('bad.json', '{"csss": {')))).toMatch(/bad\.json is not valid JSON/);
    expect(refusal(() => readOverridesFile(file('array.json', '[]')))).toContain(
      'must hold an object keyed by API family',
    );
    expect(refusal(() => readOverridesFile(join(dir, 'missing.json')))).toMatch(/cannot read .*missing\.json: ENOENT/);
  });

  it('refuses a family no table claims, and reads nothing without a file', () => {
    expect(refusal(() => loadOverrides(file('family.json', '{"csss": {}, "cs": {}}')))).toContain(
      'unknown API family "cs"',
    );
    expect(loadOverrides(file('known.json', '{"csss": {}, "fms": {}, "mall": {}}'))).toEqual({
      csss: {},
      fms: {},
      mall: {},
    });
    expect(loadOverrides(null)).toBeUndefined();
  });
});

describe('failure code overrides (`codes` under a family)', () => {
  it('lays configured codes over the built-in ones, and leaves endpoints alone', () => {
    const overrides = readOverridesFile(
      file(
        'codes.json',
        JSON.stringify({
          csss: {
            codes: {
              '2001': { gatewayCode: 'NOT_FOUND', meaning: 'no such device' },
              E42: { gatewayCode: 'UPSTREAM_UNAVAILABLE', retryable: true },
            },
          },
        }),
      ),
    );
    expect(applyOverrides('csss', csssEndpoints, overrides)).toEqual(csssEndpoints);
    const codes = applyCodeOverrides('csss', csssCodeTable, overrides);
    expect(codes.classify('2001')).toEqual({
      meaning: 'no such device',
      gatewayCode: 'NOT_FOUND',
      retryable: false,
      provenance: 'configured',
    });
    expect(codes.classify('E42')).toMatchObject({
      gatewayCode: 'UPSTREAM_UNAVAILABLE',
      retryable: true,
      provenance: 'configured',
    });
    expect(codes.classify('1002')).toMatchObject({ gatewayCode: 'UPSTREAM_AUTH_FAILED', provenance: 'assumed' });
    expect(csssCodeTable.classify('2001').provenance).toBe('assumed');
    expect(applyCodeOverrides('mall', mallCodeTable, overrides)).toBe(mallCodeTable);
  });

  it('keeps the upstream code on an error from a code nobody listed, never retryable', () => {
    const error = csssCodeTable.error('csss.orderPlan', '7777', 'something new');
    expect(error).toMatchObject({
      code: 'UPSTREAM_ERROR',
      upstreamCode: '7777',
      upstreamMessage: 'something new',
      retryable: false,
    });
  });

  it('gives every built-in code a provenance; only success is documented for CSSS and the Mall', () => {
    for (const table of [csssCodeTable, mallCodeTable])
      for (const entry of Object.values(table.entries)) expect(entry.provenance).toBe('assumed');
    expect(Object.values(fmsCodeTable.entries).map((entry) => entry.provenance)).toContain('documented');
  });

  it.each([
    [{ csss: { codes: [] } }, '"csss.codes" must be an object keyed by upstream code'],
    [{ csss: { codes: { '2001': 'NOT_FOUND' } } }, '"csss.codes.2001" must be an object with a gatewayCode'],
    [{ csss: { codes: { '2001': { gatewayCode: 'GONE' } } } }, '"csss.codes.2001.gatewayCode" must be one of'],
    [{ mall: { codes: { E1: { gatewayCode: 'NOT_FOUND', retry: true } } } }, '"mall.codes.E1.retry" is not a setting'],
    [
      { fms: { codes: { '5': { gatewayCode: 'NOT_FOUND', retryable: 'yes' } } } },
      '"fms.codes.5.retryable" must be true or false',
    ],
  ])('refuses %j', (content, message) => {
    const overrides = readOverridesFile(file('bad-codes.json', JSON.stringify(content)));
    const family = Object.keys(content)[0];
    const table = { csss: csssCodeTable, mall: mallCodeTable, fms: fmsCodeTable }[family]!;
    expect(refusal(() => applyCodeOverrides(family, table, overrides))).toContain(message);
  });
});
