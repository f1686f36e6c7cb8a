import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { stableJson } from '../../../src/server/response-cache.js';
import { loadTrustedDocuments, sha256 } from '../../../src/server/trusted-documents.js';

const folder = mkdtempSync(join(tmpdir(), 'lf-manifest-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
const manifestOf = (content: string) => {
  const file = join(folder, `m${files++}.json`);
  writeFileSync(file, content);
  return file;
};
const QUERY = 'query One { plans { code } }';
const MUTATION = 'mutation Two { sendSms(input: { iccid: "1", text: "x" }) { smsId } }';

describe('the trusted documents manifest', () => {
  it('is off unless asked for, and allow/enforce need a file', () => {
    expect(loadTrustedDocuments({ mode: 'off', file: null })).toBeNull();
    expect(() => loadConfig({ GRAPHQL_TRUSTED_DOCUMENTS: 'enforce' })).toThrow(
      /GRAPHQL_TRUSTED_DOCUMENTS=enforce needs GRAPHQL_TRUSTED_DOCUMENTS_FILE/,
    );
    expect(() => loadConfig({ GRAPHQL_TRUSTED_DOCUMENTS: 'sometimes' })).toThrow(/must be one of off, allow, enforce/);
  });

  it('resolves ids and exact texts, and knows which documents are queries', () => {
    const trusted = loadTrustedDocuments({
      mode: 'allow',
      file: manifestOf(JSON.stringify({ [sha256(QUERY)]: QUERY, [sha256(MUTATION)]: MUTATION })),
    })!;
    expect(trusted.size).toBe(2);
    expect(trusted.resolve({ documentId: `sha256:${sha256(QUERY)}` })).toMatchObject({
      kind: 'trusted',
      document: { query: QUERY, queryOnly: true },
    });
    expect(trusted.resolve({ query: MUTATION })).toMatchObject({ kind: 'trusted', document: { queryOnly: false } });
    expect(trusted.resolve({ query: '{ plans { name } }' })).toEqual({ kind: 'other' });
    const enforced = loadTrustedDocuments({
      mode: 'enforce',
      file: manifestOf(JSON.stringify({ [sha256(QUERY)]: QUERY })),
    })!;
    expect(enforced.resolve({ query: '{ plans { name } }' })).toMatchObject({
      kind: 'refused',
      code: 'TRUSTED_DOCUMENT_REQUIRED',
    });
    expect(enforced.resolve({ extensions: { persistedQuery: { sha256Hash: sha256('x') } } })).toMatchObject({
      kind: 'refused',
      code: 'PERSISTED_QUERY_NOT_FOUND',
    });
  });

  it('stops start-up with one clear message for a bad manifest', () => {
    const cases: [string, RegExp][] = [
      ['{', /not valid JSON/],
      ['[]', /must be an object/],
      [JSON.stringify({ abc: QUERY }), /not a lowercase SHA-256/],
      [JSON.stringify({ [sha256('other')]: QUERY }), /is not the SHA-256 of its document/],
      [JSON.stringify({ [sha256('{ nope')]: '{ nope' }), /does not parse/],
    ];
    for (const [content, message] of cases) {
      const load = () => loadTrustedDocuments({ mode: 'enforce', file: manifestOf(content) });
      expect(load).toThrow(ConfigError);
      expect(load).toThrow(message);
    }
    expect(() => loadTrustedDocuments({ mode: 'allow', file: join(folder, 'missing.json') })).toThrow(
      /cannot be read \(ENOENT\)/,
    );
  });
});

describe('response cache keys', () => {
  it('name the same variables whatever their key order', () => {
    expect(stableJson({ b: [1, { y: 2, x: null }], a: 'z' })).toBe(stableJson({ a: 'z', b: [1, { x: null, y: 2 }] }));
    expect(stableJson({ a: 1 })).not.toBe(stableJson({ a: '1' }));
  });
});
