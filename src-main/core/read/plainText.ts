import { emptyHints, type Draft } from './types.ts'

/** The file's own lines, CRLF/CR normalised; a stray BOM character (from a concatenated file) removed. */
export function splitLines(text: string): string[] {
  const unified = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  return (unified.charCodeAt(0) === 0xfeff ? unified.slice(1) : unified).split('\n')
}

export function readPlainText(text: string): Draft {
  return { lines: splitLines(text), hints: emptyHints(), dropped: [], headlineFixed: false }
}
