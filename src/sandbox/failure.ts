import { MalformedUpstreamData } from '../upstream/errors.js';
import type { SandboxResponse } from './family.js';

/** A refusal with one of a family's failure codes; the family answers it in its own failure envelope. */
export class SandboxFailure<Code extends string> extends Error {
  constructor(
    readonly code: Code,
    /** What exactly was wrong (a field, an ICCID, an order id); appended to the code's message. */
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = new.target.name;
  }
}

/**
 * Answers a request, or refuses it in the family's failure envelope: a SandboxFailure with its own code, a body the
 * decode readers could not read with the family's `badInput` code. Anything else is a sandbox bug and is thrown on.
 */
export function answerOrRefuse(
  answer: () => SandboxResponse,
  refuse: (code: string, detail?: string) => SandboxResponse,
  badInput: string,
): SandboxResponse {
  try {
    return answer();
  } catch (error) {
    if (error instanceof SandboxFailure) return refuse(error.code, error.detail);
    if (error instanceof MalformedUpstreamData) return refuse(badInput, error.message);
    throw error;
  }
}
