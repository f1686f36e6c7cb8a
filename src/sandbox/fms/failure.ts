import type { FmsFailureCode } from '../../upstream/fms/codes.js';

/** A refusal with one of FMS's codes (`upstream/fms/codes.ts`); the family turns it into a failure envelope. */
export class FmsFailure extends Error {
  constructor(
    readonly code: FmsFailureCode,
    /** What exactly was wrong (a field, an order id); appended to the code's meaning. */
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'FmsFailure';
  }
}
