/**
 * The bench's output: one table per part, the measurement beside its baseline. Cells are text; the helpers
 * below format numbers the same way everywhere so tables can be compared across runs.
 */
export interface Table {
  title: string;
  columns: string[];
  rows: string[][];
  notes?: string[];
}

export function renderTable({ title, columns, rows, notes = [] }: Table): string {
  const widths = columns.map((column, index) =>
    Math.max(column.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]) : cell.padStart(widths[index]))).join(' | ')} |`;
  const rule = `|${widths.map((width, index) => (index === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  return [`## ${title}`, '', line(columns), rule, ...rows.map(line), ...(notes.length ? ['', ...notes] : []), ''].join(
    '\n',
  );
}

/** A whole number with thousands separators, or a decimal with `digits` places. */
export function num(value: number, digits = 0): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function ms(value: number): string {
  return Number.isFinite(value) ? `${num(value, value < 10 ? 2 : 1)} ms` : 'n/a';
}

export function bytes(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return Math.abs(value) >= 1024 * 1024 ? `${num(value / 1024 / 1024, 1)} MiB` : `${num(value / 1024, 1)} KiB`;
}

/** measurement ÷ baseline, e.g. `0.42×`; n/a unless both are positive (a memory delta can be noise below zero). */
export function ratio(measured: number, baseline: number): string {
  return measured > 0 && baseline > 0 && Number.isFinite(measured / baseline)
    ? `${num(measured / baseline, 2)}×`
    : 'n/a';
}
