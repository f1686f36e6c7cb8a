/** The CSSS API version every documented example sends (§1.1): the client sends it, the sandbox requires it. */
export const CSSS_VERSION = '2.0';
