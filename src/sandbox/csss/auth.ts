import { signCsss } from '../../upstream/csss/sign.js';
import { parseCsssTimestamp, TIMESTAMP_TOLERANCE_MS } from '../../upstream/csss/timestamp.js';
import { CSSS_VERSION } from '../../upstream/csss/version.js';
import { sameText } from '../../upstream/same-text.js';
import { CsssFailure } from './failure.js';

/**
 * What Linksfield enforces on every CSSS request (§1.1, §1.5), in this order: the `access_code` (1001), the
 * signature recomputed with the shared signer over the body minus `sign` (1002, compared in constant time), the
 * timestamp within ±5 minutes of the sandbox clock, 10-digit seconds or 13-digit milliseconds (1003), and `version`
 * "2.0" (1004).
 */
export interface CsssCredentials {
  accessCode: string;
  secret: string;
}

export function authenticate(body: Readonly<Record<string, unknown>>, credentials: CsssCredentials, now: number): void {
  if (typeof body.access_code !== 'string' || !sameText(body.access_code, credentials.accessCode)) {
    throw new CsssFailure(
      '1001',
      typeof body.access_code === 'string' && body.access_code !== '' ? undefined : 'access_code is required',
    );
  }
  if (typeof body.sign !== 'string' || !sameText(body.sign, signCsss(body, credentials.secret)))
    throw new CsssFailure('1002');
  const timestamp = parseCsssTimestamp(body.timestamp);
  if (timestamp === null) throw new CsssFailure('1003', 'timestamp must be 10-digit seconds or 13-digit milliseconds');
  if (Math.abs(now - timestamp) > TIMESTAMP_TOLERANCE_MS) throw new CsssFailure('1003');
  if (body.version !== CSSS_VERSION) throw new CsssFailure('1004', `version must be "${CSSS_VERSION}"`);
}
