import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildGatewaySchema } from '../../../src/graph/schema.js';

/** The schema is the documentation users read first: every public type, field, argument and enum value says what it is. */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (where: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : [])
          check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    if (isUnionType(type)) check(type.name, type.description);
  }
  return missing;
}

describe('schema documentation', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGatewaySchema();
  });

  it('describes every type, field, argument and enum value', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('keeps the root field names other tools rely on', () => {
    const query = Object.keys(schema.getQueryType()!.getFields());
    const mutation = Object.keys(schema.getMutationType()!.getFields());
    expect(query).toEqual(
      expect.arrayContaining(['sim', 'sims', 'simsInUse', 'plans', 'orders', 'order', 'monthlyUsage']),
    );
    expect(mutation).toEqual(
      expect.arrayContaining([
        'orderPlan',
        'bulkOrderPlan',
        'renewOrder',
        'enableOrder',
        'cancelOrder',
        'endOrderEarly',
        'suspendOrder',
        'resumeOrder',
        'orderOtaPlan',
        'sendSms',
      ]),
    );
  });

  it('never carries a byte count in a 32-bit Int', () => {
    const offenders = Object.values(schema.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
      .flatMap((type) => Object.values((type as ReturnType<GraphQLSchema['getQueryType']> & object).getFields()))
      .filter((field) => /bytes/i.test(field.name) && !String(field.type).startsWith('Bytes'))
      .map((field) => field.name);
    expect(offenders).toEqual([]);
  });
});
