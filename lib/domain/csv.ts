// CSV for the open-data downloads and the import template: RFC 4180 quoting,
// UTF-8 with a byte-order mark so spreadsheet programs read Vietnamese text
// correctly. A field holding ";" is quoted too: spreadsheets set to split on
// semicolons (common in Vietnamese locales) would otherwise cut it in two and
// could read the second half as a formula.

export type CsvCell = string | number | null | undefined;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  const text = String(cell);
  // Neutralise spreadsheet formulas in text cells; numbers are written as is.
  const safe = typeof cell === "string" && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
