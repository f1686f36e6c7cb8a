import {
  parse,
  Source,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { parseOptions } from './request-errors.js';

/**
 * Parsing and validation for WebSocket operations, done once per distinct query text: thousands of clients
 * subscribing with the same operation share one document instead of holding a parsed copy each.
 * Bounded: the least recently used query text is forgotten first.
 */
export interface DocumentCache {
  parse(source: string | Source): DocumentNode;
  validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[];
}

export function createDocumentCache(rules: readonly ValidationRule[], maxDocuments = 500): DocumentCache {
  const documents = new Map<string, DocumentNode>();
  const verdicts = new WeakMap<DocumentNode, readonly GraphQLError[]>();
  const allRules = [...specifiedRules, ...rules];
  return {
    parse(input) {
      const source = typeof input === 'string' ? input : input.body;
      const known = documents.get(source);
      if (known) {
        documents.delete(source);
        documents.set(source, known);
        return known;
      }
      const document = parse(source, parseOptions);
      documents.set(source, document);
      if (documents.size > maxDocuments) documents.delete(documents.keys().next().value!);
      return document;
    },
    validate(schema, document) {
      let errors = verdicts.get(document);
      if (!errors) {
        errors = validate(schema, document, allRules);
        verdicts.set(document, errors);
      }
      return errors;
    },
  };
}
