import { createHash, createHmac } from 'node:crypto';
import type { MallSignMode } from '../../config.js';
import { sameText } from '../same-text.js';
import { signContent } from '../sign-content.js';

/**
 * Mall request signature (§9.1): the non-empty parameters of query, path and body except `sign`, as JSON with
 * keys in lexicographic order (the canonical form of `sign-content.ts`, shared with CSSS), then MD5 as 32 lowercase hex.
 * The step that says how the partner secret enters is cut off in the docs, but the documented signs of §9.5
 * (`ea7a3bba…`) and §9.6 (`3fdb1533…`) are exactly the plain MD5 of their own sorted content, with no secret. So
 * that is the default; the other readings stay settings (`MALL_SIGN_MODE`) for a deployment told otherwise:
 * | mode         | sign                                             |
 * |--------------|--------------------------------------------------|
 * | `documented` | MD5(content), as the examples show; the default   |
 * | `append`     | MD5(content + secret)                            |
 * | `prefix`     | MD5(secret + content)                            |
 * | `hmac`       | HMAC-MD5(content, secret)                        |
 */
const mixers: Readonly<Record<MallSignMode, (content: string, secret: string) => string>> = {
  documented: (content) => md5(content),
  append: (content, secret) => md5(content + secret),
  prefix: (content, secret) => md5(secret + content),
  hmac: (content, secret) => createHmac('md5', secret).update(content, 'utf8').digest('hex'),
};

function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

export function signMall(params: Readonly<Record<string, unknown>>, secret: string, mode: MallSignMode): string {
  return mixers[mode](signContent(params), secret);
}

/** Constant-time check of a received `sign` against the parameters it came with. */
export function verifyMall(params: Readonly<Record<string, unknown>>, secret: string, mode: MallSignMode): boolean {
  return typeof params.sign === 'string' && sameText(params.sign, signMall(params, secret, mode));
}
