import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COVERAGE_END, COVERAGE_START, coverageFamilies, renderCoverage } from '../../../src/graph/coverage.js';

describe('the README coverage table', () => {
  it('gives every endpoint of every family a row saying where the graph reaches it', () => {
    for (const { title, table, coverage } of coverageFamilies) {
      expect(Object.keys(coverage).sort(), title).toEqual(Object.keys(table).sort());
      expect(
        Object.values(coverage).every((where) => where.trim().length > 0),
        title,
      ).toBe(true);
    }
  });

  it('is what the README shows (run `npm run readme:coverage` when this fails)', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const start = readme.indexOf(COVERAGE_START);
    const end = readme.indexOf(COVERAGE_END);
    expect(start).toBeGreaterThan(0);
    expect(readme.slice(start + COVERAGE_START.length, end).trim()).toBe(renderCoverage().trim());
  });
});
