import { MalformedUpstreamData, malformedAnswer } from './errors.js';

/** The row's `decode` over the unwrapped data; data of a shape the row does not know fails this one call as UPSTREAM_MALFORMED. */
export function decodeAnswer<Output>(endpoint: string, decode: (data: unknown) => Output, data: unknown): Output {
  try {
    return decode(data);
  } catch (error) {
    if (error instanceof MalformedUpstreamData) throw malformedAnswer(endpoint, `unexpected answer (${error.message})`);
    throw error;
  }
}
