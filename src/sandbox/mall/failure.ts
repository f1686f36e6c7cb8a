import type { MallFailureCode } from '../../upstream/mall/codes.js';

/** A refusal with one of the Mall codes (`upstream/mall/codes.ts`); the family turns it into a failure envelope. */
export class MallFailure extends Error {
  constructor(
    readonly code: MallFailureCode,
    /** What exactly was wrong (a field, an ICCID, an order number); appended to the code's meaning. */
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'MallFailure';
  }
}
