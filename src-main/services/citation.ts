// The one-line citation of a quote on a sheet, in the order a reporter writes it by hand:
// who, in what role, quoted where, by which outlet, when.
import { basename } from 'node:path'

export interface CitationFields {
  speaker: string | null
  role: string | null
  headline: string | null
  outlet: string | null
  date: string | null
  source: string
}

/** Collapses line breaks and runs of spaces: a citation is one line whatever the article held. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim()

/**
 * `Daniel Kritenbrink, Assistant Secretary of State …, quoted in "Blinken to discuss …", Yonhap, 2023-11-02.`
 * An unknown speaker, an untitled article (named by its file) and an undated one are said so.
 */
export function citationLine(f: CitationFields): string {
  const parts: string[] = [f.speaker ? oneLine(f.speaker) : 'Unidentified speaker']
  if (f.role?.trim()) parts.push(oneLine(f.role))
  const where = f.headline?.trim() ? `"${oneLine(f.headline)}"` : oneLine(basename(f.source)) || 'an untitled article'
  parts.push(`quoted in ${where}`)
  if (f.outlet?.trim()) parts.push(oneLine(f.outlet))
  parts.push(f.date ?? 'undated')
  return parts.join(', ').replace(/\.?$/, '.')
}
