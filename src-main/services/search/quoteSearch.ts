// Search over quotes that forgives typos, spelling variants, accents and quotation-mark styles.
// ftsPlan.ts widens each query word to the indexed terms within a few edits of it, FTS5 fetches the
// candidates, and ranking.ts orders them by how well they match.
import type { Db } from '../../store/open.ts'
import { filterClauses, quotesByIds, type QuoteFilter, type QuoteRow } from '../../store/quotes.ts'
import type { Span } from '../../shared/model.ts'
import { IndexTermsCache, planQuery } from './ftsPlan.ts'
import { rank } from './ranking.ts'

export interface SearchOptions extends QuoteFilter {
  limit?: number
  /** The user is still typing the last word: let it match as a prefix. */
  typing?: boolean
  /** Also return quotes that lack some of the words (verification looks for altered wording). */
  anyWord?: boolean
}

export interface SearchHit {
  quote: QuoteRow
  score: number
  /** Where the query's words are in quote.text, for highlighting. */
  highlights: Span[]
  /** Every word found as typed and in order (a quoted phrase as a phrase). */
  exact: boolean
}

export interface SearchResult {
  query: string
  hits: SearchHit[]
  /** For each query word, the indexed spellings searched besides the word itself. */
  variants: { word: string; terms: string[] }[]
}

const CANDIDATES = 400

export class QuoteSearch {
  private readonly db: Db
  private readonly terms: IndexTermsCache

  constructor(db: Db) {
    this.db = db
    this.terms = new IndexTermsCache(db, 'quotes_vocab', 'SELECT count(*) AS n FROM quotes')
  }

  /**
   * Quotes matching an FTS5 expression. A probe takes the first rows in index order and stops: it
   * costs little however large the match. Ranked orders the whole match by bm25 first, which costs
   * in proportion to its size, so it is kept for large matches that must be cut.
   */
  private candidates(match: string, filter: QuoteFilter, mode: 'probe' | 'ranked'): { id: number; text: string }[] {
    const { where, params } = filterClauses(filter)
    return this.db
      .prepare<string[], { id: number; text: string }>(
        `SELECT q.id, q.text FROM quotes_fts f
           JOIN quotes q ON q.id = f.rowid
           JOIN articles a ON a.id = q.article_id
           LEFT JOIN speakers s ON s.id = q.speaker_id
           LEFT JOIN decisions d ON d.article_id = q.article_id AND d.start = q.start AND d.end = q.end
          WHERE quotes_fts MATCH ? ${where.length ? 'AND ' + where.join(' AND ') : ''}
          ${mode === 'ranked' ? 'ORDER BY f.rank' : ''} LIMIT ${mode === 'ranked' ? CANDIDATES : CANDIDATES + 1}`,
      )
      .all(match, ...params)
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? 50
    const { matchers, variants, expressions } = planQuery(query, this.terms.get(), options)
    if (expressions.length === 0) return { query, hits: [], variants }

    const candidates = new Map<number, string>()
    // Small matches are taken whole (ranking below orders them); large ones are cut by bm25 only
    // when the small ones do not already fill the page.
    const broad: string[] = []
    for (const expression of expressions) {
      const found = this.candidates(expression, options, 'probe')
      if (found.length > CANDIDATES) broad.push(expression)
      else for (const c of found) candidates.set(c.id, c.text)
      if (candidates.size >= limit && !options.anyWord) break
    }
    for (const expression of broad) {
      if (candidates.size >= limit && !options.anyWord) break
      for (const c of this.candidates(expression, options, 'ranked')) candidates.set(c.id, c.text)
    }
    const ranked = [...candidates]
      .map(([id, text]) => ({ id, text }))
      .map((c) => ({ id: c.id, ...rank(c.text, matchers) }))
      .sort((a, b) => a.score - b.score)
      .slice(0, limit)
    const rows = new Map(quotesByIds(this.db, ranked.map((r) => r.id)).map((q) => [q.id, q]))
    return {
      query,
      variants,
      hits: ranked.flatMap(({ id, score, highlights, exact }) => {
        const quote = rows.get(id)
        return quote ? [{ quote, score, highlights, exact }] : []
      }),
    }
  }
}
