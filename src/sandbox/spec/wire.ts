import { checkFields, type AnyEndpoint } from '../../upstream/endpoint.js';

/**
 * The sandbox's own statement of what Linksfield documents for an endpoint: its method and path, and each request
 * field with its type, whether it is required and its format, all read from the reference, never from the client's
 * endpoint tables. The sandbox checks requests for documented endpoints against these, so a mistake in the client's
 * table (a wrong path, a misspelt or missing field) is refused here instead of being mirrored back.
 */
/** `number`: any JSON number; `numeric`: a JSON number or a string of digits (the docs show both for some fields). */
export type WireType = 'string' | 'integer' | 'number' | 'numeric' | 'string[]';

export interface WireField {
  type: WireType;
  required: boolean;
  /** What a present value must look like (strings, and each item of a list). */
  format?: WireFormat;
}

export interface WireFormat {
  pattern: RegExp;
  /** Said in the refusal, e.g. `an ICCID (19 or 20 digits)`. */
  description: string;
}

export interface DocumentedEndpoint {
  /** Section of `linksfield-api.md`. */
  ref: string;
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  /** Every field the reference shows, the family's global ones included. */
  fields: Readonly<Record<string, WireField>>;
  /**
   * The reference shows only part of the body (cut off, or the fields listed without the rest): fields it does not
   * show are not refused, and the sandbox checks them against the client's row, the only statement there is.
   */
  truncated?: boolean;
  /** Field carrying a list, and the most items the sandbox takes (the reference gives no number). */
  batch?: { field: string; limit: number };
  /** The largest `page_size` the sandbox takes (the reference gives no number). */
  pageSizeLimit?: number;
}

export const required = (type: WireType, format?: WireFormat): WireField => ({ type, required: true, format });
export const optional = (type: WireType, format?: WireFormat): WireField => ({ type, required: false, format });

export const oneOf = (...values: string[]): WireFormat => ({
  pattern: new RegExp(`^(?:${values.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`),
  description: `one of ${values.map((value) => `"${value}"`).join(', ')}`,
});

export const formats = {
  iccid: { pattern: /^\d{19,20}$/, description: 'an ICCID (19 or 20 digits)' },
  digits: { pattern: /^\d+$/, description: 'digits' },
  amount: { pattern: /^\d+(?:\.\d{1,2})?$/, description: 'an amount with at most two decimals' },
  currency: { pattern: /^[A-Z]{3}$/, description: 'a three-letter currency code' },
} as const satisfies Record<string, WireFormat>;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** The first way `body` breaks the documented statement, or null. */
export function checkDocumented(spec: DocumentedEndpoint, body: Readonly<Record<string, unknown>>): string | null {
  for (const [name, field] of Object.entries(spec.fields)) {
    const value = body[name];
    if (isEmpty(value)) {
      if (field.required) return `${name} is required`;
      continue;
    }
    const problem = checkValue(name, field, value);
    if (problem !== null) return problem;
  }
  if (!spec.truncated) {
    const unknown = Object.keys(body).filter((name) => !Object.hasOwn(spec.fields, name));
    if (unknown.length > 0)
      return `${unknown.join(', ')} ${unknown.length === 1 ? 'is not a parameter' : 'are not parameters'} of ${spec.path}`;
  }
  return null;
}

function checkValue(name: string, field: WireField, value: unknown): string | null {
  switch (field.type) {
    case 'string':
      if (typeof value !== 'string') return `${name} must be a string`;
      return matches(name, field.format, value);
    case 'integer':
      return Number.isInteger(value) ? null : `${name} must be a whole number`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : `${name} must be a number`;
    case 'numeric':
      return (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && /^\d+(?:\.\d+)?$/.test(value))
        ? null
        : `${name} must be a number or a string of digits`;
    case 'string[]':
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
        return `${name} must be a list of strings`;
      for (const item of value) {
        const problem = matches(`${name}[]`, field.format, item);
        if (problem !== null) return problem;
      }
      return null;
  }
}

function matches(name: string, format: WireFormat | undefined, value: string): string | null {
  return format === undefined || format.pattern.test(value) ? null : `${name} must be ${format.description}`;
}

/**
 * What the sandbox checks a request against: the documented statement when there is one (and, where it shows only
 * part of the body, the client's row for the rest); the client's row alone for an endpoint documented by name only.
 */
export function checkRequest(
  statement: DocumentedEndpoint | undefined,
  row: AnyEndpoint,
  body: Readonly<Record<string, unknown>>,
): string | null {
  if (statement === undefined) return checkFields(row, body);
  return checkDocumented(statement, body) ?? (statement.truncated ? checkFields(row, body) : null);
}
