// Bundled for the browser: no Node modules (tests/unit/browser-modules.test.ts).
/**
 * CSV for spreadsheets people in union offices use (Excel, WPS): UTF-8 with a byte-order mark,
 * so the Chinese is read right, and CRLF line ends. A cell is quoted only when it must be.
 */
export type CsvCell = string | number | undefined | null;

export function csvCell(v: CsvCell): string {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
