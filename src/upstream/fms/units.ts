/**
 * Units and clocks of FMS, translated at the edge so the graph only sees bytes and UTC instants.
 * Data volumes are undocumented (like CSSS's): taken to be MB (MiB); listed in the README.
 */
const FLOW_UNIT_BYTES = 1024 * 1024;

export function flowToBytes(flow: number | null): number | null {
  return flow === null ? null : Math.round(flow * FLOW_UNIT_BYTES);
}

/** FMS times look like `2022-12-05T03:14:50.958+0000` (§8.2); anything else is "not known". */
export function parseFmsTime(value: string | null): Date | null {
  if (value === null) return null;
  const date = new Date(value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? null : date;
}

export function formatFmsTime(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}
