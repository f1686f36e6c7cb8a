import { expect } from 'vitest';
import type { SandboxFailure } from '../../../src/sandbox/failure.js';

/** The code of the `family` failure `run` throws; the test fails when it throws something else or nothing. */
export function failureCode<Code extends string>(
  family: abstract new (code: Code, detail?: string) => SandboxFailure<Code>,
  run: () => unknown,
): Code {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(family);
    return (error as SandboxFailure<Code>).code;
  }
  throw new Error(`expected a ${family.name}`);
}
