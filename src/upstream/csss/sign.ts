import { createHmac } from 'node:crypto';

/**
 * CSSS request signature (reference §1.5): Base64(HMAC-SHA1(signContent, secret)).
 *
 * The documentation leaves these open; this is the one place the gateway and the sandbox decide them:
 * | question              | choice                                                                  |
 * |-----------------------|-------------------------------------------------------------------------|
 * | sorted or not         | sorted by key, plain code-unit (ASCII) order; the doc's one example is not |
 * | is `sign` included    | no                                                                      |
 * | empty values          | keys whose value is `""`, `null` or `undefined` are left out            |
 * | numbers               | JSON numbers, unquoted, exactly as sent in the body                     |
 * | arrays and objects    | compact JSON inside the sorted object (object keys sorted too)          |
 * | whitespace            | none: `,` and `:` with no spaces                                        |
 * | non-ASCII             | raw UTF-8, as JSON.stringify leaves it (no `\uXXXX` escapes)            |
 * | path/query parameters | every documented endpoint is a POST with a body only: the body is signed |
 * | timestamp unit        | seconds, as every endpoint example sends (`timestamp.ts`)               |
 */
export function signContent(params: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(canonical(params));
}

export function signCsss(params: Readonly<Record<string, unknown>>, secret: string): string {
  return createHmac('sha1', secret).update(signContent(params), 'utf8').digest('base64');
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
