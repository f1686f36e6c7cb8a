import type { IncomingHttpHeaders } from 'node:http';
import { CSSS_SUCCESS, csssCodes } from '../../upstream/csss/codes.js';

/**
 * `message` texts. §1.2: Simplified Chinese unless `Accept-Language` asks for `EN-US` (any `en…` is taken as English).
 * The English texts are the meanings in `codes.ts`, so the two never drift.
 */
export type Language = 'zh' | 'en';

export function languageOf(headers: IncomingHttpHeaders): Language {
  const header = headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'zh';
}

const chinese: Readonly<Record<string, string>> = {
  [CSSS_SUCCESS]: '成功',
  '1001': 'access_code 无效',
  '1002': '签名验证失败',
  '1003': '时间戳超出5分钟有效期',
  '1004': '参数缺失或格式错误',
  '1005': '批量数量超出上限',
  '2001': '设备(ICCID)不存在',
  '2002': '订单不存在',
  '2003': '套餐不存在',
  '3001': '订单当前状态不允许该操作',
  '3002': '批量中有设备不满足订购条件，未执行订购',
  '3003': '设备当前状态无法接收短信',
  '4290': '请求过于频繁',
  '9999': '系统内部错误',
};

export function csssMessage(code: string, language: Language, detail?: string): string {
  const base =
    language === 'zh'
      ? (chinese[code] ?? '请求失败')
      : code === CSSS_SUCCESS
        ? 'success'
        : Object.hasOwn(csssCodes, code)
          ? csssCodes[code as keyof typeof csssCodes].meaning
          : 'request failed';
  return detail ? `${base}: ${detail}` : base;
}
