import type { MallFailureCode } from '../../upstream/mall/codes.js';
import { SandboxFailure } from '../failure.js';

/** A refusal with one of the Mall codes (`upstream/mall/codes.ts`), answered in the Mall envelope. */
export class MallFailure extends SandboxFailure<MallFailureCode> {}
