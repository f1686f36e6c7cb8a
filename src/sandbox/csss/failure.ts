import type { CsssFailureCode } from '../../upstream/csss/codes.js';
import { SandboxFailure } from '../failure.js';

/** A refusal with one of the sandbox's CSSS codes (`upstream/csss/codes.ts`), answered in the CSSS envelope. */
export class CsssFailure extends SandboxFailure<CsssFailureCode> {}
