import {
  getNamedType,
  GraphQLError,
  isInputObjectType,
  Kind,
  type ASTVisitor,
  type GraphQLSchema,
  type ValidationContext,
} from 'graphql';

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

/** Applies the `@OneOf()` marks (or the named inputs) to a built schema. */
export function markOneOfInputs(schema: GraphQLSchema, names: Iterable<string> = oneOfInputs): void {
  for (const name of names) {
    const type = schema.getType(name);
    if (!isInputObjectType(type)) throw new Error(`@OneOf() marks ${name}, which is not an input type of the schema`);
    for (const field of Object.values(type.getFields())) {
      if (field.type.toString().endsWith('!') || field.defaultValue !== undefined)
        throw new Error(`@oneOf input ${name}.${field.name} must be nullable, without a default`);
    }
    (type as { isOneOf: boolean }).isOneOf = true;
  }
}

/**
 * A variable in a `@oneOf` field must be non-null, as the spec's OneOf RFC says: graphql 16 checks the rest of
 * `@oneOf` itself but not this, and a null variable there would otherwise fail at execution, as an untyped error.
 */
export function OneOfVariablesRule(context: ValidationContext): ASTVisitor {
  const variableTypes = new Map<string, Kind>();
  return {
    OperationDefinition(node) {
      variableTypes.clear();
      for (const definition of node.variableDefinitions ?? [])
        variableTypes.set(definition.variable.name.value, definition.type.kind);
    },
    ObjectField(node) {
      const parent = getNamedType(context.getParentInputType());
      if (!isInputObjectType(parent) || !parent.isOneOf || node.value.kind !== Kind.VARIABLE) return;
      const name = node.value.name.value;
      if (variableTypes.get(name) !== Kind.NON_NULL_TYPE) {
        context.reportError(
          new GraphQLError(
            `Variable "$${name}" must be non-nullable to be used for OneOf Input Object "${parent.name}".`,
            { nodes: [node] },
          ),
        );
      }
    },
  };
}
