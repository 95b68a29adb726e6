// Ranking the candidates the index returned: every query word should be there (exactly, as a
// near spelling, or as the start of the word being typed), in the order typed, close together.
import { fold } from './normalize.ts'
import type { Span } from '../../shared/model.ts'

const TOKEN = /[\p{L}\p{N}\p{M}]+/gu

export interface Token extends Span {
  folded: string
}

export function tokens(text: string): Token[] {
  const out: Token[] = []
  for (const m of text.matchAll(TOKEN)) out.push({ start: m.index, end: m.index + m[0].length, folded: fold(m[0]) })
  return out
}

/** For one query word: the terms it accepts and the cost of each (0 exact, edits otherwise). */
export interface WordMatcher {
  word: string
  terms: Map<string, number>
  /** The word being typed: any term starting with it matches at a small cost. */
  prefix: boolean
  /** Part of a quoted phrase: must follow the previous word directly. */
  inPhraseWithPrevious: boolean
}

export interface Ranked {
  score: number
  highlights: Span[]
  /** Every word found as typed (no edits, no prefix), a quoted phrase word after word. */
  exact: boolean
}

const MISSING = 4
const PREFIX_COST = 0.3
const GAP_COST = 0.15

function costOf(matcher: WordMatcher, token: Token): number | null {
  const exact = matcher.terms.get(token.folded)
  if (exact !== undefined) return exact
  if (matcher.prefix && token.folded.startsWith(matcher.word)) return PREFIX_COST
  return null
}

/** Lower is better. Greedy left-to-right alignment of query words onto the quote's tokens. */
export function rank(text: string, matchers: WordMatcher[]): Ranked {
  const toks = tokens(text)
  let score = 0
  let exact = true
  const highlights: Span[] = []
  let previous = -1
  for (const matcher of matchers) {
    let best: { index: number; cost: number } | null = null
    for (let i = 0; i < toks.length; i++) {
      const cost = costOf(matcher, toks[i])
      if (cost === null) continue
      // Prefer the occurrence right after the previous word, then the cheapest.
      const gap = previous >= 0 ? Math.abs(i - previous - 1) : 0
      const total = cost + Math.min(gap, 10) * GAP_COST
      if (!best || total < best.cost) best = { index: i, cost: total }
    }
    if (!best) {
      score += MISSING
      exact = false
      continue
    }
    if (matcher.inPhraseWithPrevious && best.index !== previous + 1) {
      score += 1
      exact = false
    }
    if (costOf(matcher, toks[best.index]) !== 0) exact = false
    score += best.cost
    highlights.push({ start: toks[best.index].start, end: toks[best.index].end })
    previous = best.index
  }
  // Among equals, the shorter quote is the more specific hit.
  score += Math.min(toks.length, 200) * 0.001
  highlights.sort((a, b) => a.start - b.start)
  return { score, highlights, exact }
}
