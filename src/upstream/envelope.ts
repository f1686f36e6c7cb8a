import type { Json } from './decode.js';
import { malformedAnswer } from './errors.js';

/**
 * What the three families' envelope readers share before each reads its own status member: the answer must be a
 * JSON object, and a failure's `message` is passed on only when it is text.
 */
export function envelopeOf(endpoint: string, answer: unknown, expected: string): Json {
  if (answer === null || typeof answer !== 'object' || Array.isArray(answer))
    throw malformedAnswer(endpoint, `answer is not ${expected}`);
  return answer as Json;
}

export function messageOf(envelope: Json): string | undefined {
  return typeof envelope.message === 'string' ? envelope.message : undefined;
}
