import { CSSS_SUCCESS } from '../../../upstream/csss/codes.js';
import type { CsssFailureCode } from '../../../upstream/csss/codes.js';
import { CsssFailure } from '../failure.js';
import { csssMessage, type Language } from '../messages.js';
import type { CsssState } from '../state.js';

/** What a handler gets: the validated, authenticated body, the state, the endpoint's largest page and the caller's language. */
export interface CsssContext {
  state: CsssState;
  pageSizeLimit: number;
  language: Language;
}

export type Body = Readonly<Record<string, unknown>>;

/** Answers with the upstream `data`, or throws CsssFailure. The body has passed the field check, so types hold. */
export type CsssHandler = (body: Body, context: CsssContext) => unknown;

/** A per-item outcome of a batch answer (§4.3 style): `error` "0000" / `errorMsg` "success", or the failure. */
export function itemOk(item: Record<string, unknown>): Record<string, unknown> {
  return { ...item, error: CSSS_SUCCESS, errorMsg: 'success' };
}

export function itemError(iccid: string, code: CsssFailureCode, language: Language): Record<string, unknown> {
  return { device_id: iccid, error: code, errorMsg: csssMessage(code, language, iccid) };
}

/** `page_no` ≥ 1 and `page_size` from 1 to the endpoint's limit, else 1004. */
export function paging(body: Body, limit: number): { page: number; size: number } {
  const page = body.page_no as number;
  const size = body.page_size as number;
  if (!Number.isInteger(page) || page < 1)
    throw new CsssFailure('1004', 'page_no must be a whole number of at least 1');
  if (!Number.isInteger(size) || size < 1 || size > limit)
    throw new CsssFailure('1004', `page_size must be a whole number from 1 to ${limit}`);
  return { page, size };
}

/** One page of `items` and the `page` object of §4.5. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  size: number,
): { items: T[]; page: Record<string, number> } {
  return {
    items: items.slice((page - 1) * size, page * size),
    page: {
      cur_page_no: page,
      page_size: size,
      total_count: items.length,
      total_pages: Math.ceil(items.length / size),
    },
  };
}

export function text(body: Body, name: string): string {
  return body[name] as string;
}

/** An optional string field: absent or empty means "not given". */
export function optional(body: Body, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
