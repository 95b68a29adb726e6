import type { ReadArticle } from '../../shared/model.ts'

export type Dropped = ReadArticle['dropped'][number]

/** Metadata a format knows better than the text does (HTML meta tags, Markdown front matter). */
export interface Hints {
  headline: string | null
  byline: string | null
  outlet: string | null
  /** ISO date and the rule that found it ('html-meta', 'html-time', 'front-matter'). */
  date: { date: string; rule: string } | null
}

/**
 * A format reader's output: lines of text in reading order, '' for a paragraph break. For .txt the
 * lines are the file's own lines, so a clean file passes through with its offsets unchanged.
 */
export interface Draft {
  lines: string[]
  hints: Hints
  dropped: Dropped[]
  /** The headline came from structure (HTML h1, Markdown #): the text must not guess another one. */
  headlineFixed: boolean
}

export function emptyHints(): Hints {
  return { headline: null, byline: null, outlet: null, date: null }
}
