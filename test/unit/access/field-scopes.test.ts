import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldScopes } from '../../../src/access/field-scopes.js';
import { SCOPES } from '../../../src/access/scopes.js';
import { buildGatewaySchema } from '../../../src/graph/schema.js';

describe('scopes on the schema', () => {
  it('declares a scope on every root query, mutation and subscription field, and says so in its description', async () => {
    const schema = await buildGatewaySchema();
    const scoped = fieldScopes(schema);
    for (const root of [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!]) {
      for (const field of Object.values(root.getFields())) {
        const declared = scoped.find((entry) => entry.type === root.name && entry.field === field.name);
        expect(declared, `${root.name}.${field.name}`).toBeDefined();
        expect(field.description, `${root.name}.${field.name}`).toContain(`Requires scope \`${declared!.scopes[0]}\`.`);
      }
    }
  });

  it('asks for a further scope where a nested field reads another kind of data', async () => {
    const scoped = fieldScopes(await buildGatewaySchema());
    const scopeOf = (type: string, field: string) =>
      scoped.find((entry) => entry.type === type && entry.field === field)?.scopes;
    expect(scopeOf('Sim', 'orders')).toEqual(['orders:read']);
    expect(scopeOf('Sim', 'activeOrder')).toEqual(['orders:read']);
    expect(scopeOf('Order', 'sim')).toEqual(['sims:read']);
    expect(scopeOf('Mutation', 'sendSms')).toEqual(['sms:send']);
    expect(scopeOf('Subscription', 'notifications')).toEqual(['notifications:read']);
  });
});

describe('the README scope table', () => {
  it('lists every scope with what it grants, as src/access/scopes.ts names them', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const [scope, grants] of Object.entries(SCOPES)) expect(readme).toContain(`| \`${scope}\` | ${grants} |`);
  });
});
