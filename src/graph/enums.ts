import { registerEnumType } from 'type-graphql';

interface EnumPairOptions<E extends Record<string, string>> {
  name: string;
  description: string;
  /** The input twin's description: what a client chooses with it. */
  inputDescription: string;
  valuesConfig: { [K in keyof E]: { description: string } };
}

/**
 * An enum read from Linksfield has an `UNKNOWN` value for codes this gateway does not know yet. A client can never
 * mean it, so arguments and input fields take a twin without it (`<name>Input`): every value a client can send has
 * a meaning, and none ends in an internal error. Registers both; returns the input twin to name in `@Field`/`@Arg`.
 */
export function registerEnumPair<E extends Record<string, string> & { UNKNOWN: string }>(
  values: E,
  options: EnumPairOptions<E>,
): Omit<E, 'UNKNOWN'> {
  registerEnumType(values, {
    name: options.name,
    description: options.description,
    valuesConfig: options.valuesConfig,
  });
  const { UNKNOWN: _unknown, ...known } = values;
  const { UNKNOWN: _unknownConfig, ...knownConfig } = options.valuesConfig;
  registerEnumType(known, {
    name: `${options.name}Input`,
    description: options.inputDescription,
    valuesConfig: knownConfig as never,
  });
  return known;
}
