import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COVERAGE_END, COVERAGE_START, renderCoverage } from './coverage.js';

/** `npm run readme:coverage`: rewrites the README's coverage table from the endpoint tables. */
const file = fileURLToPath(new URL('../../../README.md', import.meta.url));
const readme = readFileSync(file, 'utf8');
const start = readme.indexOf(COVERAGE_START);
const end = readme.indexOf(COVERAGE_END);
if (start < 0 || end < start) {
  console.error(`README.md has no coverage markers (${COVERAGE_START} … ${COVERAGE_END})`);
  process.exit(1);
}
writeFileSync(file, `${readme.slice(0, start + COVERAGE_START.length)}\n${renderCoverage()}\n${readme.slice(end)}`);
console.log('README.md coverage table rewritten.');
