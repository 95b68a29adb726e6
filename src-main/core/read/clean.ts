import { classifyLine, isTailJunk } from './boilerplate.ts'
import { readHeader, type Header } from './header.ts'
import type { Draft, Dropped } from './types.ts'

export interface Cleaned {
  /** The article text as stored: headline (if any) on the first line, then the body. */
  text: string
  headline: string | null
  header: Header
  /** Body paragraphs as kept, in order (headline excluded). */
  body: string[]
  dropped: Dropped[]
}

/**
 * Walks up from the end over the footer. Short non-sentence lines below the topmost dropped footer
 * line (a stray user name after "subscribe") go too; above it they may be subheadings, so they stay.
 */
function dropTailJunk(lines: string[], rules: (string | null)[]): void {
  let topFooter = -1
  const junk: number[] = []
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i].trim() === '') continue
    if (rules[i] !== null) {
      topFooter = i
      continue
    }
    if (!isTailJunk(lines[i])) break
    junk.push(i)
  }
  for (const i of junk) if (i > topFooter && topFooter !== -1) rules[i] = 'trailing-junk'
}

export function cleanDraft(draft: Draft): Cleaned {
  const { lines } = draft
  const rules: (string | null)[] = lines.map(classifyLine)
  const header = readHeader(lines, rules, draft.headlineFixed)
  dropTailJunk(lines, rules)

  const dropped: Dropped[] = [...draft.dropped]
  const kept: string[] = []
  const body: string[] = []
  let headline: string | null = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const rule = rules[i]
    if (rule !== null) {
      dropped.push({ text: line.trim(), rule })
      continue
    }
    // Whitespace-only lines become plain paragraph breaks so they collapse below.
    if (line.trim() === '') {
      kept.push('')
      continue
    }
    const isHeadline = draft.headlineFixed ? headline === null && body.length === 0 : i === header.headline
    // Lines stay verbatim, the headline's spaces included: offsets computed on a clean file elsewhere
    // (the evaluation set) must still point at the same words. Only meta.headline is trimmed.
    kept.push(line)
    if (isHeadline && headline === null) headline = line.trim()
    else body.push(line)
  }
  // A lone line is the article, not a headline without one.
  if (body.length === 0 && headline !== null && !draft.headlineFixed) {
    body.push(headline)
    headline = null
  }
  const text = kept.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '')
  return { text: body.length === 0 ? '' : text, headline, header, body, dropped }
}
