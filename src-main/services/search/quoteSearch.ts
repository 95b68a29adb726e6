// Search over quotes that forgives typos, spelling variants, accents and quotation-mark styles.
// Each query word is widened to the indexed terms within a few edits of it (the vocabulary lives in
// memory), one FTS5 query fetches candidates, and ranking.ts orders them by how well they match.
import type { Db } from '../../store/open.ts'
import { filterClauses, quotesByIds, type QuoteFilter, type QuoteRow } from '../../store/quotes.ts'
import type { Span } from '../../shared/model.ts'
import { parseQuery } from './normalize.ts'
import { rank, type WordMatcher } from './ranking.ts'
import { spellingVariants } from './spelling.ts'
import { Vocabulary } from './vocabulary.ts'

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
/** A term in more than this share of quotes narrows nothing: it is ranked on, not matched on. */
const COMMON_SHARE = 0.03
const MIN_PREFIX = 3
const PREFIX_COMPLETIONS = 24

const ftsString = (term: string) => `"${term.replace(/"/g, '""')}"`

export class QuoteSearch {
  private readonly db: Db
  private cache: { key: string; vocabulary: Vocabulary; docs: Map<string, number>; quotes: number } | null = null

  constructor(db: Db) {
    this.db = db
  }

  /** The vocabulary, reloaded when this or another connection has changed the library. */
  private vocabulary() {
    const key = `${this.db.pragma('data_version', { simple: true })}:${(this.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n}`
    if (this.cache?.key === key) return this.cache
    const docs = new Map<string, number>()
    for (const row of this.db.prepare<[], { term: string; doc: number }>('SELECT term, doc FROM quotes_vocab').iterate()) {
      docs.set(row.term, row.doc)
    }
    const quotes = (this.db.prepare('SELECT count(*) AS n FROM quotes').get() as { n: number }).n
    this.cache = { key, vocabulary: new Vocabulary(docs.keys()), docs, quotes }
    return this.cache
  }

  private candidates(match: string, filter: QuoteFilter): { id: number; text: string }[] {
    const { where, params } = filterClauses(filter)
    return this.db
      .prepare<string[], { id: number; text: string }>(
        `SELECT q.id, q.text FROM quotes_fts f
           JOIN quotes q ON q.id = f.rowid
           JOIN articles a ON a.id = q.article_id
           LEFT JOIN decisions d ON d.article_id = q.article_id AND d.start = q.start AND d.end = q.end
          WHERE quotes_fts MATCH ? ${where.length ? 'AND ' + where.join(' AND ') : ''}
          ORDER BY f.rank LIMIT ${CANDIDATES}`,
      )
      .all(match, ...params)
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? 50
    const parts = parseQuery(query)
    const { vocabulary, docs, quotes } = this.vocabulary()
    const lastPart = parts.at(-1)
    const matchers: WordMatcher[] = []
    const variants: SearchResult['variants'] = []
    for (const part of parts) {
      part.words.forEach((word, i) => {
        const terms = new Map<string, number>([[word, 0]])
        for (const { term, distance } of vocabulary.expand(word, 48, (t) => docs.get(t) ?? 0).terms) terms.set(term, distance)
        for (const variant of spellingVariants(word)) if (vocabulary.has(variant)) terms.set(variant, 0.5)
        const prefix = !!options.typing && part === lastPart && !part.phrase && i === part.words.length - 1 && word.length >= MIN_PREFIX
        matchers.push({ word, terms, prefix, inPhraseWithPrevious: part.phrase && i > 0 })
        const others = [...terms.keys()].filter((t) => t !== word)
        if (others.length) variants.push({ word, terms: others })
      })
    }
    if (matchers.length === 0) return { query, hits: [], variants }

    // Match on the words that narrow the search; rank on all of them. A word still being typed is
    // matched on only when it is the only word: a prefix query over a large index is slow, and the
    // other words narrow enough; ranking then checks the prefix.
    const completions = (m: WordMatcher) =>
      vocabulary.withPrefix(m.word, 4096).sort((a, b) => (docs.get(b) ?? 0) - (docs.get(a) ?? 0)).slice(0, PREFIX_COMPLETIONS)
    const alternatives = new Map(
      matchers.map((m) => [m, [...new Set([...m.terms.keys(), ...(m.prefix ? completions(m) : [])])]]),
    )
    const weight = (m: WordMatcher) => alternatives.get(m)!.reduce((sum, t) => sum + (docs.get(t) ?? 0), 0)
    const clause = (m: WordMatcher) => `(${alternatives.get(m)!.map(ftsString).join(' OR ')})`
    const byWeight = [...matchers].sort((a, b) => weight(a) - weight(b))
    let match: string
    if (options.anyWord) {
      // Any indexed word will do; the rarer ones, when there are some, keep the query fast.
      const present = byWeight.filter((m) => weight(m) > 0)
      const rare = present.filter((m) => weight(m) <= quotes * COMMON_SHARE)
      match = (rare.length ? rare : present.length ? present : byWeight).map(clause).join(' OR ')
    } else {
      // Match on the words that narrow the search (at least the two rarest); rank on all of them.
      const narrowing = byWeight.filter((m, i) => i < 2 || weight(m) <= quotes * COMMON_SHARE)
      match = narrowing.map(clause).join(' AND ')
    }
    // The wording as typed (phrases as phrases, every word, common ones too) finds short and
    // common-worded quotes that the forgiving query, matching on rare words only, could crowd out.
    // The word being typed stands for its likeliest completions.
    const typing = matchers.at(-1)?.prefix ? matchers.at(-1)! : null
    const asTyped = parts
      .map((part) => (typing && part === lastPart ? clause(typing) : ftsString(part.words.join(' '))))
      .join(' AND ')

    const candidates = new Map<number, string>()
    for (const expression of new Set([asTyped, match])) {
      for (const c of this.candidates(expression, options)) candidates.set(c.id, c.text)
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
