import {
  GraphQLInputObjectType,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  isInputObjectType,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { markOneOfInputs, OneOfVariablesRule } from '../../../src/graph/one-of.js';
import { buildGatewaySchema } from '../../../src/graph/schema.js';

/** `@oneOf` inputs: a client gives exactly one field; graphql-js enforces it for literals and variables alike. */
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildGatewaySchema();
});

const errorsOf = (source: string) =>
  validate(schema, parse(source), [...specifiedRules, OneOfVariablesRule]).map((error) => error.message);

describe('@oneOf inputs', () => {
  it('are the "exactly one of" inputs, printed with the directive', () => {
    const oneOf = Object.values(schema.getTypeMap())
      .filter((type) => isInputObjectType(type) && type.isOneOf)
      .map((type) => type.name);
    expect(oneOf.sort()).toEqual(['EsimPackageLocation', 'MallOrderLookup']);
    const printed = readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8');
    expect(printed).toContain('input EsimPackageLocation @oneOf {');
    expect(printed).toContain('input MallOrderLookup @oneOf {');
  });

  it('refuse a literal with none or two of the fields, and take one', () => {
    expect(errorsOf('{ esimPackages(location: {}) { id } }')).toEqual([
      'OneOf Input Object "EsimPackageLocation" must specify exactly one key.',
    ]);
    expect(errorsOf('{ mallOrder(lookup: { orderId: "1", iccid: "89852420180910340793" }) { orderId } }')).toHaveLength(
      1,
    );
    expect(errorsOf('{ mallOrder(lookup: { orderId: "1" }) { orderId } }')).toEqual([]);
  });

  it('refuse a variable for a one-of field that could be null', () => {
    expect(errorsOf('query ($mcc: ID) { esimPackages(location: { mcc: $mcc }) { id } }')).toHaveLength(1);
    expect(errorsOf('query ($mcc: ID!) { esimPackages(location: { mcc: $mcc }) { id } }')).toEqual([]);
  });

  it('are declared only on inputs whose fields are all nullable', () => {
    const broken = new GraphQLInputObjectType({
      name: 'Broken',
      fields: { a: { type: new GraphQLNonNull(GraphQLString) } },
    });
    const query = new GraphQLObjectType({
      name: 'Query',
      fields: { f: { type: GraphQLString, args: { x: { type: broken } } } },
    });
    expect(() => markOneOfInputs(new GraphQLSchema({ query }), ['Broken'])).toThrow(/Broken.a must be nullable/);
    expect(() => markOneOfInputs(new GraphQLSchema({ query }), ['Query'])).toThrow(/not an input type/);
  });
});
