import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createDocumentCache } from '../../../src/server/documents.js';
import { operationLimits } from '../../../src/server/limits.js';

const schema = buildSchema('type Query { a: A } type A { b: A, n: Int }');

describe('the WebSocket document cache', () => {
  it('parses one query text once and forgets the least recently used past its bound', () => {
    const cache = createDocumentCache([], 2);
    const first = cache.parse('{ a { n } }');
    expect(cache.parse('{ a { n } }')).toBe(first);
    cache.parse('{ a { b { n } } }');
    cache.parse('{ a { n } }');
    cache.parse('{ a { b { b { n } } } }');
    expect(cache.parse('{ a { n } }')).toBe(first);
    expect(cache.parse('{ a { b { n } } }')).not.toBe(cache.parse('{ a { b { b { n } } } }'));
  });

  it('applies the standard rules and the gateway limits', () => {
    const cache = createDocumentCache(operationLimits().validationRules);
    expect(cache.validate(schema, cache.parse('{ a { n } }'))).toEqual([]);
    expect(cache.validate(schema, cache.parse('{ a { missing } }'))[0].message).toContain('missing');
    const deep = `{ ${'a { b { '.repeat(8)}n${' } }'.repeat(8)} }`;
    expect(cache.validate(schema, cache.parse(deep)).length).toBeGreaterThan(0);
  });
});
