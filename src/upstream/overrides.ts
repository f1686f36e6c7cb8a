import { readFileSync } from 'node:fs';
import { readCodeOverrides, type CodeTable } from './code-table.js';
import type { EndpointTable } from './endpoint.js';

/**
 * A deployment overrides any endpoint's path, batch limit or page size limit, and what any upstream failure code
 * means, without a code change, through the JSON file named by `LINKSFIELD_ENDPOINTS_FILE`:
 *
 *   { "csss": { "getUsageBatch": { "path": "/flow/batchUsage", "batchLimit": 50 },
 *               "codes": { "2001": { "gatewayCode": "NOT_FOUND" } } } }
 *
 * Unknown families, endpoints or keys, and values of the wrong type, are refused with a message
 * naming them, so a typo stops start-up instead of being silently ignored.
 */
interface EndpointOverride {
  path?: string;
  batchLimit?: number;
  pageSizeLimit?: number;
}

export type EndpointOverrides = Record<string, Record<string, EndpointOverride>>;

export class EndpointOverrideError extends Error {
  constructor(message: string) {
    super(`LINKSFIELD_ENDPOINTS_FILE: ${message}`);
    this.name = 'EndpointOverrideError';
  }
}

export function readOverridesFile(file: string): EndpointOverrides {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    throw new EndpointOverrideError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new EndpointOverrideError(`${file} is not valid JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new EndpointOverrideError(`${file} must hold an object keyed by API family`);
  }
  return parsed as EndpointOverrides;
}

/** Returns the family's table with the overrides applied; the original table is left untouched. */
export function applyOverrides<T extends EndpointTable>(
  family: string,
  table: T,
  overrides: EndpointOverrides | undefined,
): T {
  const forFamily = overrides?.[family];
  if (forFamily === undefined) return table;
  if (forFamily === null || typeof forFamily !== 'object')
    throw new EndpointOverrideError(`"${family}" must be an object`);
  const result: Record<string, unknown> = { ...table };
  for (const [name, override] of Object.entries(forFamily)) {
    if (name === CODES_KEY) continue;
    const row = table[name];
    if (!row)
      throw new EndpointOverrideError(
        `"${family}.${name}" is not an endpoint (known: ${Object.keys(table).join(', ')})`,
      );
    const where = `${family}.${name}`;
    checkOverride(where, override, row.batch !== undefined, row.pageSizeLimit !== undefined);
    result[name] = {
      ...row,
      path: override.path ?? row.path,
      batch: row.batch && override.batchLimit ? { ...row.batch, limit: override.batchLimit } : row.batch,
      pageSizeLimit: override.pageSizeLimit ?? row.pageSizeLimit,
    };
  }
  return result as T;
}

/** Under a family, the key that holds its failure codes rather than an endpoint. */
const CODES_KEY = 'codes';

/** The family's failure codes with the file's `<family>.codes` laid over them; the table itself when there are none. */
export function applyCodeOverrides(
  family: string,
  table: CodeTable,
  overrides: EndpointOverrides | undefined,
): CodeTable {
  const codes = (overrides?.[family] as Record<string, unknown> | undefined)?.[CODES_KEY];
  if (codes === undefined) return table;
  return table.withOverrides(
    readCodeOverrides(`${family}.${CODES_KEY}`, codes, (message) => {
      throw new EndpointOverrideError(message);
    }),
  );
}

/** The API families an override file may name. */
const API_FAMILIES = ['csss', 'fms', 'mall'] as const;

/** The deployment's overrides (none without a file), with a misspelt family name refused. */
export function loadOverrides(file: string | null): EndpointOverrides | undefined {
  if (file === null) return undefined;
  const overrides = readOverridesFile(file);
  const unknown = Object.keys(overrides).filter((family) => !(API_FAMILIES as readonly string[]).includes(family));
  if (unknown.length > 0)
    throw new EndpointOverrideError(
      `unknown API family ${unknown.map((name) => `"${name}"`).join(', ')} (known: ${API_FAMILIES.join(', ')})`,
    );
  return overrides;
}

function checkOverride(
  where: string,
  override: unknown,
  batchable: boolean,
  paged: boolean,
): asserts override is EndpointOverride {
  if (override === null || typeof override !== 'object' || Array.isArray(override))
    throw new EndpointOverrideError(`"${where}" must be an object`);
  for (const [key, value] of Object.entries(override)) {
    if (key === 'path') {
      if (typeof value !== 'string' || !value.startsWith('/'))
        throw new EndpointOverrideError(`"${where}.path" must be a string starting with "/"`);
    } else if (key === 'batchLimit' || key === 'pageSizeLimit') {
      if (!Number.isInteger(value) || (value as number) < 1)
        throw new EndpointOverrideError(`"${where}.${key}" must be a whole number of at least 1`);
      if (key === 'batchLimit' && !batchable)
        throw new EndpointOverrideError(`"${where}" has no batch form, so batchLimit does not apply`);
      if (key === 'pageSizeLimit' && !paged)
        throw new EndpointOverrideError(`"${where}" is not paginated, so pageSizeLimit does not apply`);
    } else {
      throw new EndpointOverrideError(`"${where}.${key}" is not a setting (use path, batchLimit or pageSizeLimit)`);
    }
  }
}
