// JSON: the sheet's rows as an array, every field named as in SheetRow, nulls kept.
import type { SheetWithRows } from '../sheets.ts'

export function renderJson(sheet: SheetWithRows): string {
  return JSON.stringify(sheet.rows, null, 2) + '\n'
}
