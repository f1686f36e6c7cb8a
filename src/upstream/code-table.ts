import { codeError, GATEWAY_ERROR_CODES, type GatewayErrorCode, type KnownCode, type UpstreamError } from './errors.js';

/**
 * One family's business failure codes, as data with provenance like the endpoint rows: `documented` codes come
 * from the reference, `assumed` ones are the sandbox's invention (Linksfield documents only success for CSSS and
 * the Mall), `configured` ones a deployment set in its endpoints file (`codes` under the family) once it learnt
 * the real ones. A code in none of these becomes the family's `unlisted` entry: an UPSTREAM_ERROR carrying the
 * upstream code, never retried, so an unknown code can never repeat a write, pass for "not found" or vanish as null.
 */
type CodeProvenance = 'documented' | 'assumed' | 'configured';

export interface CodeEntry extends KnownCode {
  provenance: CodeProvenance;
}

/** What a deployment may say about one code in its endpoints file. */
export interface CodeOverride {
  gatewayCode: GatewayErrorCode;
  /** A read that failed with it may be repeated; false by default. Writes are never repeated whatever this says. */
  retryable?: boolean;
  meaning?: string;
}

export class CodeTable {
  constructor(
    readonly family: string,
    readonly entries: Readonly<Record<string, CodeEntry>>,
    readonly unlisted: CodeEntry,
  ) {}

  classify(code: string): CodeEntry {
    return Object.hasOwn(this.entries, code) ? this.entries[code] : this.unlisted;
  }

  /** The UpstreamError for a failure code, whether it came as the whole answer or as one item of a batch. */
  error(endpoint: string, upstreamCode: string, upstreamMessage: string | undefined): UpstreamError {
    return codeError(endpoint, upstreamCode, upstreamMessage, this.classify(upstreamCode));
  }

  /** This table with a deployment's codes laid over it (checked by `readCodeOverrides`). */
  withOverrides(overrides: Readonly<Record<string, CodeOverride>> | undefined): CodeTable {
    if (overrides === undefined || Object.keys(overrides).length === 0) return this;
    const entries: Record<string, CodeEntry> = { ...this.entries };
    for (const [code, override] of Object.entries(overrides)) {
      entries[code] = {
        meaning: override.meaning ?? this.classify(code).meaning,
        gatewayCode: override.gatewayCode,
        retryable: override.retryable ?? false,
        provenance: 'configured',
      };
    }
    return new CodeTable(this.family, entries, this.unlisted);
  }
}

/** The codes under `<family>.codes` of an endpoints file, checked; a problem names the code and the key. */
export function readCodeOverrides(
  where: string,
  value: unknown,
  fail: (message: string) => never,
): Record<string, CodeOverride> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    fail(`"${where}" must be an object keyed by upstream code`);
  const result: Record<string, CodeOverride> = {};
  for (const [code, entry] of Object.entries(value as Record<string, unknown>)) {
    const at = `${where}.${code}`;
    if (code === '' || entry === null || typeof entry !== 'object' || Array.isArray(entry))
      fail(`"${at}" must be an object with a gatewayCode`);
    const { gatewayCode, retryable, meaning, ...rest } = entry as Record<string, unknown>;
    const unknown = Object.keys(rest);
    if (unknown.length > 0) fail(`"${at}.${unknown[0]}" is not a setting (use gatewayCode, retryable or meaning)`);
    if (!(GATEWAY_ERROR_CODES as readonly unknown[]).includes(gatewayCode))
      fail(`"${at}.gatewayCode" must be one of ${GATEWAY_ERROR_CODES.join(', ')}`);
    if (retryable !== undefined && typeof retryable !== 'boolean') fail(`"${at}.retryable" must be true or false`);
    if (meaning !== undefined && (typeof meaning !== 'string' || meaning === ''))
      fail(`"${at}.meaning" must be a non-empty string`);
    result[code] = {
      gatewayCode: gatewayCode as GatewayErrorCode,
      retryable: retryable as boolean | undefined,
      meaning: meaning as string | undefined,
    };
  }
  return result;
}
