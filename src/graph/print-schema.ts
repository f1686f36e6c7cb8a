import { lexicographicSortSchema, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildGatewaySchema } from './schema.js';

/**
 * `npm run schema` writes `schema.graphql` from the code; `npm run schema:check` fails when the committed file
 * differs, so the schema users read can never drift from the one the gateway serves.
 */
const file = fileURLToPath(new URL('../../../schema.graphql', import.meta.url));
const header =
  '# Generated from the code by `npm run schema`. Do not edit: `npm run schema:check` fails when it is stale.\n\n';

const printed = header + printSchema(lexicographicSortSchema(await buildGatewaySchema()));
if (process.argv.includes('--write')) {
  writeFileSync(file, printed);
  console.log(`wrote ${file}`);
} else {
  let committed = '';
  try {
    committed = readFileSync(file, 'utf8');
  } catch {
    // A missing file is simply stale.
  }
  if (committed !== printed) {
    console.error('schema.graphql is stale: run `npm run schema` and commit the result.');
    process.exit(1);
  }
  console.log('schema.graphql matches the code.');
}
