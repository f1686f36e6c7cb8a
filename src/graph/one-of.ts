import { isInputObjectType, type GraphQLSchema } from 'graphql';

/** The input classes marked `@OneOf()`, by the type name type-graphql gives them (the class name). */
const oneOfInputs = new Set<string>();

/**
 * Marks an input type `@oneOf`: a client gives exactly one of its fields, non-null. graphql-js validates and
 * coerces such inputs itself (literals and variables alike); type-graphql only lacks a way to declare them.
 */
export function OneOf(): ClassDecorator {
  return (target) => {
    oneOfInputs.add(target.name);
  };
}

/** Applies the `@OneOf()` marks to a built schema. */
export function markOneOfInputs(schema: GraphQLSchema): void {
  for (const name of oneOfInputs) {
    const type = schema.getType(name);
    if (!isInputObjectType(type)) throw new Error(`@OneOf() marks ${name}, which is not an input type of the schema`);
    for (const field of Object.values(type.getFields())) {
      if (field.type.toString().endsWith('!') || field.defaultValue !== undefined) throw new Error(`@oneOf input ${name}.${field.name} must be nullable, without a default`);
    }
    (type as { isOneOf: boolean }).isOneOf = true;
  }
}
