/**
 * The canonical text CSSS (§1.5) and the Mall (§9.1) sign: the parameters as sorted, compact JSON. The documentation
 * leaves these open; this is the one place the gateway and the sandbox decide them for both families:
 * | question           | choice                                                                          |
 * |--------------------|---------------------------------------------------------------------------------|
 * | sorted or not      | sorted by key, plain code-unit (ASCII) order; the CSSS doc's one example is not |
 * | is `sign` included | no, at any depth                                                                |
 * | empty values       | keys whose value is `""`, `null` or `undefined` are left out                    |
 * | numbers            | JSON numbers, unquoted, exactly as sent                                         |
 * | arrays and objects | compact JSON inside the sorted object (object keys sorted too, list order kept) |
 * | whitespace         | none: `,` and `:` with no spaces                                                |
 * | non-ASCII          | raw UTF-8, as JSON.stringify leaves it (no `\uXXXX` escapes)                    |
 */
export function signContent(params: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(canonical(params));
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = (value as Record<string, unknown>)[key];
      if (key !== 'sign' && !isEmpty(member)) out[key] = canonical(member);
    }
    return out;
  }
  return value;
}
