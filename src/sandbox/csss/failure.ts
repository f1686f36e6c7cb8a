import type { CsssFailureCode } from '../../upstream/csss/codes.js';

/** A refusal with one of the sandbox's CSSS codes (`codes.ts`); the family turns it into a failure envelope. */
export class CsssFailure extends Error {
  constructor(
    readonly code: CsssFailureCode,
    /** What exactly was wrong (a field, an ICCID, an order id); appended to the localised message. */
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'CsssFailure';
  }
}
