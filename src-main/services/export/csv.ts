// CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the local
// code page and mangles Korean or accented names), RFC 4180 quoting and CRLF line ends.
import { stringify } from 'csv-stringify/sync'
import type { SheetWithRows } from '../sheets.ts'
import { FIELDS } from './fields.ts'

/**
 * A cell starting with = + - @ (or a tab or carriage return) is a formula to Excel and LibreOffice:
 * imported article text is hostile, so such a cell gets a leading apostrophe, which spreadsheets
 * show as text (OWASP's advice on CSV injection).
 */
export function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell
}

export function renderCsv(sheet: SheetWithRows): string {
  const records = [FIELDS.map((f) => f.label), ...sheet.rows.map((row) => FIELDS.map((f) => defuseFormula(f.value(row))))]
  return '\ufeff' + stringify(records, { record_delimiter: '\r\n', quoted_match: /[\r\n]/ })
}
