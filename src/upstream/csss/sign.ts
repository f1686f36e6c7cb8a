import { createHmac } from 'node:crypto';
import { signContent } from '../sign-content.js';

/**
 * CSSS request signature (reference §1.5): Base64(HMAC-SHA1(signContent, secret)), over the canonical text of
 * `sign-content.ts`. What the documentation leaves open beyond that text, decided here:
 * | question              | choice                                                                   |
 * |-----------------------|--------------------------------------------------------------------------|
 * | path/query parameters | every documented endpoint is a POST with a body only: the body is signed |
 * | timestamp unit        | seconds, as every endpoint example sends (`timestamp.ts`)                |
 */
export function signCsss(params: Readonly<Record<string, unknown>>, secret: string): string {
  return createHmac('sha1', secret).update(signContent(params), 'utf8').digest('base64');
}
