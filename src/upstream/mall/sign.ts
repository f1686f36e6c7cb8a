import { createHash, createHmac } from 'node:crypto';
import type { MallSignMode } from '../../config.js';
import { sameText } from '../same-text.js';
import { signContent } from '../sign-content.js';

/**
 * Mall request signature (§9.1): the non-empty parameters of query, path and body except `sign`, as JSON with
 * keys in lexicographic order (the canonical form of `sign-content.ts`, shared with CSSS), then MD5 as 32 lowercase hex.
 * How the partner secret enters the MD5 is cut off in the docs, so the deployment chooses (`MALL_SIGN_MODE`):
 * | mode     | sign                          |
 * |----------|-------------------------------|
 * | `append` | MD5(content + secret), default |
 * | `prefix` | MD5(secret + content)         |
 * | `hmac`   | HMAC-MD5(content, secret)     |
 */
const mixers: Readonly<Record<MallSignMode, (content: string, secret: string) => string>> = {
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
