import { GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDateTimeISO, GraphQLLocalDate, GraphQLSafeInt } from 'graphql-scalars';

/** The graph's own scalars: graphql-scalars' validation, this schema's names and descriptions. */

export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  name: 'DateTime',
  description: 'An instant in UTC, written as ISO 8601 with milliseconds: `2026-11-24T09:30:00.000Z`.',
  extensions: {},
});

export const DateScalar = new GraphQLScalarType({
  ...GraphQLLocalDate.toConfig(),
  name: 'Date',
  description: 'A calendar day, `yyyy-MM-dd`.',
  extensions: {},
});

export const BytesScalar = new GraphQLScalarType({
  ...GraphQLSafeInt.toConfig(),
  name: 'Bytes',
  description:
    'A count of bytes: a whole number up to 2^53 − 1 (9 PB), sent as a JSON number. Unlike `Int` it is not limited to 32 bits, and every value is exact in JavaScript.',
  extensions: {},
});

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function parseMonth(value: unknown): string {
  if (typeof value !== 'string' || !MONTH.test(value))
    throw new TypeError(`Month must be a string like "2026-11" (got ${JSON.stringify(value)})`);
  return value;
}

export const MonthScalar = new GraphQLScalarType({
  name: 'Month',
  description: 'A calendar month, `yyyy-MM`.',
  serialize: parseMonth,
  parseValue: parseMonth,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new TypeError('Month must be a string like "2026-11"');
    return parseMonth(ast.value);
  },
});
