// Markdown: a heading and one table row per quote. Every cell is escaped so that nothing in a quote
// can end its cell (|), its row (a line break), or turn into markup: Markdown renderers pass HTML
// through, so < > & become entities, and emphasis, code, strike-through and link characters get a
// backslash. Block syntax (# - + 1.) means nothing inside a table cell and is left alone.
import type { SheetWithRows } from '../sheets.ts'
import { FIELDS } from './fields.ts'

export function escapeMarkdownCell(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => '\\' + c)
    .replace(/\r\n|[\r\n\u2028\u2029]/g, '<br>')
}

function escapeHeading(value: string): string {
  return escapeMarkdownCell(value).replace(/<br>/g, ' ')
}

export function renderMarkdown(sheet: SheetWithRows): string {
  const lines = [`# ${escapeHeading(sheet.name)}`, '']
  lines.push(`| ${FIELDS.map((f) => escapeMarkdownCell(f.label)).join(' | ')} |`)
  lines.push(`|${FIELDS.map(() => ' --- ').join('|')}|`)
  for (const row of sheet.rows) lines.push(`| ${FIELDS.map((f) => escapeMarkdownCell(f.value(row))).join(' | ')} |`)
  if (sheet.rows.length === 0) lines.push('', '_This sheet has no quotes yet._')
  return lines.join('\n') + '\n'
}
