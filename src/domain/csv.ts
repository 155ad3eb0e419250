/**
 * CSV writing (RFC 4180). Cells that a spreadsheet would run as a formula are neutralised with a
 * leading apostrophe; phone numbers such as +15065550100 are left alone.
 */
const FORMULA_START = /^(?:[=@\t\r]|[+-](?![\d\s().-]*$))/

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>,
): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}
