import type { FmsFailureCode } from '../../upstream/fms/codes.js';
import { SandboxFailure } from '../failure.js';

/** A refusal with one of FMS's codes (`upstream/fms/codes.ts`), answered in the FMS envelope. */
export class FmsFailure extends SandboxFailure<FmsFailureCode> {}
