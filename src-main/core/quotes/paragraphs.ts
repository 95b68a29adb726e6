// Paragraph and headline layout of a plain text. A paragraph is one non-empty line: the benchmark
// separates paragraphs by blank lines, cleaned imports and wire copy by single newlines, and a
// quotation never legitimately spans a newline without re-opening its mark.
import type { Span } from '../../shared/model.ts'

export interface Layout {
  paras: Span[]
  /** Index of the paragraph that is the headline, or -1 when none is recognisable. */
  headline: number
  /** Paragraphs before this index are headline/kicker/byline material, not body text. */
  bodyStart: number
}

const SPACE = /\s/

export function splitParagraphs(text: string): Span[] {
  const paras: Span[] = []
  let lineStart = 0
  const n = text.length
  for (let i = 0; i <= n; i++) {
    if (i === n || text.charCodeAt(i) === 10) {
      let s = lineStart
      let e = i
      while (s < e && SPACE.test(text[s])) s++
      while (e > s && SPACE.test(text[e - 1])) e--
      if (e > s) paras.push({ start: s, end: e })
      lineStart = i + 1
    }
  }
  return paras
}

// Lines that open a raw web page but are not the headline: navigation, image markup, caption rows.
const NOT_HEADLINE = /^(?:!\[|\||\[|back to top\b|skip to\b|menu\b|home\b|search\b|share\b|advertisement\b)/i
const MINOR = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'as', 'by', 'with', 'from', 'vs.'])

/** Share of non-minor words that start with a capital (Title Case headlines). */
function capitalRatio(line: string): number {
  let caps = 0
  let all = 0
  for (const w of line.split(/\s+/)) {
    const bare = w.replace(/^[^\p{L}\p{N}]+/u, '')
    if (bare.length === 0 || MINOR.has(bare.toLowerCase())) continue
    all++
    if (/^[\p{Lu}\p{N}]/u.test(bare)) caps++
  }
  return all === 0 ? 0 : caps / all
}

export function layoutOf(text: string): Layout {
  const paras = splitParagraphs(text)
  if (paras.length < 2) return { paras, headline: -1, bodyStart: 0 }
  // The headline is the first real line: page furniture, image rows, kickers of one or two words and
  // bylines before it are skipped. A line that ends like a sentence is a headline only in Title Case.
  const limit = Math.min(paras.length - 1, 8)
  for (let i = 0; i < limit; i++) {
    const line = text.slice(paras[i].start, paras[i].end)
    if (NOT_HEADLINE.test(line) || /^by\s/i.test(line) || line.split(/\s+/).length < 3) continue
    if (line.length > 200) return { paras, headline: -1, bodyStart: i }
    const sentenceEnd = /[.!?"”’']$/.test(line)
    // '“Yes,” Jones said.' is a sentence of speech, never a headline.
    const speech = /[,?!]["”’']\s/.test(line)
    if (!speech && (!sentenceEnd || (line.endsWith('.') && capitalRatio(line) >= 0.7))) return { paras, headline: i, bodyStart: i + 1 }
    return { paras, headline: -1, bodyStart: i }
  }
  return { paras, headline: -1, bodyStart: 0 }
}
