import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csssEndpoints } from '../../../src/upstream/csss/endpoints.js';
import { applyOverrides, EndpointOverrideError, loadOverrides, readOverridesFile } from '../../../src/upstream/overrides.js';

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
      file('ok.json', JSON.stringify({ csss: { getUsageBatch: { path: '/flow/batchUsage', batchLimit: 50 }, listOrders: { pageSizeLimit: 20 } } })),
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
    expect(refusal(() => applyOverrides('csss', csssEndpoints, { csss: { getUsage: { url: '/x' } as never } }))).toContain('"csss.getUsage.url" is not a setting');
  });

  it('refuses values of the wrong type or out of range', () => {
    expect(refusal(() => applyOverrides('csss', csssEndpoints, { csss: { getUsage: { path: 42 as never } } }))).toContain('"csss.getUsage.path" must be a string starting with "/"');
    expect(refusal(() => applyOverrides('csss', csssEndpoints, { csss: { getUsage: { path: 'flow' } } }))).toContain('must be a string starting with "/"');
    expect(refusal(() => applyOverrides('csss', csssEndpoints, { csss: { listSims: { batchLimit: '10' as never } } }))).toContain('"csss.listSims.batchLimit" must be a whole number');
    expect(refusal(() => applyOverrides('csss', csssEndpoints, { csss: { listSims: { batchLimit: 0 } } }))).toContain('must be a whole number of at least 1');
    expect(refusal(() => applyOverrides('csss', csssEndpoints, { csss: { getUsage: { batchLimit: 5 } } }))).toContain('has no batch form');
    expect(refusal(() => applyOverrides('csss', csssEndpoints, { csss: { getUsage: { pageSizeLimit: 5 } } }))).toContain('is not paginated');
    expect(refusal(() => applyOverrides('csss', csssEndpoints, { csss: { getUsage: 'x' as never } }))).toContain('"csss.getUsage" must be an object');
  });

  it('refuses a file that is not JSON, not an object, or missing', () => {
    expect(refusal(() => readOverridesFile(file('bad.json', '{"csss": {')))).toMatch(/bad\.json is not valid JSON/);
    expect(refusal(() => readOverridesFile(file('array.json', '[]')))).toContain('must hold an object keyed by API family');
    expect(refusal(() => readOverridesFile(join(dir, 'missing.json')))).toMatch(/cannot read .*missing\.json: ENOENT/);
  });

  it('refuses a family no table claims, and reads nothing without a file', () => {
    expect(refusal(() => loadOverrides(file('family.json', '{"csss": {}, "cs": {}}')))).toContain('unknown API family "cs"');
    expect(loadOverrides(file('known.json', '{"csss": {}, "fms": {}, "mall": {}}'))).toEqual({ csss: {}, fms: {}, mall: {} });
    expect(loadOverrides(null)).toBeUndefined();
  });
});
