import { emptyHints, type Draft, type Dropped, type Hints } from './types.ts'

/** Paragraphs → a Draft with a blank line between them; a known headline first. */
export function paragraphDraft(headline: string | null, paragraphs: string[], hints: Hints = emptyHints(), dropped: Dropped[] = []): Draft {
  const body = headline !== null && paragraphs[0] === headline ? paragraphs.slice(1) : paragraphs
  const lines: string[] = []
  if (headline) lines.push(headline, '')
  for (const p of body) lines.push(p, '')
  return { lines, hints, dropped, headlineFixed: headline !== null && headline !== '' }
}

/** An ISO date (YYYY-MM-DD) from anything Date.parse reads (RFC 822, ISO 8601), or null. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null
  const trimmed = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(trimmed)
  if (iso) return iso[0]
  const t = Date.parse(trimmed)
  if (Number.isNaN(t)) return null
  const d = new Date(t)
  const y = d.getUTCFullYear()
  if (y < 1000 || y > 9999) return null
  return d.toISOString().slice(0, 10)
}
