import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Upstream mechanics stay at the edge: the public schema names no API version, no undocumented code string, no
 * upstream currency id, no section of our internal reference and no environment variable. What the gateway assumes
 * about Linksfield lives in the README's coverage table, not in descriptions a client developer reads.
 */
const schema = readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8');
const configSource = readFileSync(new URL('../../../src/config.ts', import.meta.url), 'utf8');

/** Every environment variable the gateway reads: the names `src/config.ts` passes to its readers. */
const environmentVariables = [
  ...new Set([...configSource.matchAll(/\.\w+\(\s*'([A-Z][A-Z0-9_]+)'/g)].map((match) => match[1])),
];

const forbidden: [string, RegExp][] = [
  ['a section of the internal reference', /§/],
  ['an API version', /apiVersion|\bv\d+\.\d+\b|\bV\d+_\d+\b/],
  ['an undocumented code string', /timingType|timing_type|`\d{1,2}`/],
  ['an upstream currency id', /currencyId/],
  ['an upstream error code', /\(\d{4,5}\)|upstream \d{4,}/],
  ['an assumption about Linksfield', /\bassumed\b|documented by name|cut off in the docs/i],
  ['an upstream family name', /\bFMS\b|Stripe/],
];

describe('schema.graphql', () => {
  it('reads its environment variable names from the config', () => {
    expect(environmentVariables).toEqual(
      expect.arrayContaining(['REDIS_URL', 'FMS_PREORDER_TIMEOUT_MINUTES', 'LINKSFIELD_LANGUAGE']),
    );
  });

  it.each(forbidden)('holds no %s', (_what, pattern) => {
    const offenders = schema.split('\n').filter((line) => pattern.test(line));
    expect(offenders).toEqual([]);
  });

  it('names no environment variable', () => {
    const offenders = environmentVariables.filter((name) => new RegExp(`\\b${name}\\b`).test(schema));
    expect(offenders).toEqual([]);
  });
});
