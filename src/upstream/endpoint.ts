/**
 * The shape of one row of an upstream endpoint table. Every family (csss, fms, mall) declares its
 * endpoints as data of this shape; the client, the sandbox, the README's coverage table and the
 * override loader all walk the same rows.
 */
export type Provenance = 'documented' | 'assumed';

type FieldType = 'string' | 'number' | 'string[]';

/** Reads may be retried; writes never are (orders, SMS, payments). */
export type Effect = 'read' | 'write';

interface FieldSpec {
  type: FieldType;
  required: boolean;
}

export interface EndpointSpec<Input, Output> {
  /** Section of `linksfield-api.md` this row comes from. */
  ref: string;
  /** The documentation's title for the endpoint. */
  title: string;
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  /** `documented`: path and fields from the docs; `assumed`: chosen in the style of the documented siblings. */
  provenance: Provenance;
  /** For a documented endpoint with gaps, which part is assumed (usually the response). */
  assumes?: string;
  effect: Effect;
  /** Upstream request fields, without the family's global ones (credentials, timestamp, version, sign). */
  fields: Readonly<Record<string, FieldSpec>>;
  /** For batch endpoints: which field carries the list and how many items one call may hold. */
  batch?: { field: string; limit: number };
  /** For paginated endpoints: the largest page size to ask for. */
  pageSizeLimit?: number;
  /** Marked deprecated by Linksfield. */
  deprecated?: boolean;
  /** Domain input → upstream body fields. */
  encode(input: Input): Record<string, unknown>;
  /**
   * Upstream `data` → domain output; throws MalformedUpstreamData on a shape it does not know. `input` is the
   * request's, for answers that leave out what was asked (the monthly usage sample carries no month).
   */
  decode(data: unknown, input: Input): Output;
}

// eslint-style `any` is needed here only to let one table hold rows of different input/output types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEndpoint = EndpointSpec<any, any>;
export type EndpointTable = Readonly<Record<string, AnyEndpoint>>;

export type InputOf<E> = E extends { encode(input: infer I): unknown } ? I : never;
export type OutputOf<E> = E extends { decode(data: unknown, input: never): infer O } ? O : never;

/** Checks a body against the row's field specs; returns the first problem, or null. Used by the sandbox and by tests. */
export function checkFields(spec: AnyEndpoint, body: Readonly<Record<string, unknown>>): string | null {
  for (const [name, field] of Object.entries(spec.fields)) {
    const value = body[name];
    if (value === undefined || value === null || value === '') {
      if (field.required) return `${name} is required`;
      continue;
    }
    if (field.type === 'string' && typeof value !== 'string') return `${name} must be a string`;
    if (field.type === 'number' && typeof value !== 'number') return `${name} must be a number`;
    if (field.type === 'string[]' && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
      return `${name} must be a list of strings`;
    }
  }
  return null;
}
